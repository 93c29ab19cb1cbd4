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
import { rangeForOffsets, type CollectedText } from './collect';
import type { HighlightKind } from '../view/geometry';

export interface PlacedAnnotation {
  /** The words on the page. */
  text: string;
  kind: 'term' | 'figure';
  verdict: Verdict | null;
  /** The highlight it is painted with. */
  paint: HighlightKind;
  /** The piece it was recognised in (the background's key for it) and its index there. */
  key: string;
  i: number;
  /** Where the annotation is in the page. */
  dom: Range;
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

/** A block of the page that has annotations (blocks without any are not kept). */
export interface Block {
  anchor: Element | null;
  /** The block element (or the root read) its text belongs to: where a change to it is re-read from. */
  owner: Element | null;
  annotations: PlacedAnnotation[];
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
 * One string per distinct annotation text on the page ("opvanglocaties" 170 times on a long
 * page is one string), and never a view into a block's text: V8 makes a slice of 13 or more
 * characters a view into its parent string, which would keep every annotated block's text alive.
 */
export class StringPool {
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

export interface PlacingContext {
  strings: StringPool;
  verdictColours: boolean;
  /** The element the page is read from (owners are found up to it). */
  root: Element;
}

/** The block's annotations placed in the page, or null when it has none a reader can see. */
export function placeBlock(block: CollectedText, pieces: readonly PlacedPiece[], ctx: PlacingContext): Block | null {
  const annotations: PlacedAnnotation[] = [];
  for (const { from, reply } of pieces) {
    if (!reply) continue;
    const wire = reply.a;
    for (let j = 0; j + 2 < wire.length; j += 3) {
      const start = wire[j] + from;
      const end = wire[j + 1] + from;
      const range = rangeForOffsets(block, start, end);
      if (!range || !isVisible(range)) continue;
      const { kind, verdict } = decodeAnnotationCode(wire[j + 2]);
      annotations.push({
        text: ctx.strings.get(block.text.slice(start, end)),
        kind,
        verdict,
        paint: highlightKind({ kind, verdict }, ctx.verdictColours),
        key: reply.key,
        i: j / 3,
        dom: range,
        sc: range.startContainer,
        so: range.startOffset,
        ec: range.endContainer,
        eo: range.endOffset,
      });
    }
  }
  if (!annotations.length) return null;
  const first = block.segments[0]?.node;
  return { anchor: anchorOf(block), owner: first ? ownerOf(first, ctx.root) : null, annotations };
}
