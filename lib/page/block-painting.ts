/**
 * Painting blocks of annotations with as few expensive frames as possible.
 *
 * Chromium repaints the whole page for every frame in which a highlight changed (on a page of a
 * million nodes, 50-90 ms each), and re-validates every registered range in each frame after a
 * highlight changes. So the blocks near the view are painted together, in one frame; a block
 * further away is painted when it comes within NEAR_SCREENS of the viewport (an
 * IntersectionObserver watches it); and a block with hundreds of annotations (one text node of
 * a megabyte) has only the window of them near the view registered, which slides as the reader
 * scrolls.
 */
import { HighlightPainter } from './highlights';
import type { Block, PlacedAnnotation } from './placing';
import { rangesNear } from './range-window';

/** How far from the viewport, in screen heights, a block counts as near. */
export const NEAR_SCREENS = 2;

/** A block with more annotations than this has only those near the view painted. */
const WINDOWED_FROM = 300;

export class BlockPainting {
  /** Blocks waiting to come near the view, by the element watched for them (mostly one block per element). */
  private pending = new Map<Element, Block | Block[]>();
  private observer: IntersectionObserver | null = null;
  /** Blocks with so many annotations that only a window of them near the view is painted. */
  private windows = new Map<Block, [number, number]>();
  private windowFrame = 0;

  constructor(
    private readonly doc: Document,
    readonly painter: HighlightPainter,
  ) {}

  /** Paint the block now. */
  paint(block: Block): void {
    if (block.annotations.length <= WINDOWED_FROM) {
      for (const a of block.annotations) this.painter.add(a.paint, a.dom);
      return;
    }
    this.windows.set(block, [0, 0]);
    this.slideWindow(block);
  }

  /** Paint the block when it comes near the viewport (or now, without IntersectionObserver). */
  paintLater(block: Block): void {
    const el = block.anchor;
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!el || !win?.IntersectionObserver) return this.paint(block);
    if (!this.observer) {
      const margin = `${NEAR_SCREENS * (win.innerHeight || 800)}px 0px`;
      this.observer = new win.IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            this.observer?.unobserve(e.target);
            const blocks = this.waitingFor(e.target);
            this.pending.delete(e.target);
            for (const b of blocks) this.paint(b);
          }
        },
        { rootMargin: margin },
      );
    }
    const waiting = this.pending.get(el);
    if (waiting === undefined) {
      this.pending.set(el, block);
      this.observer.observe(el);
    } else if (Array.isArray(waiting)) waiting.push(block);
    else this.pending.set(el, [waiting, block]);
  }

  /**
   * Take the block's highlights down and stop waiting for it; ranges in `keep` stay painted (a
   * block read again has taken them over, range-reuse.ts).
   */
  forget(block: Block, keep?: ReadonlySet<Range>): void {
    for (const a of this.painted(block)) if (!keep?.has(a.dom)) this.painter.remove(a.paint, a.dom);
    this.windows.delete(block);
    const el = block.anchor;
    if (el && this.pending.has(el)) {
      const rest = this.waitingFor(el).filter((b) => b !== block);
      if (rest.length) this.pending.set(el, rest.length === 1 ? rest[0] : rest);
      else {
        this.pending.delete(el);
        this.observer?.unobserve(el);
      }
    }
  }

  /** The block's annotations that are painted now: none while it waits, a big block's window. */
  painted(block: Block): readonly PlacedAnnotation[] {
    if (!block.placed || (block.anchor && this.pending.has(block.anchor) && this.waitingFor(block.anchor).includes(block))) return [];
    const list = block.annotations;
    const w = this.windows.get(block);
    return w ? list.slice(w[0], w[1]) : list;
  }

  /** Forget every waiting and windowed block (the highlights stay until `painter.clear()`). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
    this.windows.clear();
  }

  /**
   * Paint every block that is painted now afresh (after the page tampered with the highlights):
   * waiting blocks keep waiting, windowed blocks get their window again.
   */
  repaint(blocks: readonly Block[]): void {
    this.painter.clear();
    const waiting = new Set<Block>();
    for (const el of this.pending.keys()) for (const b of this.waitingFor(el)) waiting.add(b);
    const windowed = new Map(this.windows);
    this.windows.clear();
    for (const b of blocks) {
      if (waiting.has(b)) continue;
      if (windowed.has(b)) {
        this.windows.set(b, [0, 0]);
        this.slideWindow(b);
      } else this.paint(b);
    }
  }

  /** The reader scrolled or resized: move the painted windows of big blocks (once per frame). */
  viewportMoved(): void {
    const win = this.doc.defaultView;
    if (!this.windows.size || this.windowFrame || !win) return;
    this.windowFrame = win.requestAnimationFrame(() => {
      this.windowFrame = 0;
      for (const block of this.windows.keys()) this.slideWindow(block);
    });
  }

  private waitingFor(el: Element): Block[] {
    const w = this.pending.get(el);
    return w === undefined ? [] : Array.isArray(w) ? w : [w];
  }

  /** Paint the annotations of a big block that are near the view now, and only those. */
  private slideWindow(block: Block): void {
    const was = this.windows.get(block);
    if (!was) return;
    const viewHeight = this.doc.defaultView?.innerHeight ?? 800;
    const [from, to] = rangesNear(block.annotations, viewHeight, NEAR_SCREENS * viewHeight);
    if (from === was[0] && to === was[1]) return;
    const list = block.annotations;
    for (let i = was[0]; i < was[1]; i++) if (i < from || i >= to) this.painter.remove(list[i].paint, list[i].dom);
    for (let i = from; i < to; i++) if (i < was[0] || i >= was[1]) this.painter.add(list[i].paint, list[i].dom);
    this.windows.set(block, [from, to]);
  }
}
