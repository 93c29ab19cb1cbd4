/**
 * The place-value state machine number words are applied to, one token at a time: "drie",
 * "honderd", "en", "twintig", "duizend" builds 3 → 300 → (and) → 320 → 320 000. A token that
 * does not fit (a unit after a unit, "five six") is refused and the phrase ends before it.
 * One function per kind of token.
 */
import type { NumberLang } from './phrases';

// Token kinds
export const N = 0; // a plain number 0..99
export const H = 1; // honderd / hundred
export const S = 2; // scale ≥ 1000 (also lakh, crore)
export const HALF = 3; // half / halve (0.5)
export const AH = 4; // anderhalf (1.5)
export const ART = 5; // een / a / an
export const FRAC = 6; // ordinal denominator (derde, kwart, fifth …); v = denominator
export const AND = 7; // en / and
export const MUL = 8; // dozen / dozijn / gros: multiplies the current group
export const POINT = 9; // komma / point

export type Tok = { k: number; v: number };
export const t = (k: number, v = 0): Tok => ({ k, v });

export interface State {
  acc: number;
  accScale: number;
  cur: number;
  /** cur at the last "and"/hundred boundary: a fraction's numerator is cur - mark. */
  mark: number;
  pendingOne: boolean;
  afterAnd: boolean;
  afterHalf: boolean;
  hasFrac: boolean;
  fracDone: boolean;
  hasWhole: boolean;
  scaled: boolean;
  any: boolean;
  /** A numerator that could not be added ("twintig drie vijfde"): only a denominator may follow. */
  pendNum: number;
  /** A zero was said ("nought"): nothing may be added to it. */
  zero: boolean;
  /** `mark` was set by "and"/"en" (not by a hundred). */
  markIsAnd: boolean;
}

export function newState(): State {
  return {
    acc: 0, accScale: Infinity, cur: 0, mark: 0, pendingOne: false, afterAnd: false,
    afterHalf: false, hasFrac: false, fracDone: false, hasWhole: false, scaled: false, any: false,
    pendNum: 0, zero: false, markIsAnd: false,
  };
}

/** Whether n can be added to cur by place value (200 + 6, 20 + 1; not 3 + 4, not 20 + 30). */
function canAdd(cur: number, n: number): boolean {
  if (cur === 0) return true;
  if (cur % 1 !== 0) return false;
  if (cur % 10 !== 0) return false;
  if (cur % 100 !== 0) return n < 10;
  if (cur % 1000 !== 0) return n < 100;
  return n < 1000;
}

/** A number 0–99 ("twintig", "six"): added by place value, or held as the numerator of a fraction that follows. */
function applyNumber(st: State, tk: Tok, lang: NumberLang, newWord: boolean): boolean {
  if (st.pendingOne || st.fracDone || st.afterHalf || st.pendNum || st.zero) return false;
  // Dutch writes 21 as one word: "twintig drie" is not 23.
  const crossWordNl = lang === 'nl' && newWord && st.cur % 100 !== 0 && !st.afterAnd;
  if (crossWordNl || !canAdd(st.cur, tk.v)) {
    // Perhaps the numerator of a fraction that follows ("twintig drie vijfde").
    if (!st.any || tk.v === 0) return false;
    st.pendNum = tk.v;
    st.afterAnd = false;
    return true;
  }
  if (tk.v === 0 && !st.any) st.zero = true;
  st.cur += tk.v;
  st.any = true;
  st.hasWhole = true;
  st.afterAnd = false;
  return true;
}

/** "honderd" / "hundred": multiplies the part since the last boundary ("drie" → 300, a bare "honderd" → 100). */
function applyHundred(st: State, _tk: Tok, _lang: NumberLang, _newWord: boolean): boolean {
  if (st.fracDone || st.afterHalf || st.pendNum) return false;
  let base = st.cur - st.mark;
  if (st.pendingOne) base = 1;
  if (base === 0) base = 1;
  if (base >= 100 || base % 1 !== 0) return false;
  st.cur = st.mark + base * 100;
  st.mark = st.cur;
  st.markIsAnd = false;
  st.pendingOne = false;
  st.afterAnd = false;
  st.any = true;
  st.hasWhole = true;
  return true;
}

/** A scale ("duizend", "million", "lakh"): closes the current group; scales multiply or add by size. */
function applyScale(st: State, tk: Tok, _lang: NumberLang, _newWord: boolean): boolean {
  if (st.afterAnd || st.pendNum) return false;
  let base = st.cur;
  if (st.pendingOne) base += 1;
  if (base === 0) {
    if (st.acc > 0 && tk.v > st.accScale) {
      st.acc *= tk.v;
      st.accScale = tk.v;
      st.scaled = true;
      return true;
    }
    if (st.acc > 0) return false;
    base = 1;
  }
  if (st.acc === 0) {
    st.acc = base * tk.v;
  } else if (tk.v < st.accScale) {
    st.acc += base * tk.v;
  } else if (tk.v > st.accScale) {
    st.acc = (st.acc + base) * tk.v;
  } else return false;
  st.accScale = tk.v;
  st.cur = 0;
  st.mark = 0;
  st.markIsAnd = false;
  st.pendingOne = false;
  st.afterHalf = false;
  st.fracDone = false;
  st.any = true;
  st.hasWhole = true;
  st.scaled = true;
  return true;
}

/** "half" / "halve": "a half", "tweeënhalf", "half a million". */
function applyHalf(st: State, _tk: Tok, _lang: NumberLang, _newWord: boolean): boolean {
  if (st.fracDone || st.afterHalf || st.pendNum) return false;
  if (st.pendingOne) {
    // "a half", "een halve", "one and a half"
    st.cur += 0.5;
    st.pendingOne = false;
  } else if (st.afterAnd && st.cur > 0) {
    st.cur += 0.5; // "tweeënhalf", "twaalf en halve"
  } else if (!st.any) {
    st.cur = 0.5; // "half a million", "half"
    st.afterHalf = true;
  } else return false;
  st.afterAnd = false;
  st.any = true;
  st.hasFrac = true;
  st.fracDone = true;
  return true;
}

/** "anderhalf" / "anderhalve": 1.5, only at the start. */
function applyOneAndAHalf(st: State, _tk: Tok, _lang: NumberLang, _newWord: boolean): boolean {
  if (st.any || st.pendingOne) return false;
  st.cur = 1.5;
  st.any = true;
  st.hasWhole = true;
  st.fracDone = true;
  return true;
}

/** "een" / "a" / "an": at the start, after "and", or in "half a million"; else a numerator ("drie een vijfde"). */
function applyArticle(st: State, _tk: Tok, _lang: NumberLang, _newWord: boolean): boolean {
  // Only at the start, after "and", or in "half a million".
  if (st.pendingOne || st.pendNum) return false;
  if (st.afterHalf) {
    st.afterHalf = false;
    st.pendingOne = false;
    st.fracDone = true;
    return true;
  }
  if (st.any && !st.afterAnd) {
    // "drie een vijfde" (3 1/5): a numerator that only a denominator may follow.
    st.pendNum = 1;
    return true;
  }
  st.pendingOne = true;
  st.afterAnd = false;
  return true;
}

/** A denominator ("derde", "kwart", "fifths"): makes a fraction of the numerator before it. */
function applyDenominator(st: State, tk: Tok, _lang: NumberLang, _newWord: boolean): boolean {
  if (st.fracDone || st.afterHalf) return false;
  // Numerator: "twee derde" → 2; "honderd driekwart" → 100 + 3/4 (a small part after a
  // hundred or "and" is a mixed number); "one hundred and thirty-two fifths" → 132/5 (a
  // larger part makes the whole phrase the numerator); "honderdduizend biljoensten" → 1e5/1e12.
  let num: number;
  let base: number;
  if (st.pendNum) {
    num = st.pendNum;
    base = st.cur;
    st.pendNum = 0;
  } else if (st.pendingOne) {
    num = 1;
    base = st.cur;
  } else {
    const part = st.cur - st.mark;
    const mixed = part > 0 && (part < 10 ? st.mark > 0 || st.markIsAnd : st.markIsAnd && st.acc > 0);
    if (mixed) {
      num = part;
      base = st.mark;
    } else {
      num = st.acc + st.cur;
      base = 0;
      st.acc = 0;
      st.accScale = Infinity;
    }
  }
  if (num <= 0 || num % 1 !== 0) return false;
  st.cur = base + num / tk.v;
  st.pendingOne = false;
  st.afterAnd = false;
  st.any = true;
  st.hasFrac = true;
  st.fracDone = true;
  return true;
}

/** "en" / "and": joins a whole and a part ("one hundred and six", "twee en een half"). */
function applyAnd(st: State, _tk: Tok, lang: NumberLang, _newWord: boolean): boolean {
  if (lang === 'nl' && st.pendingOne && !st.any) {
    // "een en een vierde": the article was the number one
    st.pendingOne = false;
    st.cur = 1;
    st.any = true;
    st.hasWhole = true;
  }
  if (!st.any || st.afterAnd || st.pendingOne || st.pendNum) return false;
  st.afterAnd = true;
  st.mark = st.cur;
  st.markIsAnd = true;
  return true;
}

/** "dozijn" / "dozen" / "gros": multiplies the current group. */
function applyMultiplier(st: State, tk: Tok, _lang: NumberLang, _newWord: boolean): boolean {
  if (st.afterAnd || st.pendNum) return false;
  let base = st.cur - st.mark;
  if (st.pendingOne) base = 1;
  if (base === 0) base = 1;
  st.cur = st.mark + base * tk.v;
  st.pendingOne = false;
  st.afterHalf = false;
  st.fracDone = true;
  st.any = true;
  st.hasWhole = true;
  return true;
}

const APPLY: Array<(st: State, tk: Tok, lang: NumberLang, newWord: boolean) => boolean> = [];
APPLY[N] = applyNumber;
APPLY[H] = applyHundred;
APPLY[S] = applyScale;
APPLY[HALF] = applyHalf;
APPLY[AH] = applyOneAndAHalf;
APPLY[ART] = applyArticle;
APPLY[FRAC] = applyDenominator;
APPLY[AND] = applyAnd;
APPLY[MUL] = applyMultiplier;

/** Apply one token; false (and `st` possibly changed: callers restore a snapshot) when it does not fit. */
export function apply(st: State, tk: Tok, lang: NumberLang, newWord: boolean): boolean {
  const f = APPLY[tk.k];
  return f ? f(st, tk, lang, newWord) : false;
}

export function snapshot(st: State): State {
  return { ...st };
}

/** Value of a cardinal token list without fractions, or null. */
export function evalSimple(toks: Tok[]): number | null {
  const st = newState();
  for (const tk of toks) if (!apply(st, tk, 'nl', false)) return null;
  if (st.pendingOne || st.afterAnd) return null;
  return st.acc + st.cur;
}
