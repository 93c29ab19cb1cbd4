/**
 * Which blocks lie near the viewport: a scan reads those first (the first highlights a reader
 * sees) and the rest after, in reading order; the list of annotations in view asks the same of
 * placed blocks. Kept apart from the annotator because finding the near blocks cheaply (a
 * binary search over layout boxes instead of one layout read per block) is its own piece of
 * reasoning about layout.
 */
import type { CollectedText } from './collect';
import { anchorOf } from './placing';

/** Below this many blocks every block counts as near: ordering would save nothing. */
const FEW_BLOCKS = 50;

/**
 * Indices [from, to) of the blocks within `margin` px of the viewport. Blocks come in
 * document order, which is (nearly) top-to-bottom order: a binary search finds the first
 * one not above the window, then blocks are read until a few in a row lie below it. Costs
 * a handful of layout reads instead of one per block. A block out of order (a float, a
 * fixed header) is at worst treated as far: it is read later, and painted on approach.
 */
function nearViewport(blocks: CollectedText[], viewHeight: number, margin: number): [number, number] {
  const rect = (i: number) => anchorOf(blocks[i])?.getBoundingClientRect() ?? null;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rect(mid);
    if (r && r.bottom < -margin) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  let below = 0;
  for (let i = lo; i < blocks.length && below < 8; i++) {
    const r = rect(i);
    if (r && r.top > viewHeight + margin) below++;
    else {
      below = 0;
      end = i + 1;
    }
  }
  return [lo, end];
}

export interface ViewFirstOrder {
  /** Indices into the blocks: the near ones first, then the others in reading order. */
  order: number[];
  /** The near blocks are [nearFrom, nearTo) of the blocks, and the first nearTo - nearFrom of `order`. */
  nearFrom: number;
  nearTo: number;
}

/** The blocks near the view (within `screens` viewport heights) first, then the rest in reading order. */
export function viewFirstOrder(blocks: CollectedText[], viewHeight: number, screens: number): ViewFirstOrder {
  const [nearFrom, nearTo] = blocks.length > FEW_BLOCKS ? nearViewport(blocks, viewHeight, screens * viewHeight) : [0, blocks.length];
  const order: number[] = [];
  for (let i = nearFrom; i < nearTo; i++) order.push(i);
  for (let i = 0; i < blocks.length; i++) if (i < nearFrom || i >= nearTo) order.push(i);
  return { order, nearFrom, nearTo };
}

/** False only for an element whose box lies more than `margin` px above or below the viewport. */
export function mayBeNearView(anchor: Element | null, viewHeight: number, margin: number): boolean {
  const r = anchor?.getBoundingClientRect();
  return !(r && (r.bottom < -margin || r.top > viewHeight + margin));
}
