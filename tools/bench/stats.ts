/**
 * The bench's statistics and number formatting: medians of repetitions, and figures printed with
 * a fixed number of decimals ('–' where a measurement is missing).
 */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
/** The p-th percentile (nearest rank) of xs; NaN without any. */
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
