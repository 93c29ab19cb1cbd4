/**
 * Finding the annotation under the pointer: caret-from-point gives the text position, the
 * annotation containing it is found by binary search, and the range's boxes confirm the
 * pointer is really over the text (a caret position is also reported for blank space).
 */

export interface Located {
  start: number;
  end: number;
}

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

/** Index of the annotation (sorted by start, non-overlapping) covering text offset `at`, or -1. */
export function annotationIndexAt(items: readonly Located[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid];
    if (at < it.start) hi = mid - 1;
    else if (at >= it.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function rectsContain(range: Range, x: number, y: number, slop = 1): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}
