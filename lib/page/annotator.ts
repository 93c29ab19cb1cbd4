/**
 * The page side of the engine: read the page's text, recognise, paint, and answer "which
 * annotation is here?". This and the other lib/page modules are the only library code that
 * touches the DOM; the page's own nodes are only read, never changed.
 *
 * Work is done per block (paragraph, heading, cell …) and in time slices, blocks in view
 * first, so a long page never freezes: the main thread is handed back between slices.
 * A mutation re-reads only the blocks it touched.
 */
import type { Annotation } from '../recognise/types';
import { collectBlocks, collectBlocksInSlices, isBlockElement, rangeForOffsets, type CollectedText } from './collect';
import { annotationIndexAt, caretAt, rectsContain } from './hit-test';
import { HighlightPainter, type HighlightKind } from './highlights';

export interface PlacedAnnotation extends Annotation {
  /** Where the annotation is in the page. */
  dom: Range;
  /** The highlight it is painted with. */
  paint: HighlightKind;
}

export type Recognise = (text: string) => Annotation[];

/** The element a block's position is read from (and watched by, for late painting). */
function anchorOf(block: CollectedText): Element | null {
  return block.segments[0]?.node.parentElement ?? null;
}

interface Block extends CollectedText {
  annotations: PlacedAnnotation[];
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

export class PageAnnotator {
  private blocks: Block[] = [];
  private nodeBlock = new Map<Text, { block: Block; start: number }>();
  private generation = 0;
  private sorted: PlacedAnnotation[] | null = [];
  /**
   * Blocks far from the viewport whose highlights are not registered yet, by the element
   * watched for them. Chromium re-validates every registered range in each frame after a
   * highlight changes, so registering a long page's thousands of ranges at once (or in
   * slices, frame after frame) makes long frames; ranges are added when their block comes
   * within two screens of the viewport instead.
   */
  private pending = new Map<Element, Block[]>();
  private observer: IntersectionObserver | null = null;
  readonly painter: HighlightPainter;
  /** Paint figures by verdict; off: one neutral style (takes effect at the next scan). */
  verdictColours = true;

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

  private recogniseBlock(block: CollectedText): Block {
    const annotations: PlacedAnnotation[] = [];
    for (const a of this.recognise(block.text)) {
      const range = rangeForOffsets(block, a.start, a.end);
      if (range && isVisible(range)) annotations.push({ ...a, dom: range, paint: highlightKind(a, this.verdictColours) });
    }
    return { ...block, annotations };
  }

  private index(block: Block): void {
    for (const s of block.segments) this.nodeBlock.set(s.node, { block, start: s.start });
  }

  private forget(block: Block): void {
    for (const s of block.segments) this.nodeBlock.delete(s.node);
    for (const a of block.annotations) this.painter.remove(a.paint, a.dom);
    const el = anchorOf(block);
    const waiting = el && this.pending.get(el);
    if (waiting) {
      const rest = waiting.filter((b) => b !== block);
      if (rest.length) this.pending.set(el, rest);
      else {
        this.pending.delete(el);
        this.observer?.unobserve(el);
      }
    }
  }

  private paint(block: Block): void {
    for (const a of block.annotations) this.painter.add(a.paint, a.dom);
  }

  /** Paint the block when it comes near the viewport (or now, without IntersectionObserver). */
  private paintLater(block: Block): void {
    const el = anchorOf(block);
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!el || !win?.IntersectionObserver) return this.paint(block);
    if (!this.observer) {
      const margin = `${2 * (win.innerHeight || 800)}px 0px`;
      this.observer = new win.IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            this.observer?.unobserve(e.target);
            const blocks = this.pending.get(e.target) ?? [];
            this.pending.delete(e.target);
            for (const b of blocks) this.paint(b);
          }
        },
        { rootMargin: margin },
      );
    }
    const list = this.pending.get(el);
    if (list) list.push(block);
    else {
      this.pending.set(el, [block]);
      this.observer.observe(el);
    }
  }

  private stopPainting(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
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
    const root = this.doc.body ?? this.doc.documentElement;
    const collected = await collectBlocksInSlices(root, this.uiHost, options.sliceMs ?? 8, yieldToPage);
    if (generation !== this.generation) return this.annotations; // a newer scan took over
    this.painter.clear();
    this.stopPainting();
    this.blocks = [];
    this.nodeBlock.clear();
    this.sorted = [];

    // Blocks near the view first (painted at once), then the rest in reading order (painted
    // when they come near the view).
    const viewHeight = this.doc.defaultView?.innerHeight ?? 0;
    const [nearFrom, nearTo] = collected.length > 50 ? this.nearViewport(collected, viewHeight) : [0, collected.length];
    const order: number[] = [];
    for (let i = nearFrom; i < nearTo; i++) order.push(i);
    for (let i = 0; i < collected.length; i++) if (i < nearFrom || i >= nearTo) order.push(i);

    const done: (Block | undefined)[] = new Array(collected.length);
    const sliceMs = options.sliceMs ?? 8;
    let sliceStart = performance.now();
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const block = this.recogniseBlock(collected[i]);
      done[i] = block;
      this.index(block);
      if (i >= nearFrom && i < nearTo) this.paint(block);
      else if (block.annotations.length) this.paintLater(block);
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
   * Re-read only the parts of the page under these nodes (from a MutationObserver batch):
   * each is widened to its nearest block element, and the blocks inside are replaced.
   */
  rescanNodes(nodes: Iterable<Node>): void {
    const roots = new Set<Element>();
    for (const n of nodes) {
      let el: Element | null = n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement;
      while (el && !isBlockElement(el) && el !== this.doc.body) el = el.parentElement;
      if (el && el.isConnected && !(this.uiHost && (el === this.uiHost || this.uiHost.contains(el)))) roots.add(el);
    }
    // Drop roots inside other roots.
    const top = [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
    if (!top.length) return;
    const stale = (b: Block) =>
      b.segments.some((s) => !s.node.isConnected || top.some((r) => r.contains(s.node)));
    const kept: Block[] = [];
    for (const b of this.blocks) {
      if (stale(b)) this.forget(b);
      else kept.push(b);
    }
    for (const root of top) {
      for (const c of collectBlocks(root, this.uiHost)) {
        const block = this.recogniseBlock(c);
        this.index(block);
        for (const a of block.annotations) this.painter.add(a.paint, a.dom);
        kept.push(block);
      }
    }
    kept.sort((a, b) => {
      const na = a.segments[0].node;
      const nb = b.segments[0].node;
      return na === nb ? 0 : na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    this.blocks = kept;
    this.sorted = null;
  }

  /** Every annotation in reading order with the text of its block (for sentences in exports). */
  entries(): { annotation: PlacedAnnotation; blockText: string }[] {
    return this.blocks.flatMap((b) => b.annotations.map((annotation) => ({ annotation, blockText: b.text })));
  }

  /** Remove every highlight and forget the page (site switched off). */
  clear(): void {
    this.generation++;
    this.stopPainting();
    this.painter.clear();
    this.blocks = [];
    this.nodeBlock.clear();
    this.sorted = [];
  }

  /** The annotation under a viewport point, confirmed against the text's boxes. */
  annotationAtPoint(x: number, y: number): PlacedAnnotation | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const hit = this.nodeBlock.get(caret.node as Text);
    if (!hit) return null;
    const at = hit.start + caret.offset;
    const list = hit.block.annotations;
    // The caret sits between characters: the one under the pointer is before or after it.
    for (const offset of [at, at - 1]) {
      const i = annotationIndexAt(list, offset);
      if (i >= 0 && rectsContain(list[i].dom, x, y)) return list[i];
    }
    return null;
  }

  /** The first annotation inside an element (for keyboard focus on links and headings). */
  firstAnnotationWithin(el: Element): PlacedAnnotation | null {
    for (const a of this.annotations) {
      if (el.contains(a.dom.startContainer)) return a;
    }
    return null;
  }
}
