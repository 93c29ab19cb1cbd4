import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Block } from './placing';
import { RangeReuse } from './range-reuse';

// linkedom has no Range with boundary points: a range is only read, so a plain object serves.
interface FakeRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}
const { document } = parseHTML('<p id="a">De IND en het COA.</p><p id="b">Het COA zoekt opvang.</p>');
const textOf = (id: string) => document.getElementById(id)!.firstChild!;
const range = (node: Node, so: number, eo: number): FakeRange => ({ startContainer: node, startOffset: so, endContainer: node, endOffset: eo });
const annotation = (dom: FakeRange, code: number) => ({ dom, sc: dom.startContainer, so: dom.startOffset, ec: dom.endContainer, eo: dom.endOffset, code });
const block = (...annotations: ReturnType<typeof annotation>[]) => ({ placedAnnotations: annotations }) as unknown as Block;

describe('RangeReuse: what a re-read block may take over from the one it replaces', () => {
  const a = textOf('a');
  const b = textOf('b');
  const ind = range(a, 3, 6);
  const coa = range(a, 14, 17);
  const coaB = range(b, 4, 7);

  it('gives the old range for the same words painted the same, once', () => {
    const reuse = new RangeReuse([block(annotation(ind, 1), annotation(coa, 1)), block(annotation(coaB, 1))]);
    expect(reuse.take(a, 14, 17, 1)).toBe(coa);
    expect(reuse.take(b, 4, 7, 1)).toBe(coaB);
    expect(reuse.take(a, 14, 17, 1)).toBeNull(); // already taken
    expect([...reuse.taken]).toEqual([coa, coaB]);
  });

  it('gives nothing for other words, another text node or another paint (a verdict that changed)', () => {
    const reuse = new RangeReuse([block(annotation(ind, 1))]);
    expect(reuse.take(a, 3, 7, 1)).toBeNull();
    expect(reuse.take(b, 3, 6, 1)).toBeNull();
    expect(reuse.take(a, 3, 6, 2)).toBeNull();
    expect(reuse.take(a, 3, 6, 1)).toBe(ind);
  });

  it('gives nothing the page has moved since it was placed', () => {
    const moved = range(a, 3, 6);
    const reuse = new RangeReuse([block(annotation(moved, 1))]);
    moved.startOffset = 0; // the page reached it through the highlight registry
    expect(reuse.take(a, 3, 6, 1)).toBeNull();
    expect(reuse.taken.size).toBe(0);
  });
});
