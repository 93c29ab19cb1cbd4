/**
 * The part of a long list of ranges, in reading order, that lies near the viewport. Used for a
 * block with thousands of annotations (one text node of a megabyte): Chromium's pre-paint of
 * underlined highlights costs in proportion to the ranges registered in a text node (about
 * 100 ms per 4,000 in one frame), so only the ranges near the view are registered, and the
 * window slides as the reader scrolls.
 */

/** Indices [from, to) of the ranges within `margin` px above or below a viewport of `viewHeight`. */
export function rangesNear(ranges: readonly { dom: Range }[], viewHeight: number, margin: number): [number, number] {
  const rect = (i: number) => ranges[i].dom.getBoundingClientRect();
  const firstWhere = (test: (r: DOMRect) => boolean) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(rect(mid))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = firstWhere((r) => r.bottom >= -margin);
  const to = firstWhere((r) => r.top > viewHeight + margin);
  return [from, Math.max(from, to)];
}
