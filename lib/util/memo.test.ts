import { describe, expect, it } from 'vitest';
import { boundedMemo, lazyPromise } from './memo';

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

describe('lazyPromise', () => {
  it('makes the promise once for every caller, and again only after a failure', async () => {
    let made = 0;
    let fail = true;
    const get = lazyPromise(async () => {
      made++;
      if (fail) throw new Error('not yet');
      return made;
    });
    expect(made).toBe(0);
    await expect(Promise.all([get(), get()])).rejects.toThrow('not yet');
    expect(made).toBe(1);
    fail = false;
    expect(await Promise.all([get(), get()])).toEqual([2, 2]);
    expect(await get()).toBe(2);
    expect(made).toBe(2);
  });
});
