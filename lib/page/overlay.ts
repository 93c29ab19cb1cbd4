/**
 * The fallback where the CSS Custom Highlight API is missing: boxes drawn in the
 * extension's own layer over the annotated text, for the part of the page in view.
 */
import type { HighlightKind, OverlayBox } from '../view/geometry';

export function overlayBoxes(
  items: ReadonlyArray<{ kind: HighlightKind; range: Range }>,
  viewport: { width: number; height: number },
  limit = 2000,
): OverlayBox[] {
  const boxes: OverlayBox[] = [];
  for (const { kind, range } of items) {
    for (const r of Array.from(range.getClientRects())) {
      if (r.bottom < 0 || r.top > viewport.height || r.right < 0 || r.left > viewport.width || !r.width) continue;
      boxes.push({ kind, left: r.left, top: r.top, width: r.width, height: r.height });
      if (boxes.length >= limit) return boxes;
    }
  }
  return boxes;
}
