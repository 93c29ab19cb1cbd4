/**
 * How a page's text goes to the background and its annotations come back, compactly: the tab
 * receives, per piece of text, only where each annotation is and how to paint it. What a card,
 * the list, the class view or an export says about an annotation is asked for separately, by
 * reference (the piece's key and the annotation's index in it), when it is needed.
 *
 * A piece is a block's text, or a part of a very long block cut at a sentence end
 * (lib/view/text-parts.ts): the unit recognition always ran on, so the annotations are the same
 * as when the page recognised its text itself.
 */
import type { Annotation, Verdict } from '../recognise/types';

/** Longest piece of text recognised in one go (a longer block is cut at sentence ends). */
export const PIECE_CHARS = 4000;

/** One recognised piece: its key (for asking about its annotations later) and [start, end, code] per annotation. */
export interface WirePiece {
  key: string;
  a: number[];
}

/** An annotation by reference: its piece's key and its index among the piece's annotations. */
export type AnnotationRef = [key: string, index: number];

/** What the code says: a term, or a figure with its verdict (null: no verdict). */
const CODES: readonly { kind: 'term' | 'figure'; verdict: Verdict | null }[] = [
  { kind: 'term', verdict: null },
  { kind: 'figure', verdict: null },
  { kind: 'figure', verdict: 'consistent' },
  { kind: 'figure', verdict: 'differs' },
  { kind: 'figure', verdict: 'context' },
];

export function annotationCode(a: Pick<Annotation, 'kind' | 'verdict'>): number {
  if (a.kind === 'term') return 0;
  return a.verdict === 'consistent' ? 2 : a.verdict === 'differs' ? 3 : a.verdict === 'context' ? 4 : 1;
}

export function decodeAnnotationCode(code: number): { kind: 'term' | 'figure'; verdict: Verdict | null } {
  return CODES[code] ?? CODES[1];
}

/** The annotations of a piece as numbers: [start, end, code] each, in the engine's order. */
export function encodeAnnotations(annotations: readonly Annotation[]): number[] {
  const out: number[] = [];
  for (const a of annotations) out.push(a.start, a.end, annotationCode(a));
  return out;
}
