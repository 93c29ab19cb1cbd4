/**
 * Ranges a re-read can take over from the annotations it replaces. When the page changes a block
 * (a paragraph appended to an article's container, a megabyte's text node followed by another),
 * most of what is read again lands on exactly the same words with exactly the same paint. A new
 * annotation there takes the old annotation's Range object instead of its own: the Highlight it
 * is painted with neither loses nor gains a range, so Chromium does not repaint the page for it
 * (a repaint of the whole page, 40-50 ms on a page with a megabyte of text) and the words never
 * flicker.
 */
import type { Block } from './placing';

export class RangeReuse {
  /** Old ranges by the text node they lie in, then by offsets and paint code (`key`). */
  private readonly byNode = new Map<Node, Map<number, Range>>();
  /** The old ranges new annotations took. */
  readonly taken = new Set<Range>();

  /**
   * The one-node ranges of these blocks' placed annotations. Only plain fields are read here (a
   * megabyte's block has tens of thousands): whether a range is still where it was placed is
   * checked when it is asked for.
   */
  constructor(blocks: Iterable<Block>) {
    for (const b of blocks) {
      let node: Node | null = null;
      let inNode: Map<number, Range> | undefined;
      for (const a of b.placedAnnotations) {
        const k = a.sc === a.ec ? key(a.so, a.eo, a.code) : -1;
        if (k < 0) continue;
        if (a.sc !== node) {
          node = a.sc;
          inNode = this.byNode.get(node);
          if (!inNode) this.byNode.set(node, (inNode = new Map()));
        }
        inNode!.set(k, a.dom);
      }
    }
  }

  /** The old range over exactly these offsets of `node` painted with `code`, if there is one and it is still in place; each is given once. */
  take(node: Node, start: number, end: number, code: number): Range | null {
    const k = key(start, end, code);
    const r = k < 0 ? undefined : this.byNode.get(node)?.get(k);
    if (!r || this.taken.has(r)) return null;
    if (r.startContainer !== node || r.endContainer !== node || r.startOffset !== start || r.endOffset !== end) return null;
    this.taken.add(r);
    return r;
  }
}

/**
 * One number for offsets and paint code (a number key is far cheaper than a string): exact for
 * offsets below 2^28 and annotations shorter than 2^16 characters; -1 (never taken over) otherwise.
 */
function key(start: number, end: number, code: number): number {
  const length = end - start;
  if (start >= 2 ** 28 || length < 0 || length >= 2 ** 16 || code < 0 || code >= 2 ** 8) return -1;
  return (start * 2 ** 16 + length) * 2 ** 8 + code;
}
