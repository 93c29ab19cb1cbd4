import { describe, expect, it } from 'vitest';
import { lowerBound, partitionPoint } from './sorted';

describe('binary search over sorted sequences', () => {
  it('finds where a prefix ends', () => {
    const ends = [3, 5, 5, 9];
    expect([0, 3, 4, 5, 6, 9, 10].map((p) => partitionPoint(ends.length, (i) => ends[i] <= p))).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('finds the first value not below x', () => {
    const xs = Uint32Array.from([1, 4, 4, 7]);
    expect([0, 1, 2, 4, 5, 7, 8].map((x) => lowerBound(xs, x))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });
});
