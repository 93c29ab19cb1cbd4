/**
 * Pure shapes the UI draws with, shared by lib/page (which measures the page) and components
 * (which only render): a box, where a card goes, and the fallback overlay's boxes with the
 * kind of mark each stands for. No DOM here, so components need nothing from lib/page.
 */

/** The kinds of mark painted on a page: a term, an unchecked figure, or a figure by verdict. */
export type HighlightKind = 'term' | 'figure' | 'consistent' | 'differs' | 'context';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /**
   * Above the word the card is held by its bottom edge (distance from the viewport's bottom),
   * so when it shrinks or grows it stays against the word and under the pointer.
   */
  bottom?: number;
}

/** One box of the fallback overlay (where the CSS Custom Highlight API is missing). */
export interface OverlayBox extends Box {
  kind: HighlightKind;
}
