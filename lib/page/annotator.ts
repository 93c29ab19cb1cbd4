/**
 * The page side of annotating: read the page's text, have it recognised (by the background:
 * `RecognisePieces`), place and paint what comes back, and answer "which annotation is here?".
 * This and the other lib/page modules are the only library code that touches the DOM; the
 * page's own nodes are only read, never changed.
 *
 * Work is done per block (paragraph, heading, cell …) and in time slices, blocks in view
 * first, so a long page never freezes: the main thread is handed back between slices, and
 * recognition itself does not run on it. A block far from the view waits unplaced (placing.ts
 * `Block`) until the reader gets near it or asks for every annotation. A mutation re-reads, and
 * sends, only the blocks it touched. Over 400 lines because scans and re-reads share state that must stay in step (blocks,
 * index, generation, queues); what needs none of it is in batch-replies, near-viewport, time-slices.
 */
import { blocksOfBatch, sendBatches, type RecognisePieces } from './batch-replies';
import { BlockIndex, outermost, ownerOf } from './block-index';
import { BlockPainting, NEAR_SCREENS } from './block-painting';
import { collectBlocksInSlices, type CollectedText } from './collect';
import { HighlightPainter } from './highlights';
import { caretAt, firstNotBefore, rectsContain } from './hit-test';
import { annotationEntries, exportPieces, piecesHolding, type ExportPieces } from './page-text';
import type { PaintChoices } from './paint-choices';
import { batchPiecesInSlices } from './pieces';
import { Block, intact, placeAnnotations, type PlacedAnnotation, type PlacedPiece, type PlacingContext } from './placing';
import { mayBeNearView, viewFirstOrder } from './near-viewport';
import { RangeReuse } from './range-reuse';
import { timeSlice, yieldToPage, type TimeSlice } from './time-slices';

export type { PlacedAnnotation } from './placing';
export type { RecognisePieces } from './batch-replies';
export { yieldToPage } from './time-slices';

export interface ScanOptions {
  /** Longest stretch of work before yielding to the page, in milliseconds. */
  sliceMs?: number;
  /** Called after each slice, e.g. to update counts. */
  onProgress?: (done: number, total: number) => void;
  /** Called once the blocks near the view are painted (the first highlights a reader sees). */
  onFirstPaint?: () => void;
}

const EMPTY_BLOCK: CollectedText = { text: '', segments: [] };

export class PageAnnotator {
  private blocks: Block[] = [];
  private generation = 0;
  private sorted: PlacedAnnotation[] | null = [];
  private readonly painting: BlockPainting;
  /** Where the sweep for moved ranges goes on (an index into `blocks`). */
  private sweepAt = -1;
  /** Kept blocks by the element a change is re-read from (block-index.ts). */
  private index = new BlockIndex<Block>();
  /** Elements changed (or subtrees removed) since they were last read, waiting to be re-read. */
  private changed = new Set<Element>();
  private removed = new Set<Element>();
  private scanning = false;
  private draining = false;
  /** Paint figures by verdict; off: one neutral style (takes effect at the next scan). */
  private verdictColours = true;
  /** Called after each round of re-reading changed parts of the page (to refresh the list). */
  onUpdate: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly uiHost: Element | null,
    private recognise: RecognisePieces,
  ) {
    this.painting = new BlockPainting(doc, new HighlightPainter(doc));
  }

  /** How pieces are recognised from the next read on (the page's language or date changed). */
  setRecogniser(recognise: RecognisePieces): void {
    this.recognise = recognise;
  }

  /** Hidden kinds and the style apply at once; verdict colours from the next scan on. */
  applyPaintChoices(choices: PaintChoices): void {
    this.painting.painter.setHidden(choices.hidden);
    this.painting.painter.setStyle(choices.style);
    this.verdictColours = choices.verdictColours;
  }

  /** False where the browser has no CSS Custom Highlight API: the overlay draws instead. */
  get paintsHighlights(): boolean {
    return this.painting.painter.supported;
  }

  /** Every annotation on the page in reading order. */
  get annotations(): PlacedAnnotation[] {
    this.sorted ??= this.blocks.flatMap((b) => b.annotations);
    return this.sorted;
  }

  /**
   * How many annotations the page has, without placing the blocks that wait (theirs counted as
   * recognised; one a reader cannot see is dropped when its block is placed).
   */
  get count(): number {
    let n = 0;
    for (const b of this.blocks) n += b.count;
    return n;
  }

  private root(): Element {
    return this.doc.body ?? this.doc.documentElement;
  }

  private placing(): PlacingContext {
    return { verdictColours: this.verdictColours, root: this.root() };
  }

  /**
   * The block's annotations placed in the page. A very long block (thousands of annotations,
   * in many pieces) is placed piece by piece, handing the thread back between pieces when the
   * slice is used up; an ordinary block (one piece) is placed at once, without an await.
   */
  private place(block: CollectedText, pieces: PlacedPiece[], ctx: PlacingContext, slice: TimeSlice): Block | null | Promise<Block | null> {
    if (pieces.length === 1) return Block.placed(block, placeAnnotations(block, pieces, ctx), ctx.root);
    return (async () => {
      const annotations: PlacedAnnotation[] = [];
      for (const piece of pieces) {
        annotations.push(...placeAnnotations(block, [piece], ctx));
        if (slice.spent()) await slice.pause();
      }
      return Block.placed(block, annotations, ctx.root);
    })();
  }

  /** The last kept block that starts at or before `node` in reading order (-1: none). */
  private blockAt(node: Node): number {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = blocks[mid].start;
      if (start === node || start.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** File a new block: in the index, and in `blocks` at its place in reading order. */
  private keep(block: Block): void {
    if (block.owner) this.index.add(block.owner, block);
    const lo = this.blockAt(block.start) + 1;
    this.blocks.splice(lo, 0, block);
    this.sorted = null;
  }

  /**
   * Undo what the page did to the extension's highlights (highlights.ts `guard`); when it added
   * or removed ranges, paint every block that is painted now afresh. Cheap: a few registry
   * look-ups, unless the page tampered.
   */
  guardHighlights(): void {
    this.sweepMovedRanges();
    if (this.painting.painter.guard()) return;
    this.painting.repaint(this.blocks);
  }

  /**
   * Look at the next few hundred annotations (a full round over a long page takes a few calls):
   * a range that no longer holds its own text was moved by the page (or its text changed and
   * the watcher has not caught up); its block is re-read, which replaces the range.
   */
  private sweepMovedRanges(budget = 500): void {
    const blocks = this.blocks;
    if (!blocks.length) return;
    let checked = 0;
    for (let n = 0; n < blocks.length && checked < budget; n++) {
      this.sweepAt = (this.sweepAt + 1) % blocks.length;
      const b = blocks[this.sweepAt];
      // A waiting block has no range yet for the page to move.
      if (!b.placed) continue;
      checked += b.annotations.length;
      if (b.owner && !b.annotations.every(intact)) this.changed.add(b.owner);
    }
    if (this.changed.size) void this.drain();
  }

  /** The reader scrolled or resized: move the painted windows of big blocks. */
  viewportMoved(): void {
    this.painting.viewportMoved();
  }

  /**
   * Read the whole page again, have it recognised and repaint, in slices. Resolves when done,
   * with the number of annotations (`count`).
   */
  async scan(options: ScanOptions = {}): Promise<number> {
    const generation = ++this.generation;
    // Everything changed so far is read now; changes from here on wait for the scan's end.
    this.scanning = true;
    this.changed.clear();
    this.removed.clear();
    try {
      return await this.scanPage(generation, options);
    } finally {
      if (generation === this.generation) {
        this.scanning = false;
        void this.drain();
      }
    }
  }

  private async scanPage(generation: number, options: ScanOptions): Promise<number> {
    const sliceMs = options.sliceMs ?? 8;
    // An empty request first: a background that is asleep (a Chrome service worker stops after
    // half a minute idle) starts, and reads its fact base, while the page is being collected.
    this.recognise([]).catch(() => undefined);
    const collected = await collectBlocksInSlices(this.root(), this.uiHost, sliceMs, yieldToPage);
    if (generation !== this.generation) return this.count; // a newer scan took over
    const stale = () => generation !== this.generation;

    // Blocks near the view first (placed, and painted together once they are all placed), then
    // the rest in reading order (placed and painted when they come near the view).
    const viewHeight = this.doc.defaultView?.innerHeight ?? 0;
    const { order, nearFrom, nearTo } = viewFirstOrder(collected, viewHeight, NEAR_SCREENS);
    const nearCount = nearTo - nearFrom;
    const slice = timeSlice(sliceMs);
    const ctx = this.placing();
    const batches = await batchPiecesInSlices(collected, order, nearCount, slice);
    if (stale()) return this.count;
    const replies = await sendBatches((texts) => this.recognise(texts), batches, slice);
    if (stale()) return this.count;

    // The old annotations stay (hoverable, and painted) until the new ones near the view are
    // placed; then the old highlights come down in the frame the near ones go up: every frame
    // in which a highlight changes repaints the whole page, so one such frame rather than two.
    const done: (Block | null)[] = new Array(collected.length).fill(null);
    let swapped = false;
    const swap = () => {
      this.painting.stop();
      this.painting.painter.clear();
      this.index.clear();
      for (let n = nearFrom; n < nearTo; n++) {
        const near = done[n];
        if (near) {
          if (near.owner) this.index.add(near.owner, near);
          this.painting.paint(near);
        }
      }
      this.blocks = done.filter((b): b is Block => !!b);
      this.sorted = null;
      swapped = true;
      options.onFirstPaint?.();
    };
    if (nearCount === 0) swap();

    let k = 0; // position in `order`
    const carry = new Map<number, PlacedPiece[]>();
    for (let b = 0; b < batches.length; b++) {
      const reply = await replies[b];
      if (stale()) return this.count;
      for (const [i, pieces] of blocksOfBatch(batches, b, reply, carry)) {
        // A far block of one piece waits (placed on approach, or when every annotation is asked
        // for); a near one, and a very long one (placed piece by piece, in slices), is placed now.
        let block = k >= nearCount && pieces.length === 1 ? Block.waiting(collected[i], pieces[0], ctx) : this.place(collected[i], pieces, ctx, slice);
        if (block instanceof Promise) {
          block = await block;
          if (stale()) return this.count;
        }
        collected[i] = EMPTY_BLOCK; // its text is no longer needed (a waiting block keeps its segments)
        if (block) {
          done[i] = block;
          if (k >= nearCount) {
            if (block.owner) this.index.add(block.owner, block);
            this.painting.paintLater(block);
          }
        }
        if (k === nearCount - 1) swap();
        k++;
        if (slice.spent()) {
          await slice.pause();
          if (stale()) return this.count;
        }
      }
      if (swapped) {
        this.blocks = done.filter((x): x is Block => !!x);
        this.sorted = null;
        options.onProgress?.(k, order.length);
      }
    }
    if (!swapped) swap(); // no reply for the near blocks (the background failed)
    this.blocks = done.filter((x): x is Block => !!x);
    this.sorted = null;
    options.onProgress?.(order.length, order.length);
    return this.count;
  }

  /**
   * How many distinct blocks these changed nodes touch (the elements they would be re-read
   * from): the mutation watcher's measure of a storm that stays under its record count.
   */
  changedBlocks(nodes: Iterable<Node>): number {
    const root = this.root();
    const owners = new Set<Element>();
    for (const n of nodes) if (n.isConnected) {
      const owner = ownerOf(n, root);
      if (owner) owners.add(owner);
    }
    return owners.size;
  }

  /**
   * Re-read only the parts of the page under these nodes (from a MutationObserver batch): each
   * is widened to its nearest block element, whose blocks are found in the index and replaced.
   * The work is queued and done in time slices, like a scan; a batch that comes in meanwhile
   * joins the queue.
   */
  rescanNodes(nodes: Iterable<Node>): void {
    const root = this.root();
    for (const n of nodes) {
      if (!n.isConnected) {
        // Removed: its blocks go (those of the block it was taken from come with that block's change).
        if (n.nodeType === 1) this.removed.add(n as Element);
        continue;
      }
      const owner = ownerOf(n, root);
      if (!owner || (this.uiHost && (owner === this.uiHost || this.uiHost.contains(owner)))) continue;
      this.changed.add(owner);
    }
    void this.drain();
  }

  /** Work through the queued changes, slice by slice; a full scan takes over from it. */
  private async drain(sliceMs = 8): Promise<void> {
    if (this.draining || this.scanning) return;
    this.draining = true;
    try {
      while (this.changed.size || this.removed.size) {
        const generation = this.generation;
        const current = () => generation === this.generation && !this.scanning;
        const roots = outermost(this.changed);
        const removed = [...this.removed];
        this.changed.clear();
        this.removed.clear();
        const stale = new Set<Block>();
        for (const el of [...removed, ...roots]) for (const b of this.index.take(el)) stale.add(b);
        if (stale.size) {
          this.blocks = this.blocks.filter((b) => !stale.has(b));
          this.sorted = null;
        }
        // The replaced blocks' highlights come down at the end of the round, except the ranges
        // the new blocks took over (the same words, painted the same): those never change.
        const ctx: PlacingContext = { ...this.placing(), reuse: new RangeReuse(stale) };
        const fresh: Block[] = [];
        try {
          if (!(await this.reread(roots, ctx, fresh, current, sliceMs))) return;
        } finally {
          const kept = new Set<Range>();
          for (const b of fresh) for (const a of this.painting.painted(b)) if (ctx.reuse!.taken.has(a.dom)) kept.add(a.dom);
          for (const b of stale) this.painting.forget(b, kept);
        }
        this.onUpdate?.();
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * Read these changed elements again, place and paint what they hold (into `fresh`). False when
   * a full scan took over meanwhile.
   */
  private async reread(roots: Element[], ctx: PlacingContext, fresh: Block[], current: () => boolean, sliceMs: number): Promise<boolean> {
    const collected: CollectedText[] = [];
    for (const r of roots) if (r.isConnected) collected.push(...(await collectBlocksInSlices(r, this.uiHost, sliceMs, yieldToPage)));
    if (!current()) return false;
    const slice = timeSlice(sliceMs);
    const batches = await batchPiecesInSlices(collected, collected.map((_, i) => i), 0, slice);
    if (!current()) return false;
    const replies = await sendBatches((texts) => this.recognise(texts), batches, slice);
    const carry = new Map<number, PlacedPiece[]>();
    for (let k = 0; k < batches.length; k++) {
      const reply = await replies[k];
      if (!current()) return false; // a full scan took over
      for (const [i, pieces] of blocksOfBatch(batches, k, reply, carry)) {
        let block = this.place(collected[i], pieces, ctx, slice);
        if (block instanceof Promise) {
          block = await block;
          if (!current()) return false;
        }
        // Changed again meanwhile: the next round reads it afresh.
        if (block && !(block.owner && this.changed.has(block.owner))) {
          this.keep(block);
          this.painting.paint(block);
          fresh.push(block);
        }
        if (slice.spent()) {
          await slice.pause();
          if (!current()) return false;
        }
      }
    }
    return true;
  }

  /** Every annotated piece of the page, read afresh, and where each annotation is in it (for an export). */
  exportPieces(): ExportPieces {
    return exportPieces(annotationEntries(this.annotations, this.root(), this.uiHost));
  }

  /** The texts, read afresh, of the pieces with these keys (for a background that lost them). */
  piecesFor(keys: ReadonlySet<string>): string[] {
    return piecesHolding(this.blocks, keys, this.uiHost);
  }

  /** Every annotation within `margin` px of the viewport, in reading order. */
  annotationsNear(margin: number): PlacedAnnotation[] {
    const viewHeight = this.doc.defaultView?.innerHeight ?? 0;
    return this.blocks.filter((b) => mayBeNearView(b.anchor, viewHeight, margin)).flatMap((b) => b.annotations);
  }

  /** Remove every highlight and forget the page (site switched off). */
  clear(): void {
    this.generation++;
    this.scanning = false;
    this.changed.clear();
    this.removed.clear();
    this.index.clear();
    this.painting.stop();
    this.painting.painter.clear();
    this.blocks = [];
    this.sorted = [];
  }

  /**
   * The annotation under a viewport point, confirmed against the text's boxes. Only the block
   * the point's text belongs to is looked at (placed now if it was still waiting).
   */
  annotationAtPoint(x: number, y: number): PlacedAnnotation | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const b = this.blockAt(caret.node);
    if (b < 0) return null;
    const list = this.blocks[b].annotations;
    let i: number;
    try {
      i = firstNotBefore(list, (a) => a.dom.comparePoint(caret.node, caret.offset));
    } catch {
      return null; // a range the page has moved out of the document
    }
    // The caret sits between characters: the annotation under the pointer contains it, or
    // ends or starts right at it.
    for (const k of [i, i + 1, i - 1]) {
      if (k >= 0 && k < list.length && rectsContain(list[k].dom, x, y)) return intact(list[k]) ? list[k] : null;
    }
    return null;
  }

  /** The first annotation inside an element (for keyboard focus on links and headings). */
  firstAnnotationWithin(el: Element): PlacedAnnotation | null {
    // The block the element's text starts in, then the blocks that start inside it.
    const from = Math.max(this.blockAt(el), 0);
    for (let b = from; b < this.blocks.length; b++) {
      const block = this.blocks[b];
      if (b > from && !el.contains(block.start)) break;
      for (const a of block.annotations) {
        if (el.contains(a.dom.startContainer)) return intact(a) ? a : null;
      }
    }
    return null;
  }
}
