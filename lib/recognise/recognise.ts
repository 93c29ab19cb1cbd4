/**
 * The recognition engine's entry points.
 *
 *   const lexicon = compileLexicon(pack);          // once per pack version; plain JSON
 *   const result = recognise(text, lexicon, { lang: 'auto', published: '2024-06-14' });
 *
 * `compileLexicon` turns a pack (or anything with `concepts` and `facts`) into a
 * `CompiledLexicon`: a term trie, the concept table and the facts the verdicts need, all
 * plain JSON so it can be cached (IndexedDB, runtime messages) and used as is after
 * JSON.parse — no rehydration step.
 *
 * `recognise` runs: normalise → language → terms → numbers → figure linking → verdicts.
 * Annotations are sorted by start and never overlap: when a number lies inside a term
 * ("de zes pijlers") the term wins; otherwise a figure wins over a term it overlaps.
 */
import { normalise } from './normalise';
import { compileTerms, matchTerms, type CompiledTerms, type TermSource } from './terms';
import { detectLang } from './lang';
import type { Annotation, Lang, RecogniseOptions, RecogniseResult } from './types';
import type { Qualifier, Unit } from './types';
// Figure linking and verdicts land in the next commit (they need lib/recognise/numbers.ts).
export interface ConceptInfo {
  kind: string;
  pillar?: number;
}
export interface FactLite {
  id: string;
  concept: string;
  value?: number;
  range?: [number, number];
  unit: Unit;
  qualifier: Qualifier;
  period: string | null;
  geo: string;
  confidence?: 'high' | 'medium' | 'low';
  change?: boolean;
}

export const LEXICON_FORMAT = 'migration-lens/lexicon@1';

export interface CompiledLexicon {
  format: typeof LEXICON_FORMAT;
  /** Pack id@version when known, else a content hash; caches key on it. */
  version: string;
  terms: CompiledTerms;
  concepts: Record<string, ConceptInfo>;
  facts: FactLite[];
}

export interface LexiconInput {
  id?: string;
  version?: string;
  concepts: Array<TermSource & { kind: string; pillar?: number }>;
  facts?: Array<{
    id: string;
    concept: string;
    value?: number;
    range?: [number, number];
    unit: Unit;
    qualifier?: Qualifier;
    period: string | null;
    geo: string;
    confidence?: 'high' | 'medium' | 'low';
    change?: unknown;
    series?: string;
  }>;
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(36);
}

export function compileLexicon(pack: LexiconInput): CompiledLexicon {
  const concepts: Record<string, ConceptInfo> = {};
  for (const c of pack.concepts) concepts[c.id] = { kind: c.kind, ...(c.pillar ? { pillar: c.pillar } : {}) };
  const facts: FactLite[] = (pack.facts ?? []).map((f) => ({
    id: f.id,
    concept: f.concept,
    ...(f.value !== undefined ? { value: f.value } : {}),
    ...(f.range ? { range: [f.range[0], f.range[1]] as [number, number] } : {}),
    unit: f.unit,
    qualifier: f.qualifier ?? 'exact',
    period: f.period,
    geo: f.geo,
    ...(f.confidence ? { confidence: f.confidence } : {}),
    ...(f.change ? { change: true } : {}),
  }));
  const terms = compileTerms(pack.concepts);
  const version =
    pack.id && pack.version
      ? `${pack.id}@${pack.version}`
      : hash(JSON.stringify([pack.concepts.map((c) => [c.id, c.terms]), facts.map((f) => f.id)]));
  return { format: LEXICON_FORMAT, version, terms, concepts, facts };
}

export function recognise(text: string, lexicon: CompiledLexicon, options: RecogniseOptions): RecogniseResult {
  const lang: Lang = options.lang === 'auto' || !options.lang ? detectLang(text) : options.lang;
  if (!text) return { lang, annotations: [] };

  if (options.mode === 'numbers') return { lang, annotations: [] };

  const norm = normalise(text);
  const terms = matchTerms(text, lexicon.terms, { lang, normalised: norm });
  const termAnns: Annotation[] = terms.map((t) => ({
    kind: 'term',
    start: t.start,
    end: t.end,
    text: text.slice(t.start, t.end),
    concept: t.concept,
  }));

  const figAnns: Annotation[] = [];
  // Figures win over terms they overlap (the term is dropped), terms win over contained numbers.
  const kept: Annotation[] = [...figAnns];
  for (const t of termAnns) {
    if (!figAnns.some((f) => f.start < t.end && t.start < f.end)) kept.push(t);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return { lang, annotations: kept };
}
