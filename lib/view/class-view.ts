/**
 * The class view's model: a page's annotations grouped by the six pillars of the Dutch
 * integrated migration agenda, and "other" for what belongs to none. Pure.
 */
import type { CardModel } from './card';

export interface PageCard {
  /** Index in reading order (to open it on the page). */
  index: number;
  text: string;
  kind: 'term' | 'figure';
  model: CardModel;
}

export interface PageCards {
  title: string;
  url: string;
  lang: 'nl' | 'en';
  pillars: { number: number; label: string }[];
  cards: PageCard[];
}

export interface PillarGroup {
  /** 1–6, or null for "other". */
  pillar: number | null;
  label: string;
  cards: PageCard[];
}

/**
 * Groups in pillar order, "other" last; empty pillars are kept so a class sees all six.
 * A term that names a pillar itself counts for that pillar. The same concept appearing
 * twice on a page is listed once per group, with its first occurrence.
 */
export function groupByPillar(page: PageCards, otherLabel: string): PillarGroup[] {
  const groups: PillarGroup[] = page.pillars.map((p) => ({ pillar: p.number, label: p.label, cards: [] }));
  const other: PillarGroup = { pillar: null, label: otherLabel, cards: [] };
  const seen = new Set<string>();
  for (const card of page.cards) {
    const key = `${card.kind}:${card.model.title}:${card.kind === 'figure' ? card.text : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const group = groups.find((g) => g.pillar === card.model.pillar?.number) ?? other;
    group.cards.push(card);
  }
  return [...groups, other];
}
