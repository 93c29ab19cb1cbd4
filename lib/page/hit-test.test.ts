import { describe, expect, it } from 'vitest';
import { firstNotBefore } from './hit-test';

describe('firstNotBefore', () => {
  // Items as text spans [start, end); the point is an offset; compared like Range.comparePoint.
  const items = [
    { start: 0, end: 4 },
    { start: 10, end: 20 },
    { start: 25, end: 26 },
  ];
  const at = (p: number) => (it: { start: number; end: number }) => (p < it.start ? -1 : p > it.end ? 1 : 0);
  it('finds the item containing the point', () => {
    expect(firstNotBefore(items, at(0))).toBe(0);
    expect(firstNotBefore(items, at(3))).toBe(0);
    expect(firstNotBefore(items, at(10))).toBe(1);
    expect(firstNotBefore(items, at(19))).toBe(1);
    expect(firstNotBefore(items, at(25))).toBe(2);
  });
  it('between items, gives the next one; after all of them, the length', () => {
    expect(firstNotBefore(items, at(7))).toBe(1);
    expect(firstNotBefore(items, at(22))).toBe(2);
    expect(firstNotBefore(items, at(99))).toBe(3);
    expect(firstNotBefore([], at(0))).toBe(0);
  });
});
