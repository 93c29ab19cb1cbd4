/** Searching sorted sequences. */

/**
 * A binary search: the first index in [0, n) at which `before(i)` is false, where `before` is
 * true for a prefix of the indices and false for the rest (n when it is never false).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of the sorted numbers `arr` whose value is ≥ x (arr.length when none is). */
export function lowerBound(arr: ArrayLike<number>, x: number): number {
  return partitionPoint(arr.length, (i) => arr[i] < x);
}
