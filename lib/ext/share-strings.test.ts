import { describe, expect, it } from 'vitest';
import { shareStrings } from './share-strings';

describe('shareStrings', () => {
  it('keeps the data equal, in place', () => {
    const data = JSON.parse('{"facts":[{"unit":"count","geo":"NL","quote":"Lang citaat"},{"unit":"count","geo":"NL","n":3,"ok":true,"x":null}],"ids":["a","a"]}');
    const copy = structuredClone(data);
    expect(shareStrings(data)).toBe(data);
    expect(data).toEqual(copy);
  });

  it('keeps nested arrays equal and number arrays as they are, in place', () => {
    const data = JSON.parse('{"a":[{"unit":"count"},{"unit":"count"}],"b":["NL","NL"],"trie":[1,2,3],"nested":[["x"],["x"]]}');
    const trie = data.trie;
    shareStrings(data);
    expect(data.trie).toBe(trie);
    expect(data.trie).toEqual([1, 2, 3]);
    expect(data).toEqual({ a: [{ unit: 'count' }, { unit: 'count' }], b: ['NL', 'NL'], trie: [1, 2, 3], nested: [['x'], ['x']] });
  });
});
