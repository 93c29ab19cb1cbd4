/**
 * Verdicts: a linked figure compared with the facts of the same concept, unit, period and geo.
 *
 * - `consistent`: the page's figure, read with the precision the page itself states, covers
 *   the source's figure. A page figure is read as an interval:
 *     exact "38.000"            → rounding to its significant digits: 38.000 ± 500
 *                                 (widths are capped at 10 % of the value);
 *     exact "38.325"            → exactly 38.325;
 *     approximately "circa 40"  → ± max(half a step, 2.5 %): 36–44 for "40 procent";
 *     more-than / at-least "ruim 38.000" → 38.000 … 38.000 + max(one step, 5 %);
 *     less-than / at-most "bijna 2900"   → 2900 − max(one step, 5 %) … 2900;
 *     a range "84–87 procent"   → the range.
 *   The source's figure is read the same way (its qualifier, its digits), and the two agree
 *   when the intervals overlap.
 * - `differs`: same concept/unit/period/geo, no agreeing fact; `diffAbs` = page − source
 *   (midpoints for ranges), `diffRel` = diffAbs / source. The fact cited is the closest one.
 * - `context`: no fact for that period (or the page gives none), but facts of the same
 *   concept, unit and geo for other periods exist: they are listed nearest period first
 *   (relative to the figure's period, else the publication year, else the latest first).
 * - the page's period begins after the newest fact's period ends ("in 2025" when the newest
 *   figure is for 2024): verdict null and `beyond` names the newest fact — the card says the
 *   pack is not that recent instead of comparing with older years.
 * - nothing fits: verdict null, factIds [] — never a verdict without a fact to cite.
 *
 * Same period: equal period strings; a page figure without a period and a standing fact
 * without one; or a cumulative fact up to the page's date ("tot 1 november 2023" against
 * 2022-02-24/2023-11-01).
 *
 * Facts with confidence 'low' never back a verdict (official-figures README); facts that state
 * a change ("17 % minder") are compared only with figures read as changes ("met 25 procent
 * gedaald"), and levels only with levels. Facts without a period come last in `context`. Geo "EU" on the page matches facts
 * with geo EU, EU27, EU28, EU+ …; other codes must be equal.
 */
import type { Comparison, Qualifier, Unit, Verdict } from './types';

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

export interface FigureLike {
  concept: string | null;
  value?: number;
  range?: [number, number];
  unit: Unit;
  qualifier: Qualifier;
  period: string | null;
  geo: string | null;
  /** A change ("25 procent gedaald"): compared only with facts that state a change. */
  change?: boolean;
}

export interface Judgement {
  verdict: Verdict | null;
  factIds: string[];
  comparison: Comparison | null;
  /**
   * The page speaks of a period after everything the facts cover (e.g. 2025 when the newest
   * figure is for 2024): no verdict and no context; `latest` is the newest comparable fact.
   */
  beyond?: { latest: string };
}

const NONE: Judgement = { verdict: null, factIds: [], comparison: null };

/** The rounding step a written value implies: 38000 → 1000, 38325 → 1, 0.45 → 0.01. */
export function roundingStep(v: number): number {
  const a = Math.abs(v);
  if (a === 0) return 1;
  if (Number.isInteger(a)) {
    let step = 1;
    let x = a;
    while (x % 10 === 0 && x >= 10) {
      x /= 10;
      step *= 10;
    }
    return step;
  }
  // Decimals: count digits after the point (at most 6).
  const s = a.toFixed(6).replace(/0+$/, '');
  const dec = s.length - s.indexOf('.') - 1;
  return 10 ** -dec;
}

/** The interval a written figure stands for, given its qualifier. */
export function interval(value: number | undefined, range: [number, number] | undefined, q: Qualifier): [number, number] {
  if (range) return [Math.min(range[0], range[1]), Math.max(range[0], range[1])];
  const v = value as number;
  const a = Math.abs(v);
  const step = roundingStep(v);
  // A very round number ("30.000") does not license a ±5.000 reading: widths are capped at 10 %.
  const cap = Math.max(0.1 * a, 1e-9);
  switch (q) {
    case 'approximately': {
      const d = Math.max(Math.min(step / 2, cap), 0.025 * a);
      return [v - d, v + d];
    }
    case 'more-than':
    case 'at-least':
      return [v, v + Math.max(Math.min(step, cap), 0.05 * a)];
    case 'less-than':
    case 'at-most':
      return [v - Math.max(Math.min(step, cap), 0.05 * a), v];
    default: {
      // Exact: a round number is read as rounded to its significant digits.
      const d = step > 1 ? Math.min(step / 2, cap) : 0;
      return [v - d, v + d];
    }
  }
}

function geoMatches(page: string | null, fact: string): boolean {
  const p = (page ?? 'NL').toUpperCase();
  const f = fact.toUpperCase();
  if (p === f) return true;
  if (p === 'EU') return f.startsWith('EU');
  // "EU27" on the page: Eurostat's EU27_2020 aggregate; "EU28": the pre-Brexit one.
  if (p === 'EU27' || p === 'EU28') return f.startsWith(p);
  if (p === 'WORLD') return f === 'WORLD' || f === 'WORLDWIDE' || f === 'GLOBAL';
  return false;
}

function mid(value: number | undefined, range: [number, number] | undefined): number {
  return range ? (range[0] + range[1]) / 2 : (value as number);
}

function periodStart(p: string): number {
  // Fractional year for ordering: 2023 → 2023.5, 2023-Q1 → 2023.125, 2015/2018 → mid.
  const parts = p.split('/');
  const one = (s: string) => {
    const y = Number(s.slice(0, 4));
    let m = /-Q([1-4])/.exec(s);
    if (m) return y + (Number(m[1]) - 0.5) / 4;
    m = /-(\d\d)/.exec(s);
    if (m) return y + (Number(m[1]) - 0.5) / 12;
    return y + 0.5;
  };
  return parts.length === 2 ? (one(parts[0]) + one(parts[1])) / 2 : one(parts[0]);
}

/** Fractional year at which a period ends: 2023 → 2024, 2024-Q3 → 2024.75, 2023-10-31 → ~2023.83. */
export function periodEnd(p: string): number {
  const parts = p.split('/');
  const s = parts[parts.length - 1];
  const y = Number(s.slice(0, 4));
  let m = /-Q([1-4])/.exec(s);
  if (m) return y + Number(m[1]) / 4;
  m = /-(\d\d)-(\d\d)/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 12 + Number(m[2]) / 372;
  m = /-(\d\d)/.exec(s);
  if (m) return y + Number(m[1]) / 12;
  return y + 1;
}

/** Fractional year at which a period begins: 2025 → 2025, 2024-Q4 → 2024.75. */
export function periodBegin(p: string): number {
  const s = p.split('/')[0];
  const y = Number(s.slice(0, 4));
  let m = /-Q([1-4])/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 4;
  m = /-(\d\d)-(\d\d)/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 12 + (Number(m[2]) - 1) / 372;
  m = /-(\d\d)/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 12;
  return y;
}

/**
 * Does a fact speak of the page's period? Equal periods; both without a period (a standing
 * figure such as "circa 40 procent keert terug"); or a cumulative span up to the page's date
 * ("tot 1 november 2023": a fact for 2022-02-24/2023-11-01).
 */
function samePeriod(page: string | null, fact: string | null): boolean {
  if (page === fact) return true;
  if (!page || !fact) return false;
  return /^\d{4}-\d\d-\d\d$/.test(page) && fact.includes('/') && fact.endsWith('/' + page);
}

/**
 * Facts grouped by concept and by id, built once per facts array (a lexicon's facts never
 * change after compiling): a figure is compared with its concept's facts only, so judging
 * stays as fast when the fact base grows tenfold.
 */
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

/** The fact with this id, if the facts have it. */
export function factById(facts: readonly FactLite[], id: string): FactLite | undefined {
  return factIndex(facts).byId.get(id);
}

/** The facts a figure may be compared with at all: same concept, unit, geo, level vs change; never low confidence. */
export function comparableFacts(fig: FigureLike, facts: readonly FactLite[]): FactLite[] {
  if (!fig.concept) return [];
  return (factIndex(facts).byConcept.get(fig.concept) ?? []).filter(
    (f) =>
      f.unit === fig.unit &&
      geoMatches(fig.geo, f.geo) &&
      f.confidence !== 'low' &&
      !!f.change === !!fig.change &&
      (f.value !== undefined || f.range !== undefined),
  );
}

/**
 * `olderAsContext`: give context even when the page's period is after every fact (the caller
 * judges freshness across several definitions itself).
 */
export function judge(fig: FigureLike, facts: FactLite[], opts: { published?: string | null; olderAsContext?: boolean } = {}): Judgement {
  if (!fig.concept || (fig.value === undefined && !fig.range)) return NONE;
  const candidates = comparableFacts(fig, facts);
  if (candidates.length === 0) return NONE;

  const same = candidates.filter((f) => samePeriod(fig.period, f.period));
  if (same.length) {
    const samePeriod = same;
    const [lo, hi] = interval(fig.value, fig.range, fig.qualifier);
    const agreeing = samePeriod.filter((f) => {
      const [flo, fhi] = interval(f.value, f.range, f.qualifier);
      return lo <= fhi + 1e-9 && flo <= hi + 1e-9;
    });
    const pageMid = mid(fig.value, fig.range);
    if (agreeing.length) {
      const f = agreeing[0];
      const ordered = [...agreeing, ...samePeriod.filter((x) => !agreeing.includes(x))];
      return {
        verdict: 'consistent',
        factIds: ordered.map((x) => x.id),
        comparison: { verdict: 'consistent', factId: f.id, ...src(f) },
      };
    }
    const byCloseness = [...samePeriod].sort((a, b) => Math.abs(pageMid - mid(a.value, a.range)) - Math.abs(pageMid - mid(b.value, b.range)));
    const f = byCloseness[0];
    const sv = mid(f.value, f.range);
    const diffAbs = pageMid - sv;
    return {
      verdict: 'differs',
      factIds: byCloseness.map((x) => x.id),
      comparison: { verdict: 'differs', factId: f.id, ...src(f), diffAbs, diffRel: sv !== 0 ? diffAbs / sv : undefined },
    };
  }

  // Freshness: the page's period begins after the newest fact ends — say so, do not compare.
  const withPeriod = candidates.filter((f) => f.period);
  if (fig.period && withPeriod.length && !opts.olderAsContext) {
    let latest = withPeriod[0];
    for (const f of withPeriod) if (periodEnd(f.period!) > periodEnd(latest.period!)) latest = f;
    if (periodBegin(fig.period) >= periodEnd(latest.period!) - 1e-9) return { ...NONE, factIds: [], beyond: { latest: latest.id } };
  }

  // Context: other periods, nearest first.
  const timeless = candidates.filter((f) => !f.period);
  if (withPeriod.length === 0 && timeless.length === 0) return NONE;
  const pubYear = opts.published && /^\d{4}/.test(opts.published) ? Number(opts.published.slice(0, 4)) + 0.5 : null;
  const ref = fig.period ? periodStart(fig.period) : pubYear;
  const ordered = [...withPeriod].sort((a, b) =>
    ref !== null
      ? Math.abs(periodStart(a.period!) - ref) - Math.abs(periodStart(b.period!) - ref) || periodStart(b.period!) - periodStart(a.period!)
      : periodStart(b.period!) - periodStart(a.period!),
  );
  ordered.push(...timeless);
  const f = ordered[0];
  return { verdict: 'context', factIds: ordered.map((x) => x.id), comparison: { verdict: 'context', factId: f.id, ...src(f) } };
}

function src(f: FactLite): { sourceValue?: number; sourceRange?: [number, number] } {
  return f.range ? { sourceRange: f.range } : { sourceValue: f.value };
}
