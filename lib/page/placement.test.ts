import { describe, expect, it } from 'vitest';
import { placeCard } from './placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 200 };

describe('placeCard', () => {
  it('puts the card below the word when there is room, without covering it', () => {
    const anchor = { left: 100, top: 100, width: 60, height: 20 };
    const p = placeCard(anchor, card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(anchor.top + anchor.height);
    expect(p.left).toBe(100);
  });
  it('flips above near the bottom edge', () => {
    const anchor = { left: 100, top: 700, width: 60, height: 20 };
    const p = placeCard(anchor, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(anchor.top);
    // Held by its bottom edge, just above the word.
    expect(p.bottom).toBe(viewport.height - (anchor.top - 8));
  });
  it('keeps the side it already has while the card still fits there', () => {
    const anchor = { left: 100, top: 500, width: 60, height: 20 };
    expect(placeCard(anchor, { width: 380, height: 250 }, viewport).side).toBe('below');
    expect(placeCard(anchor, { width: 380, height: 250 }, viewport, 'above').side).toBe('above');
    // Where it no longer fits, the side with more room wins.
    expect(placeCard(anchor, { width: 380, height: 600 }, viewport, 'below').side).toBe('above');
  });
  it('stays inside the viewport at the right edge', () => {
    const p = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport);
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width);
  });
});
