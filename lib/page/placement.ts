/**
 * Where a card goes: below the word when it fits, above it otherwise, always inside the
 * viewport and never over the word itself.
 */
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
}

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8): Placement {
  const margin = 8;
  const spaceBelow = viewport.height - (anchor.top + anchor.height) - gap - margin;
  const spaceAbove = anchor.top - gap - margin;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.top + anchor.height + gap : anchor.top - gap - card.height;
  const maxLeft = Math.max(margin, viewport.width - card.width - margin);
  const left = Math.min(Math.max(anchor.left, margin), maxLeft);
  return { left: Math.round(left), top: Math.round(top), side };
}
