/**
 * Sending batches of pieces to be recognised and pairing the replies with the blocks they came
 * from. Kept apart from the annotator because both a full scan and the re-reading of changed
 * parts go through the same send-then-regroup steps, and the regrouping (a block whose pieces
 * run on into the next batch) is easy to get wrong inline.
 */
import type { WirePiece } from '../messaging/annotation-wire';
import type { PieceBatch } from './pieces';
import type { PlacedPiece } from './placing';
import type { TimeSlice } from './time-slices';

/**
 * Recognition of pieces of text, elsewhere: one reply per piece, in order (null: nothing found).
 * A rejection counts as nothing found for those pieces.
 */
export type RecognisePieces = (texts: string[]) => Promise<(WirePiece | null)[]>;

/** Recognition of one batch; a failure (no background, a refusal) is a batch without annotations. */
async function recogniseBatch(recognise: RecognisePieces, batch: PieceBatch): Promise<(WirePiece | null)[]> {
  try {
    return await recognise(batch.texts);
  } catch {
    return [];
  }
}

/**
 * Send every batch now (the background answers them in order), handing the thread back between
 * sends. `recognise` is called afresh for each batch, so a caller that passes a function reading
 * its current recogniser sends later batches with one changed meanwhile (page language or date).
 */
export async function sendBatches(
  recognise: RecognisePieces,
  batches: PieceBatch[],
  slice: TimeSlice,
): Promise<Promise<(WirePiece | null)[]>[]> {
  const replies: Promise<(WirePiece | null)[]>[] = [];
  for (const batch of batches) {
    replies.push(recogniseBatch(recognise, batch));
    if (slice.spent()) await slice.pause();
  }
  return replies;
}

/**
 * Each block of batch `b` with its pieces' replies, in the batch's order. A long block's
 * pieces can run on into the next batch: such a block waits in `carry` and comes with the
 * batch that holds its last piece.
 */
export function* blocksOfBatch(
  batches: PieceBatch[],
  b: number,
  replies: (WirePiece | null)[],
  carry: Map<number, PlacedPiece[]>,
): Generator<[number, PlacedPiece[]]> {
  const batch = batches[b];
  const next = batches[b + 1]?.sources[0]?.block;
  let k = 0;
  while (k < batch.sources.length) {
    const block = batch.sources[k].block;
    const pieces = carry.get(block) ?? [];
    carry.delete(block);
    for (; k < batch.sources.length && batch.sources[k].block === block; k++) pieces.push({ from: batch.sources[k].from, reply: replies[k] ?? null });
    if (k === batch.sources.length && next === block) carry.set(block, pieces);
    else yield [block, pieces];
  }
}
