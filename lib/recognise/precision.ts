/**
 * The precision a written figure states: the interval it stands for, from its digits and its
 * qualifier ("ruim", "bijna", "circa"). Verdicts compare such intervals (verdicts.ts), and the
 * claim frame shows the page figure's interval.
 */
import type { Qualifier } from './types';

/** The rounding step a written value implies: 38000 → 1000, 38325 → 1, 0.45 → 0.01. */
export function roundingStep(v: number): number {
  const a = Math.abs(v);
  if (a === 0) return 1;
  if (Number.isInteger(a)) {
    let step = 1;
    let x = a;
    while (x % 10 === 0 && x >= 10) {
      x /= 10;
      step *= 10;
    }
    return step;
  }
  const s = a.toFixed(6).replace(/0+$/, '');
  const dec = s.length - s.indexOf('.') - 1;
  return 10 ** -dec;
}

/** How far above "more than a million", "meer dan 20.000" a text's figure reaches. */
const QUARTER = 0.25;

/**
 * A figure written as one or two of its own rounding unit ("a million", "1 million", "2
 * miljoen", "20.000"): the next figure written that coarsely is a whole unit away, so "more
 * than" it says less than "more than 1.2 million" would.
 */
function wholeUnits(v: number, step: number): boolean {
  return step >= Math.abs(v) / 2;
}

/**
 * The interval a written figure stands for, given its qualifier. The rule is the text's own
 * precision, with no fixed percentage slack: a plain figure covers what rounds to it (half its
 * rounding step either way: "38.000" is 37,500–38,500, "38.271" only itself), and a figure
 * written in a text also what was cut off to it ("38.000": up to 39,000); "circa"/"about"
 * loosens that to a whole step either way; "ruim"/"more than" covers one step above,
 * "minder dan"/"less than" one step below. "bijna"/"almost" claims the figure rounds to the
 * number written, from just below: it covers what rounds to it ("bijna 43.000" is
 * 42,500–43,500; just over is not held against it, as sources that round differently put the
 * same count either side of the number; a source's own "almost" stays below it), never a whole step below ("bijna 250.000" is not
 * 243,000). A step never counts for more than a tenth of the value ("ruim 400" is 400–440,
 * not 400–500; "bijna 10.000" is 9,500–10,500) — except above a text's figure written as one or
 * two of its unit, where "more than a million" covers up to a quarter more (1.0–1.25 million:
 * the next figure written that coarsely would be "2 million").
 */
export function interval(value: number | undefined, range: [number, number] | undefined, q: Qualifier, written = false): [number, number] {
  if (range) return [Math.min(range[0], range[1]), Math.max(range[0], range[1])];
  const v = value as number;
  const a = Math.abs(v);
  const step = roundingStep(v);
  const cap = Math.max(0.1 * a, 1e-9);
  switch (q) {
    case 'approximately': {
      const d = Math.min(step, cap);
      return [v - d, v + d];
    }
    case 'more-than':
    case 'at-least':
      return [v, v + Math.min(step, written && wholeUnits(v, step) ? QUARTER * a : cap)];
    case 'less-than':
    case 'at-most':
      return [v - Math.min(step, cap), v];
    case 'almost': {
      // Even a figure written to the unit ("bijna 4279") leaves half a unit either side.
      const d = Math.min(Math.max(step, 1), cap) / 2;
      // A source's own "almost 1.3 million" knows its count is below the number: 1.25–1.3 million.
      return written ? [v - d, v + d] : [v - d, v];
    }
    default: {
      const half = step > 1 ? Math.min(step / 2, cap) : 0;
      // A figure written in a text may also be cut off: news writes CBS's 35,535 as "35.000"
      // as often as it rounds, so it reaches up to its next step ("35.000" is 34,500–36,000;
      // toward zero for a negative one). A source's own figure is rounded, not cut off.
      if (!written || step <= 1) return [v - half, v + half];
      // (Up to, not including, the next step: "1.700" is not 1,800.)
      const cut = Math.min(step, cap) * (1 - 1e-9);
      return v >= 0 ? [v - half, v + cut] : [v - cut, v + half];
    }
  }
}

