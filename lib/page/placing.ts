/**
 * Turning what the background sent for a block (positions and paint codes per piece) into
 * annotations placed in the page: a DOM Range over the words, checked to be visible, with what
 * the content script needs to paint it, list it and ask about it later.
 *
 * Memory: one object per annotation with its Range, nothing per text node and no copy of the
 * block's text (a long page has thousands of annotations in every open tab).
 */
import { decodeAnnotationCode, type WirePiece } from '../messaging/annotation-wire';
import type { Verdict } from '../recognise/types';
import { ownerOf } from './block-index';
import { rangeForOffsets, textOfSegments, type CollectedText, type TextSegment } from './collect';
import type { HighlightKind } from '../view/geometry';
import type { RangeReuse } from './range-reuse';

/**
 * One annotation placed in the page. Memory: a long page has thousands of these in every open
 * tab, so each is nine plain fields and nothing else: what it is and how it is painted are one
 * small number, and its words are read from the page when asked for (only a range that spans
 * several text nodes keeps its own copy, as its text may skip a hidden element's).
 */
export class PlacedAnnotation {
  constructor(
    /** The wire code (lib/messaging/annotation-wire.ts), plus NEUTRAL when verdict colours were off: what it is and how it is painted. */
    readonly code: number,
    /** The piece it was recognised in (the background's key for it) and its index there. */
    readonly key: string,
    readonly i: number,
    /** Where the annotation is in the page. */
    readonly dom: Range,
    /**
     * The boundary points `dom` was given (start and end container, start and end offset): the
     * page can reach the Range object and move it (see `intact`). Plain fields, not an object
     * of their own: one fewer object per annotation on a long page.
     */
    readonly sc: Node,
    readonly so: number,
    readonly ec: Node,
    readonly eo: number,
    /** The words, kept only when they are not one stretch of one text node. */
    private readonly own: string | null,
  ) {}

  get kind(): 'term' | 'figure' {
    return decodeAnnotationCode(this.code & ~NEUTRAL).kind;
  }

  get verdict(): Verdict | null {
    return decodeAnnotationCode(this.code & ~NEUTRAL).verdict;
  }

  /** The highlight it is painted with (fixed when it was placed). */
  get paint(): HighlightKind {
    return highlightKind(this, !(this.code & NEUTRAL));
  }

  /**
   * The words on the page (read from its text node, which the page may have changed since: its
   * block is then read again). Only the words are read: `data` would hand the content script the
   * node's whole text, a copy each time for a node of a megabyte.
   */
  get text(): string {
    if (this.own !== null) return this.own;
    const node = this.sc as Text;
    return this.so > node.length ? '' : node.substringData(this.so, Math.max(this.eo - this.so, 0));
  }
}

/** Added to an annotation's code when it was placed with verdict colours off. */
const NEUTRAL = 8;

/**
 * A block of the page that has annotations. A block far from the view waits unplaced: it keeps
 * only its segments (the nodes its text came from) and its one piece's reply, and its ranges are
 * made when it comes near the view or when something asks for every annotation (the list, an
 * export). Making ranges was most of the page's work after recognition, and a reader who does
 * not scroll through a long article never needs most of them.
 */
export class Block {
  /** The placed annotations, or null while the block waits. */
  private list: PlacedAnnotation[] | null;
  /**
   * While it waits: the nodes its text came from and its one piece's reply (plain fields, not
   * an object of their own: a long page has thousands of waiting blocks).
   */
  private segments: TextSegment[] | null;
  private piece: PlacedPiece | null;
  private verdictColours: boolean;

  private constructor(
    /** The element its position is read from (and watched by, for late painting). */
    readonly anchor: Element | null,
    /** The block element (or the root read) its text belongs to: where a change to it is re-read from. */
    readonly owner: Element | null,
    /** The node its text starts in: its place in reading order. */
    readonly start: Node,
    list: PlacedAnnotation[] | null,
    segments: TextSegment[] | null,
    piece: PlacedPiece | null,
    verdictColours: boolean,
  ) {
    this.list = list;
    this.segments = segments;
    this.piece = piece;
    this.verdictColours = verdictColours;
  }

  /** A block placed now; null when it has no annotation a reader can see. */
  static placed(block: CollectedText, annotations: PlacedAnnotation[], root: Element): Block | null {
    if (!annotations.length) return null;
    const first = block.segments[0].node;
    // A copy of exactly its length: an array grown by push keeps room for a dozen more (on a
    // long page, a few hundred kilobytes in all).
    return new Block(anchorOf(block), ownerOf(first, root), first, annotations.slice(), null, null, true);
  }

  /**
   * A block of one piece to be placed later; null when its reply holds no annotation. Only its
   * segments are kept, not its text (read again from them when it is placed).
   */
  static waiting(block: CollectedText, piece: PlacedPiece, ctx: PlacingContext): Block | null {
    if (!piece.reply?.a.length || !block.segments.length) return null;
    const first = block.segments[0].node;
    return new Block(anchorOf(block), ownerOf(first, ctx.root), first, null, block.segments, piece, ctx.verdictColours);
  }

  /** True once its ranges are made. */
  get placed(): boolean {
    return this.list !== null;
  }

  /** Its annotations in reading order, placed now if the block was waiting. */
  get annotations(): PlacedAnnotation[] {
    if (!this.list) {
      const segments = this.segments!;
      const block: CollectedText = { segments, text: textOfSegments(segments) };
      this.list = placeAnnotations(block, [this.piece!], { verdictColours: this.verdictColours }).slice();
      this.segments = null;
      this.piece = null;
    }
    return this.list;
  }

  /** Its annotations if it is placed, without placing it. */
  get placedAnnotations(): readonly PlacedAnnotation[] {
    return this.list ?? [];
  }

  /** How many annotations it has: placed, or recognised while it waits (a hidden one is dropped when placed). */
  get count(): number {
    return this.list ? this.list.length : this.piece!.reply!.a.length / 3;
  }

  /** True when one of its annotations comes from a piece with one of these keys. */
  holdsPieceOf(keys: ReadonlySet<string>): boolean {
    if (this.list) return this.list.some((a) => keys.has(a.key));
    return keys.has(this.piece!.reply!.key);
  }
}

/** A piece's reply, with where the piece starts in its block's text. */
export interface PlacedPiece {
  from: number;
  reply: WirePiece | null;
}

export function highlightKind(a: { kind: 'term' | 'figure'; verdict: Verdict | null }, verdictColours = true): HighlightKind {
  if (a.kind === 'term') return 'term';
  return verdictColours ? (a.verdict ?? 'figure') : 'figure';
}

/** The element a block's position is read from (and watched by, for late painting). */
export function anchorOf(block: CollectedText): Element | null {
  const first = block.segments[0]?.node;
  if (!first) return null;
  return first.nodeType === 1 ? (first as Element) : first.parentElement;
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
export function intact(a: PlacedAnnotation): boolean {
  const r = a.dom;
  return r.startContainer === a.sc && r.startOffset === a.so && r.endContainer === a.ec && r.endOffset === a.eo;
}

/**
 * A copy of `s` that is not a view into a longer string: V8 makes a slice of 13 or more
 * characters a view into its parent, which would keep the whole block's text alive.
 */
function flat(s: string): string {
  return s.length < 13 ? s : s.split('').join('');
}

export interface PlacingContext {
  verdictColours: boolean;
  /** The element the page is read from (owners are found up to it). */
  root: Element;
  /** A re-read: the ranges of the annotations it replaces, for new ones on the same words to take over (range-reuse.ts). */
  reuse?: RangeReuse;
}

/** The annotations of these pieces of the block placed in the page, those a reader can see. */
export function placeAnnotations(block: CollectedText, pieces: readonly PlacedPiece[], ctx: Pick<PlacingContext, 'verdictColours' | 'reuse'>): PlacedAnnotation[] {
  const annotations: PlacedAnnotation[] = [];
  for (const { from, reply } of pieces) {
    if (!reply) continue;
    const wire = reply.a;
    for (let j = 0; j + 2 < wire.length; j += 3) {
      const start = wire[j] + from;
      const end = wire[j + 1] + from;
      const made = rangeForOffsets(block, start, end);
      if (!made || !isVisible(made)) continue;
      const sc = made.startContainer;
      const ec = made.endContainer;
      // One stretch of one text node: its words are the node's (read again when asked for).
      const own = sc === ec && sc.nodeType === 3 ? null : flat(block.text.slice(start, end));
      const code = wire[j + 2] | (ctx.verdictColours ? 0 : NEUTRAL);
      const range = (own === null && ctx.reuse?.take(sc, made.startOffset, made.endOffset, code)) || made;
      annotations.push(new PlacedAnnotation(code, reply.key, j / 3, range, sc, range.startOffset, ec, range.endOffset, own));
    }
  }
  return annotations;
}
