/**
 * Where a card goes: below the word when it fits, above it otherwise, always inside the
 * viewport and never over the word itself.
 */
import type { Box, Placement } from '../view/geometry';

/**
 * `prefer` keeps the side a card already has when it grows or re-renders (a note being
 * edited), so it does not jump away from under the pointer while it still fits there.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  prefer?: 'below' | 'above',
  gap = 8,
): Placement {
  const margin = 8;
  const spaceBelow = viewport.height - (anchor.top + anchor.height) - gap - margin;
  const spaceAbove = anchor.top - gap - margin;
  const fits = { below: card.height <= spaceBelow, above: card.height <= spaceAbove };
  const side = prefer && fits[prefer] ? prefer : fits.below || spaceBelow >= spaceAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.top + anchor.height + gap : anchor.top - gap - card.height;
  const maxLeft = Math.max(margin, viewport.width - card.width - margin);
  const left = Math.min(Math.max(anchor.left, margin), maxLeft);
  return side === 'above'
    ? { left: Math.round(left), top: Math.round(top), side, bottom: Math.round(viewport.height - (anchor.top - gap)) }
    : { left: Math.round(left), top: Math.round(top), side };
}
