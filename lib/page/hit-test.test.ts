import { describe, expect, it } from 'vitest';
import { annotationIndexAt } from './hit-test';

describe('annotationIndexAt', () => {
  const items = [
    { start: 0, end: 4 },
    { start: 10, end: 20 },
    { start: 25, end: 26 },
  ];
  it('finds the annotation whose [start, end) covers the offset', () => {
    expect(annotationIndexAt(items, 0)).toBe(0);
    expect(annotationIndexAt(items, 3)).toBe(0);
    expect(annotationIndexAt(items, 10)).toBe(1);
    expect(annotationIndexAt(items, 19)).toBe(1);
    expect(annotationIndexAt(items, 25)).toBe(2);
  });
  it('returns -1 between and after annotations', () => {
    expect(annotationIndexAt(items, 4)).toBe(-1);
    expect(annotationIndexAt(items, 20)).toBe(-1);
    expect(annotationIndexAt(items, 99)).toBe(-1);
    expect(annotationIndexAt([], 0)).toBe(-1);
  });
});
