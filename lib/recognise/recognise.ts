/**
 * The recognition engine's entry points.
 *
 *   const lexicon = compileLexicon(pack);          // once per pack version; plain JSON
 *   const result = recognise(text, lexicon, { lang: 'auto', published: '2024-06-14' });
 *
 * `recognise` runs: normalise → language → terms, cue words, facet words → is the text about
 * migration (context.ts) → numbers → figure linking and claim frames (figures/) → counting
 * rules (definitions.ts) → verdicts (verdicts.ts).
 * Annotations are sorted by start and never overlap: when a number starts inside a term
 * ("de zes pijlers", "pijler 4.1") the term wins; otherwise a figure wins over a term it
 * overlaps (a figure's text is the number and its unit, so this is rare).
 */
import { isLetterCode } from './chars';
import { normalise, toOriginal } from './normalise';
import { matchTerms, type TermMatch } from './terms';
import { findUrlSpans } from './url-spans';
import { detectLang } from './lang';
import type { Annotation, Lang, NumberMatch, RecogniseOptions, RecogniseResult } from './types';
import { linkFigures, type LinkedFigure } from './figures/link';
import { toOriginalClaim } from './figures/frame';
import { readPromised } from './figures/promised';
import { firstAtOrAfter, type PeriodMention } from './figures/period';
import { ATTRIBUTING, CONTRAST, COUNTED_SUBJECT, FIGURES_OF, PART_WORDS, REPORT_NEAR, SAME_KIND } from './figures/words';
import { judgeClaim, onlyEuWide } from './verdicts';
import { roundingStep } from './precision';
import { chooseDefinitions, otherDefinitions, type FacetHit } from './definitions';
import { parseNumbers } from './numbers';
import { CLOSE_BOUND } from './numbers/phrases';
import { aboutMigration, gateTerms } from './context';
import { impliedLevels } from './implied-levels';
import { own, type CompiledLexicon } from './lexicon';
import { partitionPoint } from '../util/sorted';
import { setOwn } from '../util/hash';

export { compileLexicon, LEXICON_FORMAT, type CompiledLexicon, type ConceptInfo, type LexiconInput } from './lexicon';
export type { FactLite } from './verdicts';

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

/** How far before a figure's sentence the words that allow another measure (`alsoAs`) may stand (characters). */
const ALSO_AS_BEFORE = 300;
const DUTCH = /\b(?:nederland|netherlands|dutch|holland)\b/;

export function recognise(text: string, lexicon: CompiledLexicon, options: RecogniseOptions): RecogniseResult {
  const lang: Lang = options.lang === 'auto' || !options.lang ? detectLang(text) : options.lang;
  if (!text) return { lang, annotations: [] };
  const numbers = parseNumbers(text, { lang });
  if (options.mode === 'numbers') {
    const annotations = numbers.map(numberAnnotation).sort((a, b) => a.start - b.start || a.end - b.end);
    return { lang, annotations };
  }

  const norm = normalise(text);
  // Links and addresses: found once, skipped by every matcher and by figure linking.
  const urls = findUrlSpans(norm.text);
  const opts = { lang, normalised: norm, urls };
  const cueWords = matchTerms(text, lexicon.cues, opts);
  const allTerms = matchTerms(text, lexicon.terms, opts);
  const migration = aboutMigration(norm.text, allTerms, cueWords);
  const terms = gateTerms(allTerms, cueWords, migration);
  const published = options.published ?? null;
  const { figures, periods } = migration
    ? linkFigures(
        { text, norm, numbers, terms, cueWords, durationWords: () => (lexicon.durations ? matchTerms(text, lexicon.durations, opts) : []), concepts: lexicon.concepts },
        { lang, published, urls, dutchContext: lang === 'nl' || DUTCH.test(norm.text) },
      )
    : { figures: [], periods: [] };
  // Facet words inside a mention of time ("het eerste kwartaal") name no counting rule.
  // Nor does one right after it and before "of/van" ("the Q1–Q3 total of 16,600"): a sum over
  // that time, not the counting rule of all applications.
  // Words that only look like a counting rule ("in totaal") were matched to keep its word ("totaal") out.
  const facetWords = figures.length ? notListedParts(notRightAfter(outside(matchTerms(text, lexicon.facets, opts), periods), periods, norm.text), norm.text).filter((w) => own(lexicon.facetKinds, w.concept) !== 'look-alike') : [];

  // Terms and figures are both sorted by start: merge them, resolving overlaps.
  const out: Annotation[] = [];
  let ti = 0;
  const dropTerm = new Uint8Array(terms.length);
  const bySentence = new Map<number, LinkedFigure[]>();
  for (const g of figures) {
    const list = bySentence.get(g.sentence[0]);
    if (list) list.push(g);
    else bySentence.set(g.sentence[0], [g]);
  }
  const toOrig = (a: number, b: number) => toOriginal(norm, a, b);
  const timeWritten = (a: number, b: number) => timeIn(periods, a, b);
  // The periods named in each figure's paragraph (a line of the text): the other periods it may
  // mean. Per paragraph, so that a page read block by block and a text read whole agree.
  const lineOf = linesOf(norm.text);
  const namedIn = new Map<number, string[]>();
  for (const p of periods) {
    const line = lineOf(p.start);
    const list = namedIn.get(line) ?? [];
    if (!list.includes(p.period)) list.push(p.period);
    namedIn.set(line, list);
  }
  for (const f of figures) {
    const named = namedIn.get(lineOf(f.sentence[0])) ?? [];
    const stated = statedPeriod(f, periods, norm.text);
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
    out.push(figureAnnotation(text, norm.text, f, lexicon, published, bySentence.get(f.sentence[0])!, facetWords, toOrig, { named, stated, timeIn: timeWritten }));
  }
  cautiousRepeats(out);
  impliedLevels(out);
  for (let k = 0; k < terms.length; k++) {
    if (dropTerm[k]) continue;
    const m = terms[k];
    out.push({ kind: 'term', start: m.start, end: m.end, text: text.slice(m.start, m.end), concept: m.concept });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { lang, annotations: out };
}

/**
 * True when the figure's sentence names one time, with its year written out ("in 2024", "in het
 * eerste kwartaal van 2025"), or a year is glued to the figure ("22.533 in 2018", "31.327
 * (2019)"), and the figure was read with it, in its sentence: a period the
 * words state, not one the engine inferred (an anaphor, a relative "vorig jaar", an earlier
 * sentence, a comparison), and not next to a report that it may date instead.
 */
function statedPeriod(f: LinkedFigure, periods: readonly PeriodMention[], t: string): boolean {
  const p = f.frame.period;
  if (!p.value || p.alt || (p.how !== 'clause' && p.how !== 'apposition' && p.how !== 'sentence')) return false;
  // A year glued to a figure written to the tens or units states it whatever else the sentence
  // names: "31.327 (2019)", "30.380 mensen (2018)", "20.353 in 2017 en 22.533 in 2018".
  // (A round figure may equal another year's by chance: "As in 2016, … reached 32 000 in 2017".)
  const next = periods[firstAtOrAfter(periods, f.nEnd)];
  const glued = next && next.start - f.nEnd <= 4 && next.period === p.value && next.kind === 'explicit' && /^\s(?:in\s)?$/.test(t.slice(f.nEnd, next.start));
  const precise = f.number.value !== undefined && roundingStep(f.number.value) <= 10;
  if ((p.how === 'apposition' || glued) && precise && /^\d{4}$/.test(p.value)) return !REPORT_NEAR.test(t.slice(Math.max(f.sentence[0], f.nStart - 30), Math.min(f.sentence[1], f.nEnd + 40)));
  const first = firstAtOrAfter(periods, f.sentence[0]);
  const m = periods[first];
  // Exactly one mention in the sentence.
  if (!m || m.end > f.sentence[1] || (first + 1 < periods.length && periods[first + 1].start < f.sentence[1])) return false;
  if (m.kind !== 'explicit' || m.period !== p.value || !/\d{4}/.test(t.slice(m.start, m.end))) return false;
  // Not a time that may date a report ("het CBS meldde in 2022 dat …").
  return !REPORT_NEAR.test(t.slice(Math.max(f.sentence[0], m.start - 30), Math.min(f.sentence[1], m.end + 30)));
}

/** True when a time is written out in [a, b) of the normalised text (a year, a month, "vorig jaar"), not one pointing back. */
function timeIn(periods: readonly PeriodMention[], a: number, b: number): boolean {
  for (let i = firstAtOrAfter(periods, a); i < periods.length && periods[i].start < b; i++) if (periods[i].kind === 'explicit' || periods[i].kind === 'relative') return true;
  return false;
}

/** Where the word right before offset `a` starts (within the same clause), else `a`. */
function wordBefore(t: string, a: number): number {
  let k = a;
  while (k > 0 && t[k - 1] === ' ') k--;
  let j = k;
  while (j > 0 && k - j < 24 && isLetterCode(t.charCodeAt(j - 1))) j--;
  return j < k && k - j < 24 ? j : a;
}

/** The line (0, 1, …) an offset of `text` stands on. */
function linesOf(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => partitionPoint(breaks.length, (i) => breaks[i] < offset);
}

function figureAnnotation(
  text: string,
  normText: string,
  f: LinkedFigure,
  lexicon: CompiledLexicon,
  published: string | null,
  sentenceFigures: LinkedFigure[],
  facetWords: TermMatch[],
  toOrig: (a: number, b: number) => [number, number],
  periods: { named: readonly string[]; stated: boolean; timeIn: (a: number, b: number) => boolean },
): Annotation {
  const frame = f.frame;
  const num = f.number;
  let concept = frame.measure.value;
  let ids: string[] = concept ? [concept] : [];
  let others: string[] = [];
  let byPublisher: string[] = [];
  let namedRule: string | undefined;
  const republishes: Record<string, string> = {};
  let chosen = false;
  if (concept && lexicon.definitions) {
    const [from, to] = ownWords(sentenceFigures, f, normText);
    // A counting-rule word inside the words that name the measure comes first: "In totaal circa
    // 25.000 asielzoekers deden een eerste asielverzoek" counts first requests, "in totaal" only sums.
    const inMeasure = (at: [number, number]) => frame.measure.words.some(([a, b]) => a <= at[0] && at[1] <= b);
    const facets = facetsNear(facetWords, from, to, f.nStart, f.nEnd)
      .map((x) => (inMeasure(x.at) ? { ...x, dist: -1 } : x))
      .sort((a, b) => a.dist - b.dist);
    /** Facets of words outside the figure's own, after those (`behind`), each name once. */
    const addFacets = (a: number, b: number, behind: number) => {
      for (const x of facetsNear(facetWords, a, b, f.nStart, f.nEnd)) if (!facets.some((y) => y.name === x.name)) facets.push({ ...x, dist: x.dist + behind });
    };
    // The words that name what is counted, where the figure shares them with a list head
    // ("9.005 eerste aanvragen in Q1, 7.755 in Q2"), say its counting rule too.
    // (With the word right before them: "1,400 repeated asylum applications …, down from 1,600
    // in 2022" — the old level counts repeat applications too.)
    for (const [a, b] of frame.measure.words) if (!(a >= from && b <= to)) addFacets(wordBefore(normText, a), b, 500);
    // "Het aantal herhaalde asielaanvragen … daalde van 1.900 naar 1.700 aanvragen": the subject
    // the sentence opens with names the counting rule of every figure in it, last of all.
    const subject = COUNTED_SUBJECT.exec(normText.slice(f.sentence[0], Math.min(f.sentence[1], f.sentence[0] + 90)));
    if (subject && f.sentence[0] + subject[0].length <= from) addFacets(f.sentence[0], f.sentence[0] + subject[0].length, 600);
    // "Het aantal eerste aanvragen liep terug. Vorig jaar dienden 14.176 mensen zo'n soort verzoek in": a
    // request of that kind is the kind the sentence before opened with.
    if (f.around[0] < f.sentence[0] && SAME_KIND.test(normText.slice(from, to))) {
      const before = COUNTED_SUBJECT.exec(normText.slice(f.around[0], Math.min(f.sentence[0], f.around[0] + 90)));
      if (before) addFacets(f.around[0], f.around[0] + before[0].length, 0);
    }
    // Who published the figure is often said in the sentence before or after ("Dat meldt het
    // ministerie"): a publisher named there counts when the figure's own words name none, and
    // only where that sentence attributes figures to it.
    if (!facets.some((x) => own(lexicon.facetKinds, x.name) === 'publisher')) {
      for (const x of facetsNear(facetWords, f.around[0], f.around[1], f.nStart, f.nEnd)) {
        if (own(lexicon.facetKinds, x.name) !== 'publisher' || (x.at[1] > from && x.at[0] < to)) continue;
        const [a, b] = x.at[1] <= f.sentence[0] ? [f.around[0], f.sentence[0]] : x.at[0] >= f.sentence[1] ? [f.sentence[1], f.around[1]] : f.sentence;
        // A sentence after that states a time of its own attributes its own claim ("In april …
        // werd het kleinste aantal geteld sinds 2013, meldde het CBS eerder"), not the figure's.
        if (a >= f.sentence[1] && periods.timeIn(a, b)) continue;
        if (ATTRIBUTING.test(normText.slice(a, b)) || FIGURES_OF.test(normText.slice(Math.max(a, x.at[0] - 40), x.at[0]))) facets.push({ ...x, dist: x.dist + 1000 });
      }
    }
    // "a quarter of asylum applications (25%) were approved": a share of a measure named, in its
    // own clause, with a word of the counting rule a rate is taken by is that rate (pack field
    // `shareOfWhen`); not one in another clause ("…, constituting a third of the applications").
    const rateWhen = frame.aggregation.value === 'share' && f.number.unit === 'percent' ? own(lexicon.concepts, concept)?.rateWhen : undefined;
    const inClause = (at: [number, number]) => !CLAUSE_BREAK.test(normText.slice(Math.min(at[1], f.nEnd), Math.max(at[0], f.nStart)));
    if (rateWhen && facets.some((x) => x.dist < 500 && rateWhen.facets.includes(x.name) && inClause(x.at))) frame.measure.value = concept = rateWhen.rate;
    const choice = chooseDefinitions(concept, lexicon.definitions, lexicon.concepts, facets, frame.subset.value, lexicon.facetKinds);
    if (choice) {
      chosen = true;
      concept = choice.concept;
      ids = choice.ids;
      others = otherDefinitions(concept, lexicon.definitions, ids);
      byPublisher = choice.byPublisher;
      namedRule = choice.named;
      for (const id of ids) {
        const base = own(lexicon.concepts, id)?.republishes;
        if (base) setOwn(republishes, id, base);
      }
      frame.measure.value = concept;
      frame.measure.definitions = ids;
      frame.measure.facets = facets.map((x) => x.name);
      frame.measure.words = [...frame.measure.words, ...facets.map((x) => x.at)];
    }
  }
  // A count the text lists as a part of the asylum inflow, beside other parts ("some 18,000 first
  // requests, 1,700 repeat ones and 11,800 for family members"), or attributes to a publisher
  // that counts it another way, may be that other measure (pack field `alsoAs`): that measure
  // too, weakly — it may agree, never accuse.
  if (chosen) {
    const part = ids.map((id) => own(lexicon.concepts, id)?.alsoAs).find((x) => !!x);
    // (The words may stand in the paragraph before: "Herhaalde aanvragen waren er minder … ¶ De
    // nareisaanvragen kwamen uit op 11.800".)
    const from = Math.max(0, Math.min(f.around[0], f.sentence[0] - ALSO_AS_BEFORE));
    if (part && !ids.includes(part.measure) && facetsNear(facetWords, from, f.around[1], f.nStart, f.nEnd).some((x) => part.beside.includes(x.name))) {
      ids = [...ids, part.measure];
      frame.measure.strong = false;
    }
  }
  // Pledges and quotas: what a pledge measure counts, and what it does not (promised.ts).
  const promise = readPromised(frame, ids, concept, lexicon.concepts);
  ({ ids, concept } = promise);
  const measureModality = promise.measureModality;
  frame.measure.value = concept;
  if (chosen) frame.measure.definitions = ids;
  // ("the number of illegal entries Frontex recorded dropped to 133,400", unplaced: a measure its
  // named publisher counts only EU-wide is the EU's, not the Dutch default — still assumed, so it
  // may agree, never accuse. Not without a publisher: IND decisions are Dutch even where the
  // sources hold only the EU's.)
  // (Looked at only for a figure left at the Dutch default: most figures never get here.)
  const euPublisher = () => !!frame.measure.facets?.some((x) => own(lexicon.facetKinds, x) === 'publisher' && onlyEuWide(publishedBy(lexicon, x), lexicon.facts));
  if (frame.geo.how === 'default' && euPublisher() && onlyEuWide(ids, lexicon.facts)) frame.geo = { ...frame.geo, value: 'EU', scope: 'eu', how: 'measure', assumed: true };
  const claim = toOriginalClaim(frame, toOrig);
  const closeBound = CLOSE_BOUND.test(normText.slice(f.nStart, f.nEnd));
  const j = judgeClaim({ measureModality, closeBound, claim, value: num.value, range: num.range, unit: num.unit, ids, others, byPublisher, namedRule, republishes, facts: lexicon.facts, published, named: periods.named, stated: periods.stated });
  if (j.tookAlt && claim.period.alt) {
    const granularity = /^\d{4}-\d\d-\d\d$/.test(claim.period.alt) ? 'day' : claim.period.granularity;
    claim.period = { ...claim.period, value: claim.period.alt, alt: claim.period.value ?? undefined, granularity };
  }
  const period = claim.period.value;
  const years = period ? [...new Set(period.match(/\d{4}/g) ?? [])] : [];
  return {
    kind: 'figure',
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    concept,
    ...(num.range ? { range: num.range } : { value: num.value }),
    unit: num.unit,
    qualifier: num.qualifier,
    year: years.length === 1 ? Number(years[0]) : null,
    period,
    geo: claim.geo.value,
    factIds: j.factIds,
    verdict: j.verdict,
    comparison: j.comparison,
    ...(chosen ? { definitions: ids, comparisons: j.comparisons } : {}),
    ...(j.reason ? { reason: j.reason } : {}),
    ...(j.beyond ? { beyond: j.beyond } : {}),
    claim,
  };
}

/**
 * A number written again later ("Onder de 24.900 vreemdelingen …") speaks of the figure named
 * before: when the occurrences are not all read as differing, none is accused.
 */
function cautiousRepeats(figures: Annotation[]): void {
  const byValue = new Map<string, Annotation[]>();
  for (const a of figures) {
    if (a.kind !== 'figure' || a.value === undefined) continue;
    const key = `${a.value}|${a.unit}`;
    const list = byValue.get(key);
    if (list) list.push(a);
    else byValue.set(key, [a]);
  }
  for (const list of byValue.values()) {
    if (list.length < 2 || list.every((a) => a.verdict === 'differs') || !list.some((a) => a.verdict === 'differs')) continue;
    for (const a of list) {
      if (a.verdict !== 'differs') continue;
      a.verdict = 'context';
      a.comparison = a.comparison ? { ...a.comparison, verdict: 'context' } : null;
      a.reason = { why: 'weak-reading', factId: a.comparison?.factId };
    }
  }
}

/**
 * The figure's own words in its sentence (normalised): from the end of the previous figure in
 * the same sentence to the start of the next one.
 */
function ownWords(figures: LinkedFigure[], f: LinkedFigure, t: string): [number, number] {
  let from = f.sentence[0];
  let to = f.sentence[1];
  for (const g of figures) {
    if (g === f) continue;
    if (g.nEnd <= f.nStart && g.nEnd > from) from = g.nEnd;
    if (g.nStart >= f.nEnd && g.nStart < to) to = g.nStart;
  }
  // With another figure after it, a clause after this one's speaks of that one ("down to 18 thousand
  // in 2016, repeat requests fell from 1,900 …": "repeat" is not the 18 thousand's).
  if (to < f.sentence[1]) {
    const cut = CLAUSE_BREAK.exec(t.slice(f.nEnd, to));
    if (cut) to = f.nEnd + cut.index;
  }
  // With another figure before it, the rest of that one's clause is that one's ("18.000
  // asielzoekers die voor het eerst aanklopten, in totaal ruim 31.000 asielaanvragen": "voor het
  // eerst" is not the 31.000's).
  if (from > f.sentence[0]) {
    const upToLastBreak = UP_TO_LAST_CLAUSE_BREAK.exec(t.slice(from, f.nStart));
    if (upToLastBreak) from += upToLastBreak[0].length - 1;
  }
  // A clause set against this one speaks of something else ("zakte naar 14.716, terwijl er
  // meer nareizigers kwamen": "nareizigers" is no counting rule of the 14.716).
  const opposed = CONTRAST_BREAK.exec(t.slice(f.nEnd, to));
  if (opposed) to = f.nEnd + opposed.index;
  // What follows "waarvan" / "of which" names the parts ("17.000 vreemdelingen die vertrokken,
  // waarvan 40 procent zonder toezicht …"): no counting rule of the whole.
  const parts = PARTS_BREAK.exec(t.slice(f.nEnd, to));
  if (parts) to = f.nEnd + parts.index;
  return [from, to];
}

const PARTS_BREAK = new RegExp(`[,;:]?\\s(?:${PART_WORDS})\\b`);

const CLAUSE_BREAK = /[,;:]\s/;
/** Everything up to the last clause break, and the space after it (greedy). */
const UP_TO_LAST_CLAUSE_BREAK = /^[^]*[,;:]\s/;
const CONTRAST_BREAK = new RegExp(`[,;]\\s+(?:${CONTRAST})(?![\\p{L}])`, 'u');

/** The matches (sorted) that overlap none of the spans (sorted by start, not overlapping). */
function outside(matches: TermMatch[], spans: ReadonlyArray<{ start: number; end: number }>): TermMatch[] {
  let k = 0;
  return matches.filter((w) => {
    while (k < spans.length && spans[k].end <= w.nStart) k++;
    return !(k < spans.length && spans[k].start < w.nEnd);
  });
}

/** The measures a publisher's counting rule names (concepts whose profile is tagged with it), per lexicon. */
const PUBLISHED_BY = new WeakMap<CompiledLexicon, Map<string, string[]>>();
function publishedBy(lexicon: CompiledLexicon, publisher: string): string[] {
  let byPublisher = PUBLISHED_BY.get(lexicon);
  if (!byPublisher) PUBLISHED_BY.set(lexicon, (byPublisher = new Map()));
  let ids = byPublisher.get(publisher);
  if (!ids) byPublisher.set(publisher, (ids = Object.keys(lexicon.concepts).filter((id) => own(lexicon.concepts, id)?.profile?.tags?.includes(publisher))));
  return ids;
}

/** The matches that do not stand between one of `spans` (sorted) and "of"/"van" ("Q1–Q3 total of"). */
function notRightAfter(matches: TermMatch[], spans: ReadonlyArray<{ start: number; end: number }>, t: string): TermMatch[] {
  let k = 0;
  return matches.filter((w) => {
    while (k + 1 < spans.length && spans[k + 1].end <= w.nStart) k++;
    const s = spans[k];
    return !(s && s.end <= w.nStart && /^[\s-]{0,2}$/.test(t.slice(s.end, w.nStart)) && /^\s+(?:of|van)\s/.test(t.slice(w.nEnd, w.nEnd + 5)));
  });
}

/**
 * Counting-rule words listed together in brackets ("the overall asylum intake (first-time
 * requests, repeat requests and requests for family reunification)") name
 * the parts of a total, not the counting rule of the figure: they are dropped.
 */
function notListedParts(words: TermMatch[], t: string): TermMatch[] {
  // (Only 160 characters either way are looked at: a scan to the text's ends per word would cost
  // a pass over the text for every counting-rule word.)
  const bracketOf = (w: TermMatch): number => {
    const from = Math.max(0, w.nStart - 160);
    const before = t.slice(from, w.nStart);
    const o = before.lastIndexOf('(');
    if (o < 0 || before.lastIndexOf(')') > o) return -1;
    const after = t.slice(w.nEnd, w.nEnd + 160);
    const c = after.indexOf(')');
    const o2 = after.indexOf('(');
    return c >= 0 && (o2 < 0 || o2 > c) ? from + o : -1;
  };
  const groups = new Map<number, number[]>();
  words.forEach((w, k) => {
    const open = bracketOf(w);
    if (open < 0) return;
    const group = groups.get(open);
    if (group) group.push(k);
    else groups.set(open, [k]);
  });
  const listed = new Set<number>();
  for (const [open, same] of groups) {
    const kinds = new Set(same.map((k) => words[k].concept));
    const last = words[same[same.length - 1]].nEnd;
    const close = last + t.slice(last, last + 160).indexOf(')');
    if (kinds.size >= 2 && /(?:^|[^\p{L}])(?:and|en|plus)(?![\p{L}])|,/u.test(t.slice(open, close))) for (const k of same) listed.add(k);
  }
  return listed.size ? words.filter((_, k) => !listed.has(k)) : words;
}

/** The facets stated in [from, to), nearest to the figure first, one hit per facet. */
function facetsNear(words: TermMatch[], from: number, to: number, ns: number, ne: number): Array<FacetHit & { at: [number, number] }> {
  const best = new Map<string, { dist: number; at: [number, number] }>();
  const lo = partitionPoint(words.length, (i) => words[i].nStart < from);
  for (let i = lo; i < words.length && words[i].nStart < to; i++) {
    const w = words[i];
    if (w.nEnd > to) continue;
    const d = w.nEnd <= ns ? ns - w.nEnd : w.nStart >= ne ? w.nStart - ne : 0;
    for (const id of [w.concept, ...(w.also ?? [])]) {
      const prev = best.get(id);
      if (prev === undefined || d < prev.dist) best.set(id, { dist: d, at: [w.nStart, w.nEnd] });
    }
  }
  return [...best].map(([name, { dist, at }]) => ({ name, dist, at })).sort((a, b) => a.dist - b.dist || a.name.localeCompare(b.name));
}
