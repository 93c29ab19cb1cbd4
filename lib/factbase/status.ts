/** What the fact base holds, as the popup and the options page show it (`getStatus`). */
import type { NewestFigure } from './freshness';

export interface StatusReport {
  database: 'ok' | 'unavailable';
  databaseError?: string;
  packs: { id: string; version: string; origin: 'bundled' | 'user'; title: { nl: string; en: string }; enabled: boolean; counts: Record<string, number> }[];
  /** The newest period the enabled packs hold a figure for, per main measure. */
  newest: NewestFigure[];
}
