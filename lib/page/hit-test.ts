/**
 * Finding the annotation under the pointer: caret-from-point gives the text position, the
 * annotation containing it is found by binary search over the annotations' ranges, and the
 * range's boxes confirm the pointer is really over the text (a caret position is also
 * reported for blank space).
 */

/** The DOM position (text node and offset) under a viewport point, if any. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const anyDoc = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof anyDoc.caretPositionFromPoint === 'function') {
    const pos = anyDoc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = anyDoc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Index of the first item not wholly before a point, by binary search. `side(item)` says
 * where the point is relative to the item, as Range.comparePoint does: -1 before it, 0 inside,
 * 1 after it. Items are in document order and do not overlap. Returns items.length when
 * every item is before the point.
 */
export function firstNotBefore<T>(items: readonly T[], side: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (side(items[mid]) > 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function rectsContain(range: Range, x: number, y: number, slop = 1): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}
