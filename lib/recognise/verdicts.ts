/**
 * Verdicts: a figure's claim frame compared with the facts of the definitions it may follow.
 *
 * Tolerance is the text's own precision and qualifier, never a fixed percentage: a page figure
 * and a fact are each read as an interval (precision.ts: "ruim 38.000" is 38.000–39.000,
 * "38.000" is 37.500–38.500, a step never more than a tenth of the value) and agree when the
 * intervals overlap. docs/claim-frame.md says it for readers, with examples.
 *
 * A verdict needs a complete frame (frame.ts `checkable`) and a fact that matches every slot:
 * - measure: a fact of one of the candidate definitions (definitions.ts);
 * - aggregation: levels with levels, shares with percentages, changes only with facts that
 *   state a change since the same period;
 * - period: the same period string — a quarter only with that quarter, nine months only with
 *   the same nine months, never a year with a quarter (or a cumulative fact up to the page's
 *   reference date);
 * - geography: equal ("EU" on the page matches EU, EU27, EU28, EU+ facts);
 * - subset: the same nationality or group, or none on both sides;
 * - facts of confidence `low` never back a verdict.
 * Then `consistent` when any candidate definition agrees. `differs` only when none agrees, every
 * candidate with a fact for the period differs, the figure is governed directly by its measure
 * word, its period is stated in its own sentence, it is within a factor of two of the source
 * (further off, it almost always counts something else), and no fact of another counting rule,
 * or of another period the text may mean (within a year, or named in its paragraph), agrees
 * with it (that would mean the text speaks of another period or rule than the engine read) —
 * otherwise `context`, with a note saying why. When the sentence states the figure's year
 * itself, the measure's other years are not such a doubt: a figure equal to one of them is that
 * year's figure given under the wrong one, `differs` with that fact named in `reason`.
 * When the frame is incomplete (a forecast, a capacity, a local figure, a subset …) the facts
 * of the measure nearby are shown as `context`, never a verdict — also a figure for a period
 * still running when the text was written ("dit jaar al 28.000" in October: a part of the
 * year's total, however close to it).
 * A lower bound said of a span of a few years ("over 1 million in 2015-2016") is `consistent`
 * when one rule's figure reaches it in every year of the span (true per year and together);
 * it is never accused that way.
 * A page period that begins after the newest fact of every candidate ends gets no verdict and
 * `beyond` names the newest fact.
 *
 * Over 300 lines because this is the one place a verdict is decided: the slot tests above and
 * the steps of judgeClaim read together, and each step's reason is the next one's premise.
 */
import { own } from '../util/hash';
import type { Claim } from './figures/frame';
import { checkable } from './figures/frame';
import { periodBegin, periodEnd, samePeriodSpan } from '../factbase/periods';
import { daysInMonth } from '../util/months';
import type { Comparison, Qualifier, Unit, Verdict } from './types';
import { interval, roundingStep } from './precision';
import type { FactLite } from './fact-lite';

export { interval, roundingStep };
export type { FactLite };

/** Why a figure got context rather than a verdict (shown in the card and exports). */
export const CONTEXT_REASONS = [
  'frame',
  'other-period',
  'other-period-match',
  'other-rule-match',
  'far-off',
  'other-rule-silent',
  'weak-reading',
  'later-release',
  'coarse-source',
  'revised-base',
  'pledge-stage',
  'sources-differ',
  'other-area',
  'running-count',
  'bound-holds',
] as const;
export type ContextReason = (typeof CONTEXT_REASONS)[number];

export interface Judgement {
  verdict: Verdict | null;
  factIds: string[];
  comparison: Comparison | null;
  /** One comparison per candidate definition with a fact for the period. */
  comparisons: Comparison[];
  /** The page speaks of a period after everything the facts cover. */
  beyond?: { latest: string };
  /**
   * For `context`: why no verdict, and the fact that explains it when there is one. For
   * `differs`, `other-period-match`: the figure equals that fact of another period (the sentence
   * states one period, so the figure is likely that other period's, given under the wrong one).
   */
  reason?: { why: ContextReason; slot?: string | null; factId?: string };
  /** The figure agreed with the other period its words may mean (`claim.period.alt`). */
  tookAlt?: boolean;
}

const NONE: Judgement = { verdict: null, factIds: [], comparison: null, comparisons: [] };

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] + 1e-9 && b[0] <= a[1] + 1e-9;
const width = (a: [number, number]) => a[1] - a[0];
const within = (a: [number, number], b: [number, number]) => b[0] <= a[0] + 1e-9 && a[1] <= b[1] + 1e-9;
/**
 * The page figure agrees with a fact when their intervals overlap and the finer of the two says
 * no more than the coarser allows: a source rounded coarser than the text ("almost 1.3 million")
 * confirms "bijna 1,25 miljoen" only if all of the text's interval lies inside its own. Touching
 * at an edge is not agreement; it is not a difference either (see `coarse-source`).
 */
const agrees = (page: [number, number], f: FactLite) => {
  const fact = factInterval(f);
  return meets(page, fact, f.qualifier) && (width(fact) <= width(page) + 1e-9 || within(page, fact));
};
/**
 * The text's interval and a source's meet — more than at an edge the source's own words exclude.
 * A source's "almost 90,000" is below 90,000 and its "more than 4.25 million" above that, so a
 * text's "100 thousand" (90,000–110,000 at the loosest) that reaches down only to 90,000 is no
 * agreement; the source's other edges are where its rounding was taken to end, and touching one
 * of those still agrees ("just over 3.71 million" with "more than 3.7 million").
 */
function meets(page: [number, number], fact: [number, number], q: Qualifier | undefined): boolean {
  if (!overlaps(page, fact)) return false;
  if (Math.min(page[1], fact[1]) - Math.max(page[0], fact[0]) > 1e-9 || width(page) <= 1e-9 || width(fact) <= 1e-9) return true;
  // (A source's "about 24,000" already reaches a whole step either side: a text's "around 22,000"
  // that only touches its edge is two steps off, another number.)
  if (q === 'approximately') return false;
  const atTop = Math.abs(page[0] - fact[1]) <= 1e-9;
  return atTop ? q !== 'almost' && q !== 'less-than' : q !== 'more-than';
}
const mid = (f: { value?: number; range?: [number, number] }) => (f.range ? (f.range[0] + f.range[1]) / 2 : (f.value as number));
const factInterval = (f: FactLite) => interval(f.value, f.range, f.qualifier);
/**
 * A source that gives only a bound ("almost 1.3 million", "more than 500,000") cannot confirm a
 * figure written far more finely (1,251,815): the source says nothing of those digits, and the
 * count may cover other countries or another release. It is shown as context (coarse-source).
 */
const ONE_SIDED = new Set(['almost', 'more-than', 'less-than', 'at-least', 'at-most']);
const boundOnly = (page: [number, number], f: FactLite) => ONE_SIDED.has(f.qualifier ?? 'exact') && width(factInterval(f)) > 1000 * Math.max(width(page), 1);

/**
 * The area a fact's `geo` names. It may say what it covers: "EU+ (EU27 + NO + CH)" is the EU+,
 * and so is the EU with other countries added ("EU27 + IS + LI + NO + CH"), no EU27 figure.
 */
function factArea(geo: string): string {
  const whole = geo.toUpperCase();
  return /^EU2[78]\s*\+/.test(whole) ? 'EU+' : whole.split(/[\s(]/)[0];
}

function geoMatches(page: string | null, fact: string): boolean {
  const p = (page ?? 'NL').toUpperCase();
  const f = factArea(fact);
  if (p === f) return true;
  if (p === 'EU') return f.startsWith('EU');
  if (p === 'EU27' || p === 'EU28') return f.startsWith(p);
  if (p === 'WORLD') return f === 'WORLD' || f === 'WORLDWIDE' || f === 'GLOBAL';
  return false;
}

/**
 * "EU" where every fact of these measures is counted for an EU-wide area and none for one
 * country (Frontex counts crossings only at the outer borders of the EU); else null.
 */
export function onlyEuWide(ids: readonly string[], facts: readonly FactLite[]): 'EU' | null {
  const idx = factIndex(facts).byConcept;
  const all = ids.flatMap((id) => idx.get(id) ?? []);
  return all.length > 0 && all.every((f) => factArea(f.geo).startsWith('EU')) ? 'EU' : null;
}

function sameSubset(a: { nationality?: string; group?: string } | null | undefined, b: FactLite['subset']): boolean {
  return (a?.nationality ?? null) === (b?.nationality ?? null) && (a?.group ?? null) === (b?.group ?? null);
}

/** Equal periods, or a cumulative fact up to the page's reference date. */
function samePeriod(page: string | null, fact: string | null): boolean {
  if (page === fact) return true;
  if (!page || !fact) return false;
  if (samePeriodSpan(page, fact)) return true;
  return /^\d{4}-\d\d-\d\d$/.test(page) && fact.includes('/') && fact.endsWith('/' + page);
}

/** Facts grouped by concept and by id, built once per facts array. */
interface FactIndex {
  byConcept: Map<string, FactLite[]>;
  byId: Map<string, FactLite>;
}
const factIndexes = new WeakMap<readonly FactLite[], FactIndex>();

function factIndex(facts: readonly FactLite[]): FactIndex {
  let index = factIndexes.get(facts);
  if (!index) {
    index = { byConcept: new Map(), byId: new Map() };
    for (const f of facts) {
      const list = index.byConcept.get(f.concept);
      if (list) list.push(f);
      else index.byConcept.set(f.concept, [f]);
      index.byId.set(f.id, f);
    }
    factIndexes.set(facts, index);
  }
  return index;
}

export function factById(facts: readonly FactLite[], id: string): FactLite | undefined {
  return factIndex(facts).byId.get(id);
}

/** What a page figure looks like to fact matching (a claim's values). */
export interface FigureToMatch {
  concept: string | null;
  value?: number;
  range?: [number, number];
  unit: Unit;
  qualifier: Qualifier;
  period: string | null;
  geo: string | null;
  /** A change ("25 procent gedaald"): compared only with facts that state a change. */
  change?: boolean;
  subset?: { nationality?: string; group?: string } | null;
}

/** Facts a figure may be compared with at all: same concept, unit, geo, subset, level vs change; never low confidence. */
export function comparableFacts(fig: FigureToMatch, facts: readonly FactLite[]): FactLite[] {
  if (!fig.concept) return [];
  return (factIndex(facts).byConcept.get(fig.concept) ?? []).filter(
    (f) =>
      f.unit === fig.unit &&
      geoMatches(fig.geo, f.geo) &&
      f.confidence !== 'low' &&
      !!f.change === !!fig.change &&
      sameSubset(fig.subset, f.subset) &&
      (f.value !== undefined || f.range !== undefined),
  );
}

/** The middle of a period, in years. */
const periodMid = (p: string) => (periodBegin(p) + periodEnd(p)) / 2;

/** Nearest periods first (to the page's period, else the publication year), newest first on ties. */
function byNearness(ref: number | null) {
  return (a: FactLite, b: FactLite) =>
    ref !== null ? Math.abs(periodMid(a.period!) - ref) - Math.abs(periodMid(b.period!) - ref) || periodMid(b.period!) - periodMid(a.period!) : periodMid(b.period!) - periodMid(a.period!);
}

function src(f: FactLite): { sourceValue?: number; sourceRange?: [number, number] } {
  return f.range ? { sourceRange: f.range } : { sourceValue: f.value };
}

/**
 * How far beyond the widest gap the sources show between two releases of one series (a
 * provisional and a final figure, a report and the table it quotes) a figure must lie to be
 * none of its releases: a margin, since the sources hold few pairs (CBS immigration: 0.4% in
 * 2022, and a provisional 2019 figure 1.2% off the final one that no entry holds).
 */
const REVISION_MARGIN = 5;

export interface JudgeInput {
  claim: Claim;
  value?: number;
  range?: [number, number];
  unit: Unit;
  /** Candidate definitions (or the measure itself); `others`: the rest of its family. */
  ids: string[];
  others: string[];
  /** Rules of the same measure only a publisher the page named ruled out (definitions.ts). */
  byPublisher?: string[];
  /**
   * The counting rule the page's own words name ("asielzoekers en nareizigers" is CBS's first
   * requests plus nareizigers): where the sources hold no figure of it for the period, another
   * rule's figure cannot show the page wrong.
   */
  namedRule?: string;
  /** Candidate rule → the rule whose series it releases again (a provisional release, a report quoting it). */
  republishes?: Readonly<Record<string, string>>;
  facts: readonly FactLite[];
  published?: string | null;
  /** The periods the figure's paragraph names (period mentions): other periods the text may mean. */
  named?: readonly string[];
  /**
   * The figure's period is the one time its sentence names, year written out (recognise.ts
   * `statedPeriod`): no other period is one the text may mean, and a figure equal to another period's is
   * that period's figure given under the wrong year.
   */
  stated?: boolean;
  /** The qualifier claims the figure is close to its bound ("just under", "iets meer dan"), not only beyond it. */
  closeBound?: boolean;
  /** What every candidate's figures are when not realised counts (places pledged): `checkable`. */
  measureModality?: 'target';
}

/**
 * The verdict of one figure. One function of about a hundred lines on purpose: the checks run in
 * the order of the header (frame, candidates per definition, agreement, then every reason not
 * to accuse before `differs`), and split apart the order that makes `differs` safe is no longer
 * visible in one place.
 */
export function judgeClaim(j: JudgeInput): Judgement {
  const { claim, facts } = j;
  if (!claim.measure.value || (j.value === undefined && !j.range) || j.ids.length === 0) return NONE;
  const agg = claim.aggregation.value;
  const change = agg === 'change' || agg === 'percent-change';
  const fig = (concept: string): FigureToMatch => ({
    concept,
    value: j.value,
    range: j.range,
    unit: j.unit,
    qualifier: claim.qualifier.value,
    period: claim.period.value,
    geo: claim.geo.value,
    change,
    subset: claim.subset.value,
  });
  // What the sources say for this measure at all (levels, everyone, this geography): context.
  const related = j.ids.flatMap((id) => comparableFacts({ ...fig(id), change: false, subset: null }, facts)).filter((f) => f.period);
  const pageAt = claim.period.value ? periodMid(claim.period.value) : j.published && /^\d{4}/.test(j.published) ? Number(j.published.slice(0, 4)) + 0.5 : null;
  const context = (reason: Judgement['reason'], comparisons: Comparison[] = []): Judgement => {
    if (!related.length) return { ...NONE, comparisons, ...(reason ? { reason } : {}) };
    const ordered = [...related].sort(byNearness(pageAt));
    const f = ordered[0];
    return { verdict: 'context', factIds: ordered.map((x) => x.id), comparison: { verdict: 'context', factId: f.id, ...src(f) }, comparisons, ...(reason ? { reason } : {}) };
  };
  // A figure of the month of writing ("return rates currently stand at only 20%") may quote a
  // source's standing figure — one it gives as current, with no period — published in the two
  // months before the text. It may only agree (a current figure changes).
  const ofWritingMonth = claim.period.granularity === 'month' && !!claim.period.value && !!j.published?.startsWith(claim.period.value);
  // (A text dated by its month alone may have been written on any of its days: the source's
  // release of 11 March is not after a text of "March 2025".)
  const writtenFrom = ofWritingMonth ? periodBegin(j.published!) : NaN;
  const writtenBy = ofWritingMonth ? periodEnd(j.published!) : NaN;
  const currentWhenWritten = (f: FactLite) => f.period === null && !!f.published && /^\d{4}-\d\d/.test(f.published) && periodBegin(f.published) < writtenBy && writtenFrom - periodBegin(f.published) <= 62 / 365.25;
  const standingNow = ofWritingMonth && j.ids.some((id) => comparableFacts(fig(id), facts).some(currentWhenWritten));
  // Freshness: the page speaks of a period after the newest fact of every candidate (and of
  // every rule only a publisher named ruled out, which may still confirm it, below).
  const otherPublisher = () => (j.byPublisher ?? []).some((id) => comparableFacts(fig(id), facts).some((f) => samePeriod(claim.period.value, f.period)));
  if (claim.period.value && related.length && !otherPublisher() && !standingNow) {
    const latest = related.reduce((a, b) => (periodEnd(b.period!) > periodEnd(a.period!) ? b : a));
    if (periodBegin(claim.period.value) >= periodEnd(latest.period!) - 1e-9) return { ...NONE, beyond: { latest: latest.id } };
  }
  // A change without its baseline ("in 2018 met 25 procent gedaald") is against the year before.
  const baseline = (since: string | null | undefined, period: string | null): string | null => since ?? (period && /^\d{4}$/.test(period) ? String(Number(period) - 1) : null);
  const pageSince = change ? baseline(claim.aggregation.since, claim.period.value) : null;
  const ok = checkable(claim, j.measureModality);
  // A figure without a period may be a standing figure ("the EU return rate is about 20%"):
  // it is compared with the facts that have none.
  // (Only a standing figure the source gave by the time of writing, and not years before it: the
  // Commission's "about 20%" of 2025 says nothing of a text of 2021.)
  const standingThen = (f: FactLite) => {
    if (!j.published || !/^\d{4}/.test(j.published) || !f.published) return true;
    const at = publishedAt(f.published);
    return at <= periodEnd(j.published) + 1e-9 && periodBegin(j.published) - at <= STANDING_FOR;
  };
  const standing = ok.why === 'period' && claim.period.value === null && j.ids.some((id) => comparableFacts(fig(id), facts).some((f) => f.period === null && standingThen(f)));
  if (!ok.ok && !standing) return context({ why: 'frame', slot: ok.why });
  if (change && pageSince === null) return context({ why: 'frame', slot: 'aggregation' });

  const page = interval(j.value, j.range, claim.qualifier.value, true);
  /** Per candidate rule, its facts of the periods `inPeriod` accepts, and those that agree. */
  const perPeriods = (inPeriod: (period: string | null) => boolean, ids: readonly string[] = j.ids) => {
    const out: Array<{ id: string; same: FactLite[]; agreeing: FactLite[] }> = [];
    for (const id of ids) {
      const same = comparableFacts(fig(id), facts).filter((f) => inPeriod(f.period) && (!change || baseline(f.since, f.period) === pageSince));
      if (!same.length) continue;
      // Newest release first: a revision before the release it revises.
      const revised = new Set(same.map((f) => f.revises).filter(Boolean));
      same.sort((a, b) => Number(revised.has(a.id)) - Number(revised.has(b.id)));
      out.push({ id, same, agreeing: same.filter((f) => agrees(page, f) && !boundOnly(page, f)) });
    }
    return out;
  };
  const perPeriod = (period: string | null, ids: readonly string[] = j.ids) => perPeriods((p) => samePeriod(period, p), ids);
  let per = perPeriod(claim.period.value);
  if (claim.period.value === null) per = per.map((p) => ({ ...p, same: p.same.filter(standingThen), agreeing: p.agreeing.filter(standingThen) })).filter((p) => p.same.length);
  // The publisher named has no figure for this period in the sources ("403.000 …, zo meldt de
  // Staat van Migratie" for a year only CBS's table has): the same measure from another
  // publisher may confirm it. It may only agree: with none agreeing the publisher's rule stands.
  if (!per.length && j.byPublisher?.length) {
    const other = perPeriod(claim.period.value, j.byPublisher).filter((p) => p.agreeing.length);
    if (other.length) per = other;
  }
  // A release the page's words name ("according to provisional figures") that has no figure for
  // the period: the series it releases again may confirm the figure (a provisional count that
  // stood is the final one: the final figure rounds to it, no cut-off allowed — "234 000
  // (preliminary)" is not confirmed by a final 234,957). It may only agree: a final figure may
  // differ from a provisional one.
  if (!per.length && j.republishes) {
    const bases = Object.values(j.republishes).filter((id) => !j.ids.includes(id));
    const rounded = interval(j.value, j.range, claim.qualifier.value, false);
    const other = perPeriod(claim.period.value, bases)
      .map((p) => ({ ...p, agreeing: p.agreeing.filter((f) => agrees(rounded, f)) }))
      .filter((p) => p.agreeing.length);
    if (other.length) per = other;
  }
  let tookAlt = false;
  // An ambiguous anaphor: the figure agreeing with the other time it may mean is consistent.
  if (!per.some((p) => p.agreeing.length) && claim.period.alt) {
    const alt = perPeriod(claim.period.alt);
    if (alt.some((p) => p.agreeing.length)) {
      per = alt;
      tookAlt = true;
    }
  }
  // A count of a month ("momenteel 27.842", "inmiddels 41.743", "52.000 eind 2022"): news quotes
  // a count dated in that month. A source's count dated in it — for the month of writing, no later
  // than the day of writing and at most two weeks before it, when the day is known — may confirm
  // it; it may only agree (the count on another day may well have been another).
  if (!per.some((p) => p.agreeing.length) && claim.period.granularity === 'month' && claim.period.value && /^\d{4}-\d\d$/.test(claim.period.value)) {
    const month = claim.period.value;
    // (The day of writing where the other reading is that day; "eind 2022" reads the month's last
    // day as its other reading, a moment too: a count of 5 December is not the year's end, one of
    // its last two weeks may be. "Begin 2025" reads the first day, and a count of that month is
    // what such news quotes.)
    const alt = claim.period.alt && /^\d{4}-\d\d-\d\d$/.test(claim.period.alt) ? claim.period.alt : null;
    const anchor = alt && (alt === j.published || isMonthEnd(alt)) ? alt : null;
    const recent = (day: string | null) =>
      !!day && /^\d{4}-\d\d-\d\d$/.test(day) && day.startsWith(month) && (!anchor || (day <= anchor && periodBegin(anchor) - periodBegin(day) <= 14 / 365.25 + 1e-9));
    const counted = perPeriods(recent).filter((p) => p.agreeing.length);
    if (counted.length) per = counted;
  }
  // A figure of the month of writing and a source's standing figure published just before (above).
  if (!per.some((p) => p.agreeing.length) && ofWritingMonth) {
    const standing = perPeriods((period) => period === null)
      .map((p) => ({ ...p, same: p.same.filter(currentWhenWritten), agreeing: p.agreeing.filter(currentWhenWritten) }))
      .filter((p) => p.agreeing.length);
    if (standing.length) per = standing;
  }
  // A lower bound said of a span of years the sources give year by year ("over 1 million a year
  // in 2015-2016"): whether it speaks of each year or of both together, it holds when one rule's
  // figure reaches it in every year, and the lowest of them is what the bound was rounded from
  // (within the text's precision, as for one year): any bound is reached by a rule that counts
  // more ("ruim 32.000" in each of two years is not a broader count's 33,570 and 35,030). It may
  // only agree.
  const years = /^(\d{4})\/(\d{4})$/.exec(claim.period.value ?? '');
  const bound = claim.qualifier.value === 'more-than' || claim.qualifier.value === 'at-least';
  const upTo = claim.qualifier.value === 'less-than' || claim.qualifier.value === 'at-most';
  if (!per.length && !change && bound && years && Number(years[2]) - Number(years[1]) <= 3) {
    const span = Array.from({ length: Number(years[2]) - Number(years[1]) + 1 }, (_, k) => String(Number(years[1]) + k));
    const reaches = (f: FactLite) => factInterval(f)[0] >= page[0];
    for (const id of j.ids) {
      const each = span.map((y) => perPeriod(y, [id])[0]?.same.find(reaches));
      const lowest = each.every(Boolean) ? (each as FactLite[]).reduce((a, b) => (mid(b) < mid(a) ? b : a)) : null;
      if (lowest && agrees(page, lowest)) {
        per = [{ id, same: each as FactLite[], agreeing: each as FactLite[] }];
        break;
      }
    }
  }
  const pageMid = mid({ value: j.value, range: j.range });
  const comparisons: Comparison[] = per.map(({ id, same, agreeing }) => {
    const f = agreeing[0] ?? closest(same, pageMid);
    return agreeing.length ? { verdict: 'consistent', factId: f.id, ...src(f), concept: id } : { ...differ(f, j), concept: id };
  });
  if (!per.length) return context({ why: 'other-period' });
  const agreeing = per.filter((p) => p.agreeing.length);
  if (agreeing.length && !tookAlt && betweenRules(per, j, claim.qualifier.value)) return context({ why: 'frame', slot: 'counting-rule', factId: agreeing[0].agreeing[0].id }, comparisons);
  // A rounded source ("48,000") agrees with a figure written to the unit ("47.911") only to its
  // own precision: where a source as fine as the figure, for the same period and within the
  // rounded one's range, gives another number (47,991), the rounded one cannot confirm it.
  const agreeingFacts = agreeing.flatMap((p) => p.agreeing);
  const coarseOnly = agreeingFacts.length > 0 && agreeingFacts.every((f) => width(factInterval(f)) > 10 * Math.max(width(page), 1));
  const finer = coarseOnly ? per.flatMap((p) => p.same).find((g) => width(factInterval(g)) <= Math.max(width(page), 1) + 1e-9 && !agrees(page, g) && agreeingFacts.every((f) => overlaps(factInterval(f), factInterval(g)))) : undefined;
  if (finer && !tookAlt) return context({ why: 'coarse-source', factId: agreeingFacts[0].id }, comparisons);
  if (agreeing.length) {
    const ids = dedupe(agreeing.flatMap((p) => p.agreeing.map((f) => f.id)).concat(per.flatMap((p) => p.same.map((f) => f.id))));
    const f = agreeing[0].agreeing[0];
    return { verdict: 'consistent', factIds: ids, comparison: { verdict: 'consistent', factId: f.id, ...src(f) }, comparisons, ...(tookAlt ? { tookAlt } : {}) };
  }
  // A figure with no period of its own, set against a source's standing figure, may only agree:
  // a standing figure changes, and the text's may be of another moment ("one in three returns",
  // beside the Commission's "about 20%").
  if (claim.period.value === null) return context({ why: 'frame', slot: 'period' }, comparisons);
  // A source coarser than the text that only partly covers it can neither confirm nor refute it.
  const samePeriodFacts = per.flatMap((p) => p.same);
  const coarse = samePeriodFacts.find((f) => overlaps(page, factInterval(f)));
  if (coarse) return context({ why: 'coarse-source', factId: coarse.id }, comparisons);
  // A bare bound the source's figure satisfies ("meer dan 30.000" for 35,535; "fewer than 40,000"
  // for 35,535) says something true, only less than it could: the text's precision does not reach
  // the source's figure, so no confirmation, and no accusation either. (Not a bound that claims
  // to be close, "just under 50,000"; nor one more than twice off, which counts something else.)
  const holds = (f: FactLite) => {
    const [lo, hi] = factInterval(f);
    return bound ? lo >= page[0] - 1e-9 && mid(f) <= 2 * page[0] : upTo && hi <= page[1] + 1e-9 && 2 * mid(f) >= page[1];
  };
  const held = (bound || upTo) && !change && !j.closeBound ? samePeriodFacts.find(holds) : undefined;
  if (held) return context({ why: 'bound-holds', factId: held.id }, comparisons);
  // A pledge or a quota is proposed, negotiated, cut and raised: one the source does not give may
  // be another stage's (the places proposed, then those pledged), so such a figure may only agree.
  if (j.measureModality) return context({ why: 'pledge-stage', factId: closest(samePeriodFacts, pageMid).id }, comparisons);
  // No candidate agrees. Before accusing: does the figure match the same measure under another
  // counting rule, or another period? Then the engine, not the journalist, is probably wrong.
  const otherRule = j.others.flatMap((id) => comparableFacts(fig(id), facts)).find((f) => samePeriod(claim.period.value, f.period) && overlaps(page, factInterval(f)));
  if (otherRule) return context({ why: 'other-rule-match', factId: otherRule.id }, comparisons);
  // Only a period the text may mean counts: within a year of the one read, or one it names.
  // (A nine-month figure of 2025 that happens to equal the whole of 2021, in a text that never
  // speaks of 2021, is a coincidence of value, not a sign of a misread period.)
  // And, for the measure read, none when the sentence states the figure's period and no other
  // (another counting rule's figure of a nearby period still means the measure may be misread) —
  // unless a word names the measure right at the figure too: then such a match needs the text to
  // be wrong twice, in its counting rule and its time ("in 2023 kwamen er 48.500 eerste asielaanvragen binnen",
  // the total inflow of 2022), no sign that the engine misread either. (Not for counts on a day:
  // a stock or a running total of a nearby day is what news quotes, no error in time at all.)
  // (Nor a period that was not over when the text was written: no count of it existed yet — a
  // text of July 2023 does not give 2023's total under 2022.)
  const writtenAt = j.published && /^\d{4}-\d\d/.test(j.published) ? periodEnd(j.published) : null;
  const mayMean = (f: FactLite) =>
    !claim.period.value || !f.period || ((writtenAt === null || periodEnd(f.period) <= writtenAt + 1e-9) && (nearPeriod(f.period, claim.period.value, 1) || (j.named ?? []).some((n) => nearPeriod(f.period!, n, 0))));
  const onDay = (p: string | null | undefined) => !!p && /\d{4}-\d\d-\d\d/.test(p);
  const wrongTwice = (f: FactLite) => j.stated && claim.measure.strong && !!f.period && !onDay(f.period) && !onDay(claim.period.value) && !samePeriod(claim.period.value, f.period);
  const anyPeriod = [...(j.stated ? [] : j.ids), ...j.others]
    .flatMap((id) => comparableFacts({ ...fig(id), subset: null }, facts))
    .find((f) => overlaps(page, factInterval(f)) && mayMean(f) && !wrongTwice(f));
  if (anyPeriod) return context({ why: 'other-period-match', factId: anyPeriod.id }, comparisons);
  /** Per candidate rule, its fact nearest the figure. */
  const nearestPerRule = per.map((p) => closest(p.same, pageMid));
  const nearestDiff = [...nearestPerRule].sort((a, b) => Math.abs(rel(a, j)) - Math.abs(rel(b, j)))[0];
  const ratio = pageMid / mid(nearestDiff);
  if (!(ratio >= 0.5 && ratio <= 2)) return context({ why: 'far-off', factId: nearestDiff.id }, comparisons);
  const shape = periodShape(claim.period.value!);
  /** The measure's own figure of another period of the same kind the figure equals, if any. */
  const otherPeriodOf = (also: (f: FactLite) => boolean) =>
    j.ids.flatMap((id) => comparableFacts(fig(id), facts)).find((f) => f.period && f.period !== claim.period.value && periodShape(f.period) === shape && overlaps(page, factInterval(f)) && mayMean(f) && also(f));
  const accuse = (otherPeriod: FactLite | undefined): Judgement => ({
    verdict: 'differs',
    factIds: dedupe([nearestDiff.id, ...per.flatMap((p) => p.same.map((f) => f.id))]),
    comparison: differ(nearestDiff, j),
    comparisons,
    ...(otherPeriod ? { reason: { why: 'other-period-match' as const, factId: otherPeriod.id } } : {}),
  });
  // A figure written to the unit or the ten, under a period its sentence states, that equals
  // another period's figure of its measure to the source's own precision ("31.327 (2019)": 2017's
  // 31,330) is that period's figure given under the wrong one. No silent counting rule or release
  // makes such a match a coincidence, so none of the shields below withholds the accusation.
  const tight = (f: FactLite) => width(factInterval(f)) <= Math.max(10, 0.0005 * Math.abs(mid(f)));
  const exactOther = j.stated && j.value !== undefined && !j.range && roundingStep(j.value) <= 10 ? otherPeriodOf(tight) : undefined;
  if (exactOther) return accuse(exactOther);
  // A counting rule the figure may follow that publishes figures of this kind but none for this
  // period: the figure may be that rule's, so no accusation ("volgens het ministerie 24.900
  // vertrokken" is not the DT&V's 17.080 of the same year).
  // (Only a rule with a figure of this kind within a year of the period: one that began later
  // or stopped earlier is not silent on it.)
  const at = periodBegin(claim.period.value!);
  const beyondRevision = (id: string, base: string): boolean => {
    const baseFacts = per.find((p) => p.id === base)?.same;
    if (!baseFacts) return false;
    const theirs = comparableFacts(fig(base), facts);
    // (Measured both relatively and in persons: a net figure, the difference of two flows, is
    // revised by as many persons as the flows are, a far larger share of itself — CBS's first
    // estimate of a year's net migration may lie 10% from the final figure.)
    let widest = -1;
    let widestBy = -1;
    for (const f of comparableFacts(fig(id), facts)) {
      for (const g of theirs) {
        if (!f.period || f.period !== g.period || mid(g) === 0) continue;
        widest = Math.max(widest, Math.abs(mid(f) - mid(g)) / mid(g));
        widestBy = Math.max(widestBy, Math.abs(mid(f) - mid(g)));
      }
    }
    return widest > 0 && baseFacts.every((f) => Math.abs(rel(f, j)) > REVISION_MARGIN * widest && Math.abs(mid(j) - mid(f)) > REVISION_MARGIN * widestBy);
  };
  const gap = (q: string) => Math.max(0, at - periodEnd(q), periodBegin(q) - periodEnd(claim.period.value!));
  /** The facts of rule `id` and of a known rule `known` for one period, within two years of the figure's (the ratio of two counts drifts). */
  const pairsWithin = (id: string, known: string, years: number) => {
    const theirs = comparableFacts(fig(id), facts);
    return comparableFacts(fig(known), facts).flatMap((g) => (!!g.period && mid(g) > 0 && gap(g.period) <= years ? theirs.filter((f) => f.period === g.period).map((f) => ({ f, g })) : []));
  };
  const pairsNear = (id: string, known: string) => pairsWithin(id, known, 2);
  /** The same, for any period the sources hold both for. */
  const pairsAny = (id: string, known: string) => pairsWithin(id, known, Infinity);
  // Beyond every counting rule: the figure lies above every rule's figure for the period, or
  // below every one, each past the text's precision (some 18,000 who "applied" in a year of 22,540
  // first applications and 29,435 in all). Which rule the words follow then decides
  // nothing — under each the figure is wrong — and a rule silent on the period rescues it only
  // where its figures, scaled as they stand to a known rule's in nearby years, would come near it.
  // (Only where the words allow rules far apart, a narrow count and a broad one, and the figure
  // lies past both ends: where they allow only one kind — "het totale aantal asielverzoeken" — a
  // rule silent on the period may be the one the text follows, whatever its neighbours' figures.)
  const levels = nearestPerRule.map(mid);
  const rulesApart = levels.length > 1 && Math.max(...levels) > Math.min(...levels) * (1 + RULES_APART);
  const above = samePeriodFacts.every((f) => factInterval(f)[1] < page[0]);
  const below = samePeriodFacts.every((f) => factInterval(f)[0] > page[1]);
  const beyondAll = rulesApart && (above || below);
  // (Scaled by the known rule whose figures stand nearest the silent one's in those years: a total
  // follows the total best, not the first applications it is half again as large as.)
  const projections = (id: string): number[] => {
    const byRule = per.map((p, i) => {
      const ratios = pairsNear(id, p.id).flatMap(({ f, g }) => (mid(f) > 0 ? [mid(f) / mid(g)] : []));
      const apart = ratios.length ? Math.max(...ratios.map((r) => Math.abs(Math.log(r)))) : Infinity;
      return { apart, projected: ratios.map((r) => r * mid(nearestPerRule[i])) };
    });
    const nearest = byRule.reduce((a, b) => (b.apart < a.apart ? b : a), { apart: Infinity, projected: [] as number[] });
    return nearest.projected;
  };
  const outOfReach = (id: string) => {
    const projected = projections(id);
    return projected.length > 0 && projected.every((v) => (above ? page[0] > v * (1 + RULES_APART) : page[1] < v * (1 - RULES_APART)));
  };
  const silent = j.ids.find((id) => {
    if (per.some((p) => p.id === id)) return false;
    if (beyondAll && outOfReach(id)) return false;
    if (id === j.namedRule) return true;
    // (The measure itself, beside its counting rules, holds only what the seed documents quote
    // of them: their silence on a year says nothing of the rules'.)
    if (id === claim.measure.value && j.ids.length > 1) return false;
    // A release of a series the sources hold for this period is silent only as far as releases
    // of it differ: far beyond the widest gap the sources show between the two, the figure is
    // no earlier release of it ("298.000" for 2021's 252,528, where releases differ by < 1%).
    const base = j.republishes && own(j.republishes, id);
    if (base && beyondRevision(id, base)) return false;
    return comparableFacts(fig(id), facts).some((f) => f.period && periodShape(f.period) === shape && Math.abs(periodBegin(f.period) - at) <= 1.01);
  });
  if (silent) return context({ why: 'other-rule-silent', factId: nearestDiff.id }, comparisons);
  // A counting rule the words allow that the sources hold for other periods only, and that would
  // give about this figure: scaled by how its figures stand to those of the rule compared with in
  // a period the sources hold both for (returns to any country are some 20% more than returns
  // outside the EU; "nearly 42,000 were returned" in a quarter the sources give only the narrower
  // count of, 34,155). The words do not say which the figure counts, so no accusation.
  // (Only pairs from within two years of the figure's period: the ratio of two counts drifts.)
  const otherRuleWould = j.ids.some((id) => {
    if (per.some((p) => p.id === id) || (id === claim.measure.value && j.ids.length > 1)) return false;
    return per.some((p) => {
      const base = closest(p.same, pageMid);
      const near = pairsNear(id, p.id);
      // (Where the sources hold the two rules together only years away — Eurostat's applicants in
      // all for 2022, its first-time applicants for every year — and the two stand close there,
      // within a fifth of each other, they stand close in other years too, on the same side: a
      // figure between the compared rule's and what the other would give, "704,600 asylum
      // applications" in 2017 against 654,600 first-time applicants and applicants in all some 9 %
      // above them, may count the other. No accusation. Not two counts far apart, whose ratio
      // drifts: first applications and nareizigers together were 1.9 times the first in 2017,
      // 1.3 times in 2023.)
      const pairs = near.length || beyondAll ? near : pairsAny(id, p.id);
      if (!pairs.length) return false;
      const nearest = pairs.reduce((x, y) => (Math.abs(periodBegin(y.g.period!) - at) < Math.abs(periodBegin(x.g.period!) - at) ? y : x));
      const ratio = mid(nearest.f) / mid(nearest.g);
      const projected = ratio * mid(base);
      if (!near.length) return Math.abs(Math.log(ratio)) <= Math.log(1 + 2 * RULES_APART) && overlaps(page, [Math.min(projected, mid(base)), Math.max(projected, mid(base))]);
      // (Only where the two stand in about the same ratio in each of those periods: the ratio of
      // first applications to the total inflow moved from 1.37 in 2015 to 1.95 in 2017.)
      const ratios = pairs.map(({ f, g }) => mid(f) / mid(g));
      if (Math.max(...ratios) > Math.min(...ratios) * (1 + RULES_APART)) return false;
      // (Only a rule that counts something else — its figure that far from the compared one's —
      // and a figure close to what it would give.)
      return Math.abs(projected - mid(base)) > RULES_APART * mid(base) && Math.abs(pageMid - projected) <= (RULES_APART / 2) * projected;
    });
  });
  if (otherRuleWould) return context({ why: 'frame', slot: 'counting-rule', factId: nearestDiff.id }, comparisons);
  const strongPeriod = ['apposition', 'clause', 'sentence'].includes(claim.period.how) && !claim.period.alt;
  if (!claim.measure.strong || !strongPeriod || claim.geo.assumed) return context({ why: 'weak-reading', factId: nearestDiff.id }, comparisons);
  // Every source figure it differs from was published after the text: the text could only
  // report what stood then (a provisional figure, an earlier release), so no accusation.
  if (j.published && /^\d{4}/.test(j.published)) {
    const writtenBy = periodEnd(j.published);
    // (Unless the figure is far from every release of the series: then it is none of them. Not
    // for a text written within weeks of the period's end — "220 thousand … in 2017" on 2 January
    // 2018 — which can only give an estimate made before the count was complete.)
    const justOver = periodBegin(j.published) - periodEnd(claim.period.value!) < JUST_OVER;
    const noRelease = !justOver && per.every((p) => Object.entries(j.republishes ?? {}).some(([id, base]) => base === p.id && beyondRevision(id, base)));
    if (!noRelease && per.every((p) => p.same.every((f) => f.published && publishedAt(f.published) >= writtenBy))) return context({ why: 'later-release', factId: nearestDiff.id }, comparisons);
  }
  // A figure written half a year or more after the source's figure, close to it: sources revise
  // earlier periods when they publish the next (a half-year's total set against a newer one a
  // year after the first release; a total for 2016 quoted from Eurostat's release of 2018,
  // 0.2 % above the release of 2017 the facts hold). A revision is not an error; a figure far
  // off is still accused.
  if (j.published && /^\d{4}/.test(j.published)) {
    const writtenBy = periodBegin(j.published);
    const revisable = (f: FactLite) => !!f.published && writtenBy - periodEnd(f.published) >= 0.5 && Math.abs(rel(f, j)) <= LATER_RELEASE_SHIFT;
    if (per.every((p) => p.same.some(revisable))) return context({ why: 'revised-base', factId: nearestDiff.id }, comparisons);
  }
  // The words allow counting rules whose figures for the period differ by more than a release's
  // revision (35,535 first applications, 47,991 in all): the text did not say which it follows,
  // and that slot decides, so no accusation ("36,540 asylum applications were filed in 2022").
  if (rulesApart && !beyondAll) return context({ why: 'frame', slot: 'counting-rule', factId: nearestDiff.id }, comparisons);
  // The figure lies between the sources' own figures for the period, a few percent apart (IND
  // 24,690, CBS 24,740; the text 24,725; a provisional 401,351 and a final 403,108; the text
  // 402,000): no source is more right than another to that precision, and the text may follow a
  // third count or a release between them. Outside their range it is still accused, and so it is
  // between figures further apart, which count different things (530 resettled under the national
  // scheme, 730 under the EU-Turkey statement: "620" is neither).
  const all = samePeriodFacts.map(mid);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  if (all.length > 1 && hi <= lo * (1 + SOURCES_APART) && overlaps(page, [lo, hi])) return context({ why: 'sources-differ', factId: nearestDiff.id }, comparisons);
  // "the EU" on the page matches the EU+ facts of the asylum agency (EU with Norway and
  // Switzerland), which journalists call the EU: enough to agree with them, not to accuse. A
  // figure of the EU itself differs from a count of a wider area without being wrong.
  const wider = (claim.geo.value ?? '').toUpperCase() === 'EU' ? samePeriodFacts.find((f) => factArea(f.geo) === 'EU+') : undefined;
  if (wider) return context({ why: 'other-area', factId: wider.id }, comparisons);
  // A count running up to the day the text was written ("sinds de inval al ruim
  // 60.000", in a text of May), against a source's count dated only by that month: taken on
  // another day of it, perhaps — a running count grows, so a difference shows no error. So is
  // any count of the month the text was written in ("nu 58.600 ingeschreven" in a text of May):
  // that month was not over, and a stock changes within it.
  if ((claim.period.running || ofWritingMonth) && samePeriodFacts.every((f) => !!f.period && periodShape(f.period) !== 'day')) return context({ why: 'running-count', factId: nearestDiff.id }, comparisons);
  return accuse(j.stated ? otherPeriodOf(() => true) : undefined);
}

/** How long (years) a source's standing figure, one it gives with no period, may be what a later text quotes. */
const STANDING_FOR = 2;

/** How far apart the sources' figures for a period may lie and still be counts of one thing by different publishers or releases. */
const SOURCES_APART = 0.05;

/** Within how long after its period's end (in years: five weeks) a text's figure can only be an estimate. */
const JUST_OVER = 5 / 52;

/**
 * When a source figure came out, for "was it out when the text was written?". A month or a day
 * is taken at its start (a text of the same month could have known it); a bare year says only
 * that it came out some time that year, so it is taken at the middle: a text of January is not
 * accused with a figure its source may have published in December.
 */
function publishedAt(published: string): number {
  return /^\d{4}$/.test(published) ? periodMid(published) : periodBegin(published);
}

/** How far apart the candidate counting rules' figures must be for the rule to decide (beyond any release's revision). */
const RULES_APART = 0.1;

/** How far a source's later release of a period commonly moves from its first (EUAA, Eurostat: 1–3 %). */
const LATER_RELEASE_SHIFT = 0.03;

/** True when period `a` overlaps `b` widened by `years` on either side. */
function nearPeriod(a: string, b: string, years: number): boolean {
  return periodBegin(a) < periodEnd(b) + years - 1e-9 && periodEnd(a) > periodBegin(b) - years + 1e-9;
}

/** The kind of period a string names: a year, quarter, month, day or a span. */
function periodShape(p: string): string {
  if (p.includes('/')) return 'span';
  if (/-Q\d$/.test(p)) return 'quarter';
  if (/^\d{4}-\d\d-\d\d$/.test(p)) return 'day';
  if (/^\d{4}-\d\d$/.test(p)) return 'month';
  return 'year';
}

/**
 * A round figure ("1.3 million") whose words leave the counting rule open and that agrees with
 * the figures of two rules its words allow only by lying between them (1,256,600 first-time
 * applicants below it, almost 1.4 million applications in all above it, more than a release's
 * revision apart, each at the edge of its rounding) is neither rule's: news gives such a number
 * for a third count between them (every application in the EU alone, which the sources do not
 * hold). A figure that agrees with one rule alone, with rules close together, or with a figure
 * it was plainly rounded from ("1.2 million" for 1,204,300), still agrees.
 */
function betweenRules(per: ReadonlyArray<{ agreeing: FactLite[] }>, j: { value?: number; range?: [number, number] }, q: Qualifier): boolean {
  if (per.length < 2 || j.range || j.value === undefined || (q !== 'exact' && q !== 'approximately')) return false;
  const v = j.value;
  const agreeing = per.flatMap((p) => p.agreeing);
  // (A fact within a quarter of the rounding step of the figure is what it was rounded from.)
  if (agreeing.some((f) => Math.abs(mid(f) - v) <= roundingStep(v) / 4)) return false;
  const below = agreeing.filter((f) => mid(f) < v);
  const above = agreeing.filter((f) => mid(f) > v);
  return below.some((f) => above.some((g) => mid(g) > mid(f) * (1 + RULES_APART)));
}

function closest(fs: FactLite[], v: number): FactLite {
  return [...fs].sort((a, b) => Math.abs(v - mid(a)) - Math.abs(v - mid(b)))[0];
}

function rel(f: FactLite, j: { value?: number; range?: [number, number] }): number {
  const sv = mid(f);
  return sv !== 0 ? (mid(j) - sv) / sv : Infinity;
}

function differ(f: FactLite, j: { value?: number; range?: [number, number] }): Comparison {
  const sv = mid(f);
  const diffAbs = mid(j) - sv;
  return { verdict: 'differs', factId: f.id, ...src(f), diffAbs, diffRel: sv !== 0 ? diffAbs / sv : undefined };
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** "2022-12-31", "2022-04-30": the last day of its month. */
function isMonthEnd(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  return daysInMonth(y, m) === d;
}
