/**
 * The page side of the engine: read the page's text, recognise, paint, and answer "which
 * annotation is here?". This and the other lib/page modules are the only library code that
 * touches the DOM; the page's own nodes are only read, never changed.
 *
 * Work is done per block (paragraph, heading, cell …) and in time slices, blocks in view
 * first, so a long page never freezes: the main thread is handed back between slices.
 * A mutation re-reads only the blocks it touched.
 *
 * Memory: the annotator keeps the annotations and their ranges, nothing per text node and no
 * copy of the page's text. Hit-testing searches the ranges themselves; an export reads the
 * page's text again. (A map entry and an object per text node plus every block's text were
 * ≈ 1.3 MB of heap on the bench's 100k-word page.)
 */
import type { Annotation } from '../recognise/types';
import { textParts } from '../view/text-parts';
import { BlockIndex, outermost, ownerOf } from './block-index';
import { rangesNear } from './range-window';
import { collectBlocks, collectBlocksInSlices, rangeForOffsets, textNodesOf, type CollectedText } from './collect';
import { caretAt, firstNotBefore, rectsContain } from './hit-test';
import { HighlightPainter } from './highlights';
import type { HighlightKind } from '../view/geometry';

export interface PlacedAnnotation extends Annotation {
  /** Where the annotation is in the page. */
  dom: Range;
  /** The highlight it is painted with. */
  paint: HighlightKind;
  /**
   * The boundary points `dom` was given (start and end container, start and end offset): the
   * page can reach the Range object and move it (see `intact`). Plain fields, not an object
   * of their own: one fewer object per annotation on a long page.
   */
  sc: Node;
  so: number;
  ec: Node;
  eo: number;
}

export type Recognise = (text: string) => Annotation[];

/** The element a block's position is read from (and watched by, for late painting). */
function anchorOf(block: CollectedText): Element | null {
  const first = block.segments[0]?.node;
  if (!first) return null;
  return first.nodeType === 1 ? (first as Element) : first.parentElement;
}

/** A block of the page that has annotations (blocks without any are not kept). */
interface Block {
  anchor: Element | null;
  /** The block element (or the root read) its text belongs to: where a change to it is re-read from. */
  owner: Element | null;
  annotations: PlacedAnnotation[];
}

/**
 * Longest text recognised in one go (a few milliseconds of cold engine code); a longer block is
 * cut at sentence ends and the page gets the thread back between the parts. Ordinary
 * paragraphs are far shorter and read whole.
 */
const PART_CHARS = 4000;

/** A block with more annotations than this has only those near the view painted (range-window.ts). */
const WINDOWED_FROM = 300;

/**
 * One string per distinct annotation text or period on the page ("opvanglocaties" 170
 * times on a long page is one string), and never a view into a block's text: V8 makes a
 * slice of 13 or more characters a view into its parent string, which would keep every
 * annotated block's text alive.
 */
class StringPool {
  private readonly strings = new Map<string, string>();
  get(s: string): string {
    let own = this.strings.get(s);
    if (own === undefined) {
      own = s.length < 13 ? s : s.split('').join('');
      if (this.strings.size < 20_000) this.strings.set(own, own);
    }
    return own;
  }
}

export function highlightKind(a: Annotation, verdictColours = true): HighlightKind {
  if (a.kind === 'term') return 'term';
  return verdictColours ? (a.verdict ?? 'figure') : 'figure';
}

/** A range is worth showing only when a reader can see its text. */
function isVisible(range: Range): boolean {
  const el = range.startContainer.parentElement;
  if (!el) return false;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true } as never);
  return el.getClientRects().length > 0;
}

/**
 * The annotation's range is where it was placed. The page can reach the extension's Range
 * objects through the shared highlight registry and move them onto other words; a card is only
 * ever shown for a range that is still in place. (A live range also moves when the page edits
 * its text; the mutation watcher re-reads that block anyway. Comparing the range's text instead
 * would fail for a term that spans a hidden element, whose text the block skips.)
 */
function intact(a: PlacedAnnotation): boolean {
  const r = a.dom;
  return r.startContainer === a.sc && r.startOffset === a.so && r.endContainer === a.ec && r.endOffset === a.eo;
}

/** Hands the main thread back to the page between slices of work. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface ScanOptions {
  /** Longest stretch of work before yielding to the page, in milliseconds. */
  sliceMs?: number;
  /** Called after each slice, e.g. to update counts. */
  onProgress?: (done: number, total: number) => void;
}

const EMPTY_BLOCK: CollectedText = { text: '', segments: [] };

/**
 * How far from the viewport, in screen heights, a block counts as near: painted with the
 * first batch, or as soon as the reader scrolls it this close. Chromium repaints the whole
 * page for every frame in which a highlight changed (on a page of a million nodes, 50-90 ms
 * each), so the painting of a scan comes in as few frames as possible: one for everything
 * near the view, then one per scroll that brings more of the page near.
 */
const NEAR_SCREENS = 2;

export class PageAnnotator {
  private blocks: Block[] = [];
  private strings = new StringPool();
  private generation = 0;
  private sorted: PlacedAnnotation[] | null = [];
  /**
   * Blocks far from the viewport whose highlights are not registered yet, by the element
   * watched for them. Chromium re-validates every registered range in each frame after a
   * highlight changes, so registering a long page's thousands of ranges at once (or in
   * slices, frame after frame) makes long frames; ranges are added when their block comes
   * within NEAR_SCREENS of the viewport instead.
   */
  private pending = new Map<Element, Block | Block[]>(); // mostly one block per element
  private observer: IntersectionObserver | null = null;
  /** Blocks with so many annotations that only a window of them near the view is painted. */
  private windows = new Map<Block, [number, number]>();
  private windowFrame = 0;
  /** Where the sweep for moved ranges goes on (an index into `blocks`). */
  private sweepAt = -1;
  /** Kept blocks by the element a change is re-read from (block-index.ts). */
  private index = new BlockIndex<Block>();
  /** Elements changed (or subtrees removed) since they were last read, waiting to be re-read. */
  private changed = new Set<Element>();
  private removed = new Set<Element>();
  private scanning = false;
  private draining = false;
  readonly painter: HighlightPainter;
  /** Paint figures by verdict; off: one neutral style (takes effect at the next scan). */
  verdictColours = true;
  /** Called after each round of re-reading changed parts of the page (to refresh the list). */
  onUpdate: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly uiHost: Element | null,
    private recognise: Recognise,
  ) {
    this.painter = new HighlightPainter(doc);
  }

  setRecogniser(recognise: Recognise): void {
    this.recognise = recognise;
  }

  /** Every annotation on the page in reading order. */
  get annotations(): PlacedAnnotation[] {
    this.sorted ??= this.blocks.flatMap((b) => b.annotations);
    return this.sorted;
  }

  /**
   * The block's annotations placed in the page, or null when it has none a reader can see.
   * A generator: very long text is recognised part by part (cut at sentence ends), and the
   * caller may hand the thread back to the page at each `yield` between parts.
   */
  private *recogniseBlock(block: CollectedText): Generator<void, Block | null> {
    const annotations: PlacedAnnotation[] = [];
    const parts = textParts(block.text, PART_CHARS);
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) yield;
      const [from, to] = parts[k];
      const text = parts.length === 1 ? block.text : block.text.slice(from, to);
      for (const a of this.recognise(text)) {
        if (from) {
          a.start += from;
          a.end += from;
        }
        const range = rangeForOffsets(block, a.start, a.end);
        if (!range || !isVisible(range)) continue;
        // Completed in place rather than copied: one object per annotation on a long page.
        const placed = a as PlacedAnnotation;
        placed.text = this.strings.get(a.text);
        if (placed.period) placed.period = this.strings.get(placed.period);
        placed.dom = range;
        placed.sc = range.startContainer;
        placed.so = range.startOffset;
        placed.ec = range.endContainer;
        placed.eo = range.endOffset;
        placed.paint = highlightKind(a, this.verdictColours);
        annotations.push(placed);
      }
    }
    if (!annotations.length) return null;
    const first = block.segments[0]?.node;
    return { anchor: anchorOf(block), owner: first ? ownerOf(first, this.root()) : null, annotations };
  }

  private root(): Element {
    return this.doc.body ?? this.doc.documentElement;
  }

  /** File a new block: in the index, and in `blocks` at its place in reading order. */
  private keep(block: Block): void {
    if (block.owner) this.index.add(block.owner, block);
    const node = block.annotations[0].dom.startContainer;
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = this.blocks[mid].annotations[0].dom.startContainer;
      if (other === node || !(other.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) hi = mid;
      else lo = mid + 1;
    }
    this.blocks.splice(lo, 0, block);
    this.sorted = null;
  }

  private forget(block: Block): void {
    for (const a of block.annotations) this.painter.remove(a.paint, a.dom);
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

  private waitingFor(el: Element): Block[] {
    const w = this.pending.get(el);
    return w === undefined ? [] : Array.isArray(w) ? w : [w];
  }

  private paint(block: Block): void {
    if (block.annotations.length <= WINDOWED_FROM) {
      for (const a of block.annotations) this.painter.add(a.paint, a.dom);
      return;
    }
    this.windows.set(block, [0, 0]);
    this.slideWindow(block);
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

  /**
   * Undo what the page did to the extension's highlights (highlights.ts `guard`); when it added
   * or removed ranges, paint every block that is painted now afresh. Cheap: a few registry
   * look-ups, unless the page tampered.
   */
  guardHighlights(): void {
    this.sweepMovedRanges();
    if (this.painter.guard()) return;
    this.painter.clear();
    const waiting = new Set<Block>();
    for (const el of this.pending.keys()) for (const b of this.waitingFor(el)) waiting.add(b);
    const windowed = new Map(this.windows);
    this.windows.clear();
    for (const b of this.blocks) {
      if (waiting.has(b)) continue;
      if (windowed.has(b)) {
        this.windows.set(b, [0, 0]);
        this.slideWindow(b);
      } else this.paint(b);
    }
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
      checked += b.annotations.length;
      if (b.owner && !b.annotations.every(intact)) this.changed.add(b.owner);
    }
    if (this.changed.size) void this.drain();
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

  /** Paint the block when it comes near the viewport (or now, without IntersectionObserver). */
  private paintLater(block: Block): void {
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

  private stopPainting(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
    this.windows.clear();
  }

  /**
   * Indices [from, to) of the blocks within `margin` px of the viewport. Blocks come in
   * document order, which is (nearly) top-to-bottom order: a binary search finds the first
   * one not above the window, then blocks are read until a few in a row lie below it. Costs
   * a handful of layout reads instead of one per block. A block out of order (a float, a
   * fixed header) is at worst treated as far: it is read later, and painted on approach.
   */
  private nearViewport(blocks: CollectedText[], margin: number): [number, number] {
    const viewHeight = this.doc.defaultView?.innerHeight ?? 0;
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

  /** Read the whole page again, recognise and repaint, in slices. Resolves when done. */
  async scan(options: ScanOptions = {}): Promise<PlacedAnnotation[]> {
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

  private async scanPage(generation: number, options: ScanOptions): Promise<PlacedAnnotation[]> {
    const root = this.root();
    const collected = await collectBlocksInSlices(root, this.uiHost, options.sliceMs ?? 8, yieldToPage);
    if (generation !== this.generation) return this.annotations; // a newer scan took over
    this.stopPainting();
    this.index.clear();
    this.blocks = [];
    this.sorted = [];

    // Blocks near the view first (painted together once they are all read), then the rest
    // in reading order (painted when they come near the view).
    const viewHeight = this.doc.defaultView?.innerHeight ?? 0;
    const [nearFrom, nearTo] = collected.length > 50 ? this.nearViewport(collected, NEAR_SCREENS * viewHeight) : [0, collected.length];
    const order: number[] = [];
    for (let i = nearFrom; i < nearTo; i++) order.push(i);
    for (let i = 0; i < collected.length; i++) if (i < nearFrom || i >= nearTo) order.push(i);

    const done: (Block | null)[] = new Array(collected.length).fill(null);
    const sliceMs = options.sliceMs ?? 8;
    let sliceStart = performance.now();
    const nearCount = nearTo - nearFrom;
    // The old highlights come down in the frame the near ones go up: every frame in which a
    // highlight changes repaints the whole page, so one such frame rather than two.
    if (nearCount === 0) this.painter.clear();
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const parts = this.recogniseBlock(collected[i]);
      let step = parts.next();
      while (!step.done) {
        // A very long block: hand the thread back between its parts when the slice is used up.
        if (performance.now() - sliceStart > sliceMs) {
          await yieldToPage();
          if (generation !== this.generation) return this.annotations;
          sliceStart = performance.now();
        }
        step = parts.next();
      }
      const block = step.value;
      collected[i] = EMPTY_BLOCK; // its text and segments are no longer needed
      if (block) {
        done[i] = block;
        if (block.owner) this.index.add(block.owner, block);
        if (k >= nearCount) this.paintLater(block);
      }
      if (k === nearCount - 1) {
        this.painter.clear();
        for (let n = nearFrom; n < nearTo; n++) {
          const near = done[n];
          if (near) this.paint(near);
        }
      }
      if (performance.now() - sliceStart > sliceMs && k < order.length - 1) {
        this.blocks = done.filter((b): b is Block => !!b);
        this.sorted = null;
        options.onProgress?.(k + 1, order.length);
        await yieldToPage();
        if (generation !== this.generation) return this.annotations; // a newer scan took over
        sliceStart = performance.now();
      }
    }
    this.blocks = done.filter((b): b is Block => !!b);
    this.sorted = null;
    options.onProgress?.(order.length, order.length);
    return this.annotations;
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
        const roots = outermost(this.changed);
        const removed = [...this.removed];
        this.changed.clear();
        this.removed.clear();
        const stale = new Set<Block>();
        for (const el of [...removed, ...roots]) for (const b of this.index.take(el)) stale.add(b);
        if (stale.size) {
          for (const b of stale) this.forget(b);
          this.blocks = this.blocks.filter((b) => !stale.has(b));
          this.sorted = null;
        }
        let sliceStart = performance.now();
        const breathe = async () => {
          if (performance.now() - sliceStart <= sliceMs) return true;
          await yieldToPage();
          sliceStart = performance.now();
          return generation === this.generation && !this.scanning;
        };
        for (const r of roots) {
          if (!r.isConnected) continue;
          for (const c of collectBlocks(r, this.uiHost)) {
            const parts = this.recogniseBlock(c);
            let step = parts.next();
            while (!step.done) {
              if (!(await breathe())) return; // a full scan took over
              step = parts.next();
            }
            const block = step.value;
            // Changed again meanwhile: the next round reads it afresh.
            if (block && !(block.owner && this.changed.has(block.owner))) {
              this.keep(block);
              this.paint(block);
            }
            if (!(await breathe())) return;
          }
        }
        this.onUpdate?.();
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * Every annotation in reading order with the text of its block and where it stands in it
   * (for the sentences of an export). Blocks do not keep their text, so the page is read
   * again; positions come from the live ranges, so they hold even if the page changed since.
   */
  entries(): { annotation: PlacedAnnotation; blockText: string; start: number; end: number }[] {
    const all = this.annotations;
    const wanted = new Set<Node>();
    // Elements read whole are opened up only when an annotation lies inside them.
    const holders = new Set<Node>();
    for (const a of all) {
      for (const n of [a.dom.startContainer, a.dom.endContainer]) {
        wanted.add(n);
        for (let p = n.parentNode; p && !holders.has(p); p = p.parentNode) holders.add(p);
      }
    }
    const where = new Map<Node, { block: CollectedText; start: number }>();
    for (const block of collectBlocks(this.doc.body ?? this.doc.documentElement, this.uiHost)) {
      for (const s of textNodesOf(block, (el) => holders.has(el))) if (wanted.has(s.node)) where.set(s.node, { block, start: s.start });
    }
    return all.map((annotation) => {
      const a = where.get(annotation.dom.startContainer);
      const b = where.get(annotation.dom.endContainer);
      if (!a) return { annotation, blockText: annotation.text, start: 0, end: annotation.text.length };
      const start = a.start + annotation.dom.startOffset;
      const end = b?.block === a.block ? b.start + annotation.dom.endOffset : start + annotation.text.length;
      return { annotation, blockText: a.block.text, start, end };
    });
  }

  /** Remove every highlight and forget the page (site switched off). */
  clear(): void {
    this.generation++;
    this.scanning = false;
    this.changed.clear();
    this.removed.clear();
    this.index.clear();
    this.stopPainting();
    this.painter.clear();
    this.blocks = [];
    this.sorted = [];
  }

  /** The annotation under a viewport point, confirmed against the text's boxes. */
  annotationAtPoint(x: number, y: number): PlacedAnnotation | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const list = this.annotations;
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
    for (const a of this.annotations) {
      if (el.contains(a.dom.startContainer)) return intact(a) ? a : null;
    }
    return null;
  }
}
