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
 * Annotations are sorted by start and never overlap: when a number starts inside a term
 * ("de zes pijlers", "pijler 4.1") the term wins; otherwise a figure wins over a term it
 * overlaps (a figure's text is the number and its unit, so this is rare).
 */
import { normalise } from './normalise';
import { compileTerms, gateTerms, matchTerms, type CompiledTerms, type TermSource } from './terms';
import { detectLang } from './lang';
import type { Annotation, Lang, NumberMatch, RecogniseOptions, RecogniseResult } from './types';
import type { Qualifier, Unit } from './types';
import { linkFigures, type ConceptInfo } from './figures';
import { judge, type FactLite } from './verdicts';
import { parseNumbers } from './numbers';

export type { ConceptInfo, FactLite };

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

function numberAnnotation(m: NumberMatch): Annotation {
  return {
    kind: 'number',
    start: m.start,
    end: m.end,
    text: m.text,
    concept: null,
    ...(m.range ? { range: m.range } : { value: m.value }),
    unit: m.unit,
    qualifier: m.qualifier,
    year: null,
    factIds: [],
    verdict: null,
  };
}

export function recognise(text: string, lexicon: CompiledLexicon, options: RecogniseOptions): RecogniseResult {
  const lang: Lang = options.lang === 'auto' || !options.lang ? detectLang(text) : options.lang;
  if (!text) return { lang, annotations: [] };
  const numbers = parseNumbers(text, { lang });

  if (options.mode === 'numbers') {
    const annotations = numbers.map(numberAnnotation).sort((a, b) => a.start - b.start || a.end - b.end);
    return { lang, annotations };
  }

  const norm = normalise(text);
  const terms = gateTerms(norm.text, matchTerms(text, lexicon.terms, { lang, normalised: norm }));
  const published = options.published ?? null;
  const figures = linkFigures(text, norm, numbers, terms, lexicon.concepts, { lang, published });

  // Terms and figures are both sorted by start: merge them, resolving overlaps.
  // - a number inside a term ("de zes pijlers", "pijler 1") belongs to the term: no figure;
  // - otherwise a figure wins over a term it overlaps (the term is dropped).
  const out: Annotation[] = [];
  let ti = 0;
  const termAnn = (k: number): Annotation => ({
    kind: 'term',
    start: terms[k].start,
    end: terms[k].end,
    text: text.slice(terms[k].start, terms[k].end),
    concept: terms[k].concept,
  });
  const dropTerm = new Uint8Array(terms.length);
  for (const f of figures) {
    // Terms ending before this figure can no longer overlap it.
    while (ti < terms.length && terms[ti].end <= f.start) ti++;
    let inside = false;
    const overl: number[] = [];
    for (let k = ti; k < terms.length && terms[k].start < f.end; k++) {
      // A number starting inside a term ("pijler 4.1": footnote glued on) belongs to the term.
      if (terms[k].start <= f.start) inside = true;
      else overl.push(k);
    }
    if (inside) continue;
    for (const k of overl) dropTerm[k] = 1;
    const j = judge(f, lexicon.facts, { published });
    out.push({
      kind: 'figure',
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      concept: f.concept,
      ...(f.range ? { range: f.range } : { value: f.value }),
      unit: f.unit,
      qualifier: f.qualifier,
      year: f.year,
      period: f.period,
      geo: f.geo,
      factIds: j.factIds,
      verdict: j.verdict,
      comparison: j.comparison,
    });
  }
  for (let k = 0; k < terms.length; k++) if (!dropTerm[k]) out.push(termAnn(k));
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { lang, annotations: out };
}
