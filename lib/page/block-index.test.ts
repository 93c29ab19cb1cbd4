import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BlockIndex } from './block-index';

describe('BlockIndex: from a changed element to the blocks re-reading it replaces', () => {
  const { document } = parseHTML('<html><body><div id="a"><p id="p1">x</p><p id="p2">y</p></div><p id="p3">z</p></body></html>');
  const el = (id: string) => document.getElementById(id)!;

  it('gives back every block filed under the element and the block elements inside it, once', () => {
    const index = new BlockIndex<{ name: string }>();
    const one = { name: 'one' };
    const two = { name: 'two' };
    const three = { name: 'three' };
    const four = { name: 'four' };
    index.add(el('p1'), one);
    index.add(el('p1'), two); // two blocks under one owner
    index.add(el('p2'), three);
    index.add(el('p3'), four);
    expect(index.take(el('a')).map((b) => b.name)).toEqual(['one', 'two', 'three']);
    expect(index.take(el('a'))).toEqual([]);
    expect(index.take(el('p3'))).toEqual([four]);
  });

  it('forgets everything on clear', () => {
    const index = new BlockIndex<{ name: string }>();
    index.add(el('p1'), { name: 'one' });
    index.clear();
    expect(index.take(el('p1'))).toEqual([]);
  });
});
