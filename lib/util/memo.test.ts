import { describe, expect, it } from 'vitest';
import { boundedMemo } from './memo';

describe('boundedMemo', () => {
  it('computes each key once while the cache has room, and still answers once it is full', () => {
    const calls: string[] = [];
    const f = boundedMemo((k) => (calls.push(k), k.length), 2);
    expect([f('ab'), f('ab'), f('xyz'), f('xyz')]).toEqual([2, 2, 3, 3]);
    expect(calls).toEqual(['ab', 'xyz']);
    expect([f('long key'), f('long key')]).toEqual([8, 8]);
    expect(calls).toEqual(['ab', 'xyz', 'long key', 'long key']);
  });
});
