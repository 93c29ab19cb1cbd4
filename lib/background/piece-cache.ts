/**
 * Pieces of page text the background recognised lately, with their annotations, so a tab can
 * ask about an annotation (its card, its line in the list) by reference instead of sending or
 * keeping the text. Most recently used last out of the budget.
 *
 * A piece's key is made from its text and how it was read (language, publication date), not
 * counted out: a background that was stopped and started again (its memory gone) gives the
 * same text the same key when a tab sends it again, so the references the tab holds work again.
 * The key leaves out white space at either end: a tab reads a block again from its own element,
 * which gives its text without the white space that followed it in the page (the indentation
 * before the next element), and must still find its annotations by the same key and index.
 * Two 32-bit hashes make a collision between two pieces about as likely as 1 in 2^64.
 */
import type { Annotation, Lang } from '../recognise/types';

export interface RecognisedPiece {
  /** What a tab refers to the piece by. */
  key: string;
  text: string;
  annotations: Annotation[];
  /** The fact-base version it was recognised with. */
  version: string;
}

export interface PieceReading {
  lang: Lang | 'auto';
  published: string | null;
}

/** Text characters kept (with an allowance per annotation): a few long pages' worth. */
const DEFAULT_BUDGET = 4_000_000;
const ANNOTATION_WEIGHT = 400;

const weight = (p: RecognisedPiece) => p.text.length + ANNOTATION_WEIGHT * p.annotations.length;

export class PieceCache {
  /** By key, least recently used first (a Map keeps insertion order). */
  private readonly pieces = new Map<string, RecognisedPiece>();
  private size = 0;

  constructor(private readonly budget = DEFAULT_BUDGET) {}

  /** The key of this text read this way (white space at either end left out). */
  keyOf(reading: PieceReading, text: string): string {
    return pieceKey(`${reading.lang}\u0000${reading.published ?? ''}\u0000${text.trim()}`);
  }

  /** The piece a tab refers to (now the most recently used), if this background holds it. */
  get(key: string): RecognisedPiece | undefined {
    const piece = this.pieces.get(key);
    if (piece) {
      this.pieces.delete(key);
      this.pieces.set(key, piece);
    }
    return piece;
  }

  /** Keep a newly recognised piece (replacing one recognised with an older fact base). */
  put(piece: RecognisedPiece): RecognisedPiece {
    const old = this.pieces.get(piece.key);
    if (old) {
      this.pieces.delete(piece.key);
      this.size -= weight(old);
    }
    this.pieces.set(piece.key, piece);
    this.size += weight(piece);
    for (const [key, p] of this.pieces) {
      if (this.size <= this.budget || this.pieces.size <= 1) break;
      this.pieces.delete(key);
      this.size -= weight(p);
    }
    return piece;
  }
}

/** Two 32-bit FNV-1a style hashes (different bases and primes) and the length, in base 36. */
export function pieceKey(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${s.length.toString(36)}`;
}
