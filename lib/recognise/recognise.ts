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
import { compileTerms, findUrlSpans, gateTerms, matchTerms, type CompiledTerms, type TermSource } from './terms';
import { detectLang } from './lang';
import type { Annotation, Lang, NumberMatch, RecogniseOptions, RecogniseResult } from './types';
import type { Qualifier, Unit } from './types';
import { linkFigures, type ConceptInfo, type LinkedFigure } from './figures';
import { factById, judge, periodBegin, type FactLite, type Judgement } from './verdicts';
import { chooseDefinitions, compileDefinitions, type CompiledDefinitions } from './definitions';
import type { Comparison } from './types';
import { parseNumbers } from './numbers';

export type { ConceptInfo, FactLite };

export const LEXICON_FORMAT = 'migration-lens/lexicon@2';

export interface CompiledLexicon {
  format: typeof LEXICON_FORMAT;
  /** Pack id@version when known, else a content hash; caches key on it. */
  version: string;
  terms: CompiledTerms;
  concepts: Record<string, ConceptInfo>;
  facts: FactLite[];
  /** Counting rules: families of official definitions (from `LexiconInput.refines`). */
  definitions?: CompiledDefinitions;
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
  /**
   * Refining metric concept → the generic concept it refines (the official-statistics pack's
   * refines.json: `stat-first-asylum-cbs` → `first-asylum-applications`). Packs cannot name
   * each other's ids, so the map comes beside them; entries whose concepts are not both in
   * the lexicon are ignored. See definitions.ts for what it changes.
   */
  refines?: Readonly<Record<string, string>>;
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
  const definitions = compileDefinitions(
    pack.concepts.map((c) => c.id),
    new Set(facts.map((f) => f.concept)),
    pack.refines,
  );
  const version =
    pack.id && pack.version
      ? `${pack.id}@${pack.version}`
      : hash(JSON.stringify([pack.concepts.map((c) => [c.id, c.terms]), facts.map((f) => f.id), pack.refines ?? null]));
  return { format: LEXICON_FORMAT, version, terms, concepts, facts, ...(definitions ? { definitions } : {}) };
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
  // Links and addresses: found once, skipped by both term matching and figure linking.
  const urls = findUrlSpans(norm.text);
  const terms = gateTerms(norm.text, matchTerms(text, lexicon.terms, { lang, normalised: norm, urls }));
  const published = options.published ?? null;
  const figures = linkFigures(text, norm, numbers, terms, lexicon.concepts, { lang, published, urls });

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
  // Figures per sentence (by its start), built on first use: ownWords looks only at these.
  let bySentence: Map<number, LinkedFigure[]> | null = null;
  const sameSentence = (f: LinkedFigure): LinkedFigure[] => {
    if (!bySentence) {
      bySentence = new Map();
      for (const g of figures) {
        const list = bySentence.get(g.sentence[0]);
        if (list) list.push(g);
        else bySentence.set(g.sentence[0], [g]);
      }
    }
    return bySentence.get(f.sentence[0])!;
  };
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
    const choice =
      lexicon.definitions && f.concept
        ? chooseDefinitions(f.concept, lexicon.definitions, ...ownWords(norm.text, sameSentence(f), f))
        : null;
    const concept = choice ? choice.concept : f.concept;
    const j: Judgement & { comparisons?: Comparison[] } = choice ? judgeAcross({ ...f, concept }, choice.ids, lexicon.facts, published) : judge(f, lexicon.facts, { published });
    out.push({
      kind: 'figure',
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      concept,
      ...(f.range ? { range: f.range } : { value: f.value }),
      unit: f.unit,
      qualifier: f.qualifier,
      year: f.year,
      period: f.period,
      geo: f.geo,
      factIds: j.factIds,
      verdict: j.verdict,
      comparison: j.comparison,
      ...(choice ? { definitions: choice.ids, comparisons: j.comparisons } : {}),
    });
  }
  for (let k = 0; k < terms.length; k++) if (!dropTerm[k]) out.push(termAnn(k));
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { lang, annotations: out };
}

/**
 * The figure's own words in its sentence (normalised): from the end of the previous figure in
 * the same sentence to the start of the next one, and where the figure stands in them.
 * `figures`: the figures of that sentence (others are skipped anyway).
 */
function ownWords(t: string, figures: LinkedFigure[], f: LinkedFigure): [string, number, number] {
  let from = f.sentence[0];
  let to = f.sentence[1];
  for (const g of figures) {
    if (g === f || g.sentence[0] !== f.sentence[0]) continue;
    if (g.nEnd <= f.nStart && g.nEnd > from) from = g.nEnd;
    if (g.nStart >= f.nEnd && g.nStart < to) to = g.nStart;
  }
  return [t.slice(from, to), f.nStart - from, f.nEnd - from];
}

/**
 * Judge a figure against each candidate definition and combine (definitions.ts):
 * consistent if any agrees; differs when none agrees and at least one has a figure for that
 * period (every definition that has one differs); context when none has a figure for that
 * period but some have other periods; null when nothing is comparable or the page's period is
 * later than every definition's newest fact.
 */
function judgeAcross(
  f: LinkedFigure,
  ids: string[],
  facts: FactLite[],
  published: string | null,
): Judgement & { comparisons: Comparison[] } {
  const per: Array<{ id: string; j: Judgement }> = [];
  for (const id of ids) {
    const j = judge({ ...f, concept: id }, facts, { published, olderAsContext: true });
    if (j.verdict) per.push({ id, j });
  }
  // Freshness across definitions: nothing for the page's period or later anywhere (each
  // definition on its own says "beyond") — say so instead of comparing with older years.
  if (per.length && per.every((p) => p.j.verdict === 'context')) {
    let beyond: Judgement['beyond'];
    let all = true;
    for (const p of per) {
      const j = judge({ ...f, concept: p.id }, facts, { published });
      if (j.beyond) beyond ??= j.beyond;
      else all = false;
    }
    if (all && beyond) return { verdict: null, factIds: [], comparison: null, comparisons: [], beyond };
  }
  const comparisons = per.map(({ id, j }) => ({ ...j.comparison!, concept: id }));
  const factIds = (first: Judgement[]) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const j of [...first, ...per.map((p) => p.j)]) for (const id of j.factIds) if (!seen.has(id) && seen.add(id)) out.push(id);
    return out;
  };
  const consistent = per.filter((p) => p.j.verdict === 'consistent');
  if (consistent.length) {
    const main = consistent[0].j;
    return { verdict: 'consistent', comparison: main.comparison, factIds: factIds(consistent.map((p) => p.j)), comparisons };
  }
  // Only definitions with a figure for the page's period take part: one that has figures for
  // other years only cannot vouch for the page's figure (its lines still show as context).
  const differs = per.filter((p) => p.j.verdict === 'differs');
  if (differs.length) {
    const closest = [...differs].sort((a, b) => Math.abs(a.j.comparison?.diffRel ?? Infinity) - Math.abs(b.j.comparison?.diffRel ?? Infinity))[0].j;
    return { verdict: 'differs', comparison: closest.comparison, factIds: factIds([closest]), comparisons };
  }
  if (per.length) {
    // The definition whose nearest figure is closest to the page's period leads.
    const gap = (j: Judgement) => {
      const p = factById(facts, j.comparison!.factId)?.period;
      return p && f.period ? Math.abs(periodBegin(p) - periodBegin(f.period)) : Infinity;
    };
    const main = [...per].sort((a, b) => gap(a.j) - gap(b.j))[0].j;
    return { verdict: 'context', comparison: { ...main.comparison!, verdict: 'context' }, factIds: factIds([main]), comparisons };
  }
  return { verdict: null, factIds: [], comparison: null, comparisons };
}
