/**
 * Cutting the page's blocks into the pieces the background recognises (a block, or a part of a
 * very long one cut at a sentence end), and grouping pieces into messages: the blocks near the
 * view first, in messages of their own, so their highlights come back first; then the rest in
 * reading order, a few dozen kilobytes of text per message. Pure.
 */
import { PIECE_CHARS } from '../messaging/annotation-wire';
import { textParts } from '../view/text-parts';
import type { TimeSlice } from './time-slices';

/** One piece: which block (index into the blocks given) and where in its text it starts. */
export interface PieceSource {
  block: number;
  from: number;
}

export interface PieceBatch {
  texts: string[];
  sources: PieceSource[];
}

export interface BatchLimits {
  /** Text characters per message. */
  chars: number;
  /** Pieces per message. */
  pieces: number;
}

/**
 * About 32,000 characters of text per message: serialising that costs the page well under a
 * millisecond, and a long page still goes in a handful of messages the background answers one
 * by one (a 10,000-word article in two or three).
 */
export const BATCH_LIMITS: BatchLimits = { chars: 32_000, pieces: 400 };

/** [from, to) parts of a block's text, each recognised on its own. */
export function piecesOf(text: string): [number, number][] {
  return [...piecesAlong(text)];
}

/**
 * The same parts, found a few at a time: a block of a megabyte is cut in windows of a few
 * pieces, so a caller can hand the thread back between them. A cut looks no further than one
 * piece (and the few characters of a sentence end) ahead, so the cuts taken from a window —
 * those of parts that start at least a piece and a margin before its end — are the cuts the
 * whole text would get.
 */
export function* piecesAlong(text: string): Generator<[number, number]> {
  const window = PIECE_CHARS * 8;
  let start = 0;
  while (text.length - start > window) {
    const parts = textParts(text.slice(start, start + window), PIECE_CHARS);
    let next = start;
    for (const [from, to] of parts) {
      if (from + PIECE_CHARS + 256 > window) break;
      yield [start + from, start + to];
      next = start + to;
    }
    start = next;
  }
  for (const [from, to] of textParts(start ? text.slice(start) : text, PIECE_CHARS)) yield [start + from, start + to];
}

/**
 * The pieces of `blocks`, taken in `order`, in batches. The first `leading` blocks of the order
 * (those near the view) never share a batch with the others.
 */
export function batchPieces(blocks: readonly { text: string }[], order: readonly number[], leading: number, limits: BatchLimits = BATCH_LIMITS): PieceBatch[] {
  const batches: PieceBatch[] = [];
  for (const _ of batching(blocks, order, leading, limits, batches));
  return batches;
}

/** The same, handing the thread back between pieces when the slice is used up. */
export async function batchPiecesInSlices(
  blocks: readonly { text: string }[],
  order: readonly number[],
  leading: number,
  slice: TimeSlice,
  limits: BatchLimits = BATCH_LIMITS,
): Promise<PieceBatch[]> {
  const batches: PieceBatch[] = [];
  for (const _ of batching(blocks, order, leading, limits, batches)) if (slice.spent()) await slice.pause();
  return batches;
}

/** Fills `batches`, yielding after each piece. */
function* batching(blocks: readonly { text: string }[], order: readonly number[], leading: number, limits: BatchLimits, batches: PieceBatch[]): Generator<void> {
  let current: PieceBatch = { texts: [], sources: [] };
  let chars = 0;
  const close = () => {
    if (current.texts.length) batches.push(current);
    current = { texts: [], sources: [] };
    chars = 0;
  };
  for (let k = 0; k < order.length; k++) {
    if (k === leading) close();
    const block = order[k];
    const text = blocks[block].text;
    for (const [from, to] of piecesAlong(text)) {
      if (current.texts.length && (chars + (to - from) > limits.chars || current.texts.length >= limits.pieces)) close();
      current.texts.push(from === 0 && to === text.length ? text : text.slice(from, to));
      current.sources.push({ block, from });
      chars += to - from;
      yield;
    }
  }
  close();
}
