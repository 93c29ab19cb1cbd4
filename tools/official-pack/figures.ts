/**
 * A material entry's figure as a fact states it: the value or bound, the qualifier, and a
 * change against the previous year. Nothing is derived: the material's numbers stay as given.
 */
import type { Qualifier } from '../../lib/factbase/schema';
import type { MaterialEntry } from './material';

/** A hedge right before the figure in the evidence. */
const HEDGES: Array<[RegExp, 'approximately' | 'at-least']> = [
  [/\b(?:about|around|some|approximately|roughly|circa|ca\.)\s+$/i, 'approximately'],
  [/\bat least\s+$/i, 'at-least'],
];

/** Ways the evidence may write a value: 43,100 / 3.26 thousand / 1.1 million / 20% / 46.5%. */
function renderings(v: number, unit: string): string[] {
  const abs = Math.abs(v);
  if (unit === 'percent') return [`${abs}%`];
  const out = [abs.toLocaleString('en-US')];
  for (const [div, word] of [
    [1e3, 'thousand'],
    [1e6, 'million'],
  ] as const) {
    if (abs >= div) out.push(`${+(abs / div).toFixed(3)} ${word}`);
  }
  return out;
}

/** Right before a bound, the words that say the figure rounds to it from just below. */
const ALMOST = /\b(?:almost|nearly|close to|just under|bijna|nagenoeg)\s+$/i;

/**
 * `range: {min}` ("more than / ruim / over X") → more-than; `range: {max}` → almost when the
 * evidence says "almost / nearly / close to X" (the figure rounds to X from below), else
 * less-than ("fewer than / under X"; never at-most: these words exclude X); otherwise a hedge
 * word right before the figure in the evidence, or exact.
 */
export function qualifierFor(e: MaterialEntry): Exclude<Qualifier, 'at-most'> {
  if (e.range?.min !== undefined) return 'more-than';
  if (e.range?.max !== undefined) return hedgeBefore(e, e.range.max, [[ALMOST, 'almost']]) ?? 'less-than';
  return hedgeBefore(e, e.value as number, HEDGES) ?? 'exact';
}

/** The qualifier a hedge right before the figure's first rendering in the evidence gives, if any. */
function hedgeBefore<Q extends Qualifier>(e: MaterialEntry, v: number, hedges: Array<[RegExp, Q]>): Q | null {
  for (const r of renderings(v, e.unit)) {
    const at = e.evidence.indexOf(r);
    if (at < 0) continue;
    const before = e.evidence.slice(Math.max(0, at - 20), at);
    return hedges.find(([re]) => re.test(before))?.[1] ?? null;
  }
  return null;
}

export function isChangeMeasure(e: MaterialEntry): boolean {
  return /change vs previous year/.test(e.measure);
}

/** The entry's number: its value, or the bound of its range. */
export function rawFigure(e: MaterialEntry): number {
  const raw = e.value ?? e.range?.min ?? e.range?.max;
  if (raw === undefined) throw new Error(`no value in ${e.id}`);
  return raw;
}

export interface FactFigure {
  value: number;
  unit: 'count' | 'percent';
  qualifier: Exclude<Qualifier, 'at-most'>;
  change?: { direction: 'increase' | 'decrease'; since: string };
}

/** A "change vs previous year" entry is stored as its size with a direction and the year before. */
export function figureOf(e: MaterialEntry, period: string | null): FactFigure {
  const raw = rawFigure(e);
  const unit = e.unit === 'percent' ? 'percent' : 'count';
  const qualifier = qualifierFor(e);
  if (!isChangeMeasure(e)) return { value: raw, unit, qualifier };
  if (!period || !/^\d{4}$/.test(period)) throw new Error(`change entry ${e.id} needs a year period`);
  return {
    value: Math.abs(raw),
    unit,
    qualifier,
    change: { direction: raw < 0 ? 'decrease' : 'increase', since: String(Number(period) - 1) },
  };
}
