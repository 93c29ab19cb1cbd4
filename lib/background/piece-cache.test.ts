import { describe, expect, it } from 'vitest';
import type { Annotation } from '../recognise/types';
import { PieceCache, pieceKey } from './piece-cache';

const reading = { lang: 'nl' as const, published: null };
const term = (start: number): Annotation => ({ kind: 'term', start, end: start + 3, text: 'IND', concept: 'ind' });
const piece = (cache: PieceCache, text: string, annotations: Annotation[] = [], version = 'v1') =>
  cache.put({ key: cache.keyOf(reading, text), text, annotations, version });

describe('pieces the background recognised lately', () => {
  it('finds a piece by the key a tab holds, and gives the same text read the same way the same key', () => {
    const cache = new PieceCache();
    const p = piece(cache, 'De IND.', [term(3)]);
    expect(cache.get(p.key)).toBe(p);
    expect(cache.keyOf(reading, 'De IND.')).toBe(p.key);
    expect(cache.keyOf({ ...reading, published: '2024-01-01' }, 'De IND.')).not.toBe(p.key);
    expect(cache.keyOf({ ...reading, lang: 'en' }, 'De IND.')).not.toBe(p.key);
  });

  it('after a restart (a new cache), the same text sent again answers the old key', () => {
    const before = piece(new PieceCache(), 'Ruim 38.000 asielaanvragen.');
    const after = new PieceCache();
    expect(after.get(before.key)).toBeUndefined();
    piece(after, 'Ruim 38.000 asielaanvragen.');
    expect(after.get(before.key)?.text).toBe('Ruim 38.000 asielaanvragen.');
  });

  it('gives a block read again from its own element (without the indentation that followed it in the page) the same key', () => {
    const cache = new PieceCache();
    const p = piece(cache, 'In 2018 zijn ongeveer 530 vluchtelingen hervestigd.\n    ');
    expect(cache.keyOf(reading, 'In 2018 zijn ongeveer 530 vluchtelingen hervestigd.')).toBe(p.key);
    expect(cache.keyOf(reading, 'In 2018 zijn ongeveer 531 vluchtelingen hervestigd.')).not.toBe(p.key);
  });

  it('lets the least recently used pieces go when over its budget', () => {
    const cache = new PieceCache(2500);
    const first = piece(cache, 'a'.repeat(1000));
    const second = piece(cache, 'b'.repeat(1000));
    cache.get(first.key); // used again: now the newest
    const third = piece(cache, 'c'.repeat(1000));
    expect(cache.get(second.key)).toBeUndefined();
    expect(cache.get(first.key)).toBe(first);
    expect(cache.get(third.key)).toBe(third);
  });

  it('gives different texts different keys, also for texts that differ in one character', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 20_000; i++) keys.add(pieceKey(`Paragraaf ${i}: ruim ${i * 7} aanvragen.`));
    expect(keys.size).toBe(20_000);
    expect(pieceKey('abc')).not.toBe(pieceKey('abd'));
    expect(pieceKey('ab')).not.toBe(pieceKey('ba'));
  });
});
