/**
 * What fact matching and verdicts need of a fact, and the one projection from a pack's fact to
 * it (used by the lexicon, and by the card to list the facts a figure could be compared with).
 */
import type { Qualifier, Unit } from './types';

export interface FactLite {
  id: string;
  concept: string;
  value?: number;
  range?: [number, number];
  unit: Unit;
  qualifier: Qualifier;
  period: string | null;
  geo: string;
  confidence?: 'high' | 'medium' | 'low';
  /** The fact states a change (since `since`), not a level. */
  change?: boolean;
  since?: string;
  direction?: 'increase' | 'decrease';
  subset?: { nationality?: string; group?: string };
  /** The earlier release this fact revises. */
  revises?: string;
  published?: string;
}

/** A fact as a pack (or a snapshot) holds it: the fields the projection reads. */
export interface FactSource {
  id: string;
  concept: string;
  value?: number;
  range?: [number, number];
  unit: Unit;
  qualifier?: Qualifier;
  period: string | null;
  geo: string;
  confidence?: 'high' | 'medium' | 'low';
  change?: { direction: 'increase' | 'decrease'; since?: string } | unknown;
  subset?: { nationality?: string; group?: string };
  revises?: string;
  published?: string;
}

export function factLite(f: FactSource): FactLite {
  const stated = f.change as { direction?: string; since?: string; to?: number } | undefined;
  // A level reached by a change ("van 500 naar 750": value 750 = `to`) is a level, not a change.
  const change = stated && !(stated.to !== undefined && stated.to === f.value) ? stated : undefined;
  return {
    id: f.id,
    concept: f.concept,
    ...(f.value !== undefined ? { value: f.value } : {}),
    ...(f.range ? { range: [f.range[0], f.range[1]] as [number, number] } : {}),
    unit: f.unit,
    qualifier: f.qualifier ?? 'exact',
    period: f.period,
    geo: f.geo,
    ...(f.confidence ? { confidence: f.confidence } : {}),
    ...(change ? { change: true, ...(change.since ? { since: change.since } : {}), ...(change.direction ? { direction: change.direction as 'increase' | 'decrease' } : {}) } : {}),
    ...(f.subset && (f.subset.nationality || f.subset.group) ? { subset: { ...f.subset } } : {}),
    ...(f.revises ? { revises: f.revises } : {}),
    ...(f.published ? { published: f.published } : {}),
  };
}
