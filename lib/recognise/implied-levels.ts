/**
 * "In 2020, 172.000 migrants without Dutch citizenship settled here, 45.000 fewer than in 2019. …
 * In 2019 itself, 217.000 people came": a level and the change from an earlier time in its
 * sentence give that time's level (172,000 + 45,000). A later figure of that time equal
 * to it counts what the first level counted — a part the engine could not name — whatever words
 * it stands in now. It gets no verdict: judged as everyone, it would accuse correct journalism.
 */
import { interval } from './precision';
import type { Annotation } from './types';

/** Figures whose counted part the text defined through an earlier level and its change: their verdicts withdrawn. */
export function impliedLevels(figures: Annotation[]): void {
  const sorted = figures.filter((a) => a.kind === 'figure' && a.claim).sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const level = sorted[k];
    const change = sorted[k + 1];
    const lc = level.claim!;
    const cc = change.claim!;
    // The level counts a part (a nationality, "without a Dutch nationality"): else the later
    // figure counts what its own words say, and is judged by them.
    if (lc.aggregation.value !== 'level' || !(lc.subset.restricted || lc.subset.value)) continue;
    if (cc.aggregation.value !== 'change' || !cc.aggregation.direction || level.value === undefined || change.value === undefined) continue;
    // (The time it is measured from; or, where "than" was mistyped — "44.000 fewer that in
    // 2019" — the change's own other time than the level's.)
    const earlier = cc.aggregation.since ?? (cc.period.value !== lc.period.value ? cc.period.value : null);
    if (!earlier || earlier === lc.period.value || change.start - level.end > 80) continue;
    const by = Math.abs(change.value);
    const implied = cc.aggregation.direction === 'decrease' ? level.value + by : level.value - by;
    for (const f of sorted.slice(k + 2)) {
      const fc = f.claim!;
      if (fc.aggregation.value !== 'level' || fc.period.value !== earlier || fc.subset.restricted || fc.subset.value || f.value === undefined) continue;
      const [lo, hi] = interval(f.value, undefined, fc.qualifier.value, true);
      if (implied < lo || implied > hi) continue;
      f.claim = { ...fc, subset: { ...fc.subset, determined: false, restricted: true, words: lc.subset.words } };
      if (f.verdict === 'consistent' || f.verdict === 'differs') {
        f.verdict = 'context';
        f.comparison = f.comparison ? { ...f.comparison, verdict: 'context' } : null;
        f.reason = { why: 'frame', slot: 'subset', ...(f.comparison?.factId ? { factId: f.comparison.factId } : {}) };
      }
    }
  }
}
