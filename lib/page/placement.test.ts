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
  });
  it('stays inside the viewport at the right edge', () => {
    const p = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport);
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width);
  });
});
