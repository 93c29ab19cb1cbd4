import { describe, expect, it } from 'vitest';
import { shareStrings } from './share-strings';

describe('shareStrings', () => {
  it('keeps the data equal, in place', () => {
    const data = JSON.parse('{"facts":[{"unit":"count","geo":"NL","quote":"Lang citaat"},{"unit":"count","geo":"NL","n":3,"ok":true,"x":null}],"ids":["a","a"]}');
    const copy = structuredClone(data);
    expect(shareStrings(data)).toBe(data);
    expect(data).toEqual(copy);
  });
});
