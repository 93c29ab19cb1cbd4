import { describe, expect, it } from 'vitest';
import { PIECE_CHARS } from '../messaging/annotation-wire';
import { textParts } from '../view/text-parts';
import { batchPieces, piecesOf } from './pieces';

const blocks = (...lengths: number[]) => lengths.map((n, i) => ({ text: `${String.fromCharCode(97 + i)}. `.repeat(Math.ceil(n / 3)).slice(0, n) }));

describe('pieces and the messages that carry them', () => {
  it('sends the blocks near the view first, alone, then the rest in reading order', () => {
    const b = blocks(10, 10, 10, 10);
    const batches = batchPieces(b, [2, 3, 0, 1], 2);
    expect(batches.map((x) => x.sources.map((s) => s.block))).toEqual([[2, 3], [0, 1]]);
    expect(batches[0].texts).toEqual([b[2].text, b[3].text]);
  });

  it('keeps each message within its text and piece limits', () => {
    const b = blocks(30, 30, 30, 30, 30);
    const batches = batchPieces(b, [0, 1, 2, 3, 4], 0, { chars: 70, pieces: 10 });
    expect(batches.map((x) => x.sources.length)).toEqual([2, 2, 1]);
    expect(batchPieces(b, [0, 1, 2, 3, 4], 0, { chars: 1000, pieces: 2 }).map((x) => x.sources.length)).toEqual([2, 2, 1]);
  });

  it('cuts a very long block into pieces at sentence ends, each knowing where it starts', () => {
    const sentence = 'Ruim 38.000 mensen vroegen asiel aan. ';
    const long = { text: sentence.repeat(300) };
    const [batch] = batchPieces([long], [0], 0, { chars: 1e9, pieces: 1000 });
    expect(batch.texts.length).toBeGreaterThan(2);
    expect(batch.texts.every((t) => t.length <= 4000)).toBe(true);
    expect(batch.texts.join('')).toBe(long.text);
    expect(batch.sources.map((s) => s.from)).toEqual(batch.texts.map((_, i) => batch.texts.slice(0, i).join('').length));
    expect(batch.texts.every((t) => t.startsWith('Ruim'))).toBe(true);
  });

  it('cuts a block of a megabyte exactly where cutting it whole would, a few pieces at a time', () => {
    const text = 'De asielinstroom blijft volgens de IND hoog. Het weer blijft zacht. '.repeat(16_000);
    expect(piecesOf(text)).toEqual(textParts(text, PIECE_CHARS));
  });

  it('sends nothing for no blocks', () => {
    expect(batchPieces([], [], 0)).toEqual([]);
  });
});
