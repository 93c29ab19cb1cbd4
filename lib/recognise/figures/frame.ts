/**
 * The claim frame: what a figure on a page claims, slot by slot, with the words that decided
 * each slot. A verdict may only be given on a complete frame (verdicts.ts): every slot
 * determined, the modality realised (or provisional), the period complete (not a period still
 * running when the text was written), and a national or wider geography.
 *
 * Offsets in a frame are normalised while the engine works (FrameN) and original — UTF-16
 * offsets into the input text — in what it returns (Claim, the CLI's `claim` object).
 */
import type { Qualifier } from '../types';
import type { Aggregation } from './aggregation';
import type { GeoScope } from './geo';
import type { Modality } from './modality';
import type { Granularity, PeriodHow, PeriodMention } from './period';
import type { Subset } from './subset';

export type { Aggregation, GeoScope, Granularity, Modality, PeriodHow, Subset };

type Spans = Array<[number, number]>;

export interface ClaimSlot<T> {
  value: T;
  /** The engine could read this slot from the text (or, for geo, the page's default applies). */
  determined: boolean;
  /** Offsets of the words that set the slot. */
  words: Spans;
}

export interface Claim {
  measure: ClaimSlot<string | null> & {
    /** The official counting rules (definitions) the figure's words allow. */
    definitions: string[];
    /** Counting-rule and publisher words stated ("first", "pub-cbs"). */
    facets: string[];
    /** Governed directly by its cue (a noun right after it, "het aantal …"). */
    strong: boolean;
  };
  aggregation: ClaimSlot<Aggregation> & { direction?: 'increase' | 'decrease'; per?: string; since: string | null };
  period: ClaimSlot<string | null> & {
    granularity: Granularity | null;
    how: PeriodHow;
    toDate: boolean;
    /** Another period the words may mean ("Toen" after a baseline): agreeing with it is consistent too, never differs. */
    alt?: string;
    /** A count running up to the moment of writing ("since the war began"), dated by the month it was written in. */
    running?: true;
  };
  geo: ClaimSlot<string> & {
    scope: GeoScope;
    how: 'clause' | 'sentence' | 'paragraph' | 'text' | 'measure' | 'default';
    /** The Dutch default on a text that does not say it is about the Netherlands, or the EU a text named elsewhere: never enough to accuse. */
    assumed?: boolean;
  };
  subset: ClaimSlot<Subset | null> & { restricted: boolean };
  modality: ClaimSlot<Modality>;
  qualifier: ClaimSlot<Qualifier> & { interval: [number, number] };
}

/** A frame while the engine works: normalised offsets, and the comparison mention itself. */
export interface FrameN extends Omit<Claim, 'aggregation'> {
  aggregation: Claim['aggregation'] & { sinceMention: PeriodMention | null };
}

/**
 * Whether every slot of the frame is determined and the claim is of a kind official counts can
 * check. `measureModality`: what every figure of the measure is, when not a realised count (a
 * pledge's places): a figure of that modality is then one of its figures, for a period however
 * far ahead.
 */
export function checkable(f: Claim, measureModality?: Modality): { ok: boolean; why: string | null } {
  const promised = measureModality !== undefined && f.modality.value === measureModality;
  if (!f.measure.determined) return { ok: false, why: 'measure' };
  if (!f.period.determined) return { ok: false, why: 'period' };
  if (f.period.toDate && !promised) return { ok: false, why: 'period-to-date' };
  if (!f.geo.determined) return { ok: false, why: 'geo' };
  if (f.geo.scope === 'local' || f.geo.scope === 'region') return { ok: false, why: 'geo-local' };
  if (!f.subset.determined) return { ok: false, why: 'subset' };
  if (f.modality.value !== 'realised' && f.modality.value !== 'provisional' && !promised) return { ok: false, why: 'modality' };
  if (f.aggregation.value === 'rate' || f.aggregation.value === 'ratio') return { ok: false, why: 'aggregation' };
  return { ok: true, why: null };
}

/** The frame with its offsets mapped into the original text. */
export function toOriginalClaim(f: FrameN, toOrig: (a: number, b: number) => [number, number]): Claim {
  const m = (ws: Spans): Spans => ws.map(([a, b]) => toOrig(a, b));
  const { sinceMention: _s, ...aggregation } = f.aggregation;
  return {
    measure: { ...f.measure, words: m(f.measure.words) },
    aggregation: { ...aggregation, words: m(aggregation.words) },
    period: { ...f.period, words: m(f.period.words) },
    geo: { ...f.geo, words: m(f.geo.words) },
    subset: { ...f.subset, words: m(f.subset.words) },
    modality: { ...f.modality, words: m(f.modality.words) },
    qualifier: { ...f.qualifier, words: m(f.qualifier.words) },
  };
}
