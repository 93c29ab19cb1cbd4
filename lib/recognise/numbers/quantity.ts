/**
 * A numeral with what belongs to it: scale words and units after it ("1,5 miljoen euro",
 * "40 procent", "10k", "3 miljoen en een half"), a whole and a fraction ("2 1/4"), and the
 * second quantity of a range, change or share ("tot 750", "op de drie").
 */
import type { Unit } from '../types';
import { isAsciiDigitCode, isInlineSpaceCode, isLatinOrGreekLetterCode, isMinusCode } from '../chars';
import { readWordNumber } from './words';
import { AND_HALF_RE, MIXED_RE, OF_A_SCALE_RE, SCALE, SCALE_REST_RE, SPACED_LETTER_RE, SUFFIX_RE, WORD_START_EN, WORD_START_NL, type NumberLang } from './phrases';
import { readNumeral, type Core, type Read } from './numerals';

/** The numeral at `pos`: digits, or a number in words (`isWord`) such as "de helft" or "twee miljoen". */
function readCore(text: string, pos: number, lang: NumberLang, isWord: boolean): Read | null {
  if (!isWord) return readNumeral(text, pos, lang);
  let p = pos;
  const start = pos;
  // "de helft"
  if ((text.charCodeAt(p) | 32) === 100 && (text.charCodeAt(p + 1) | 32) === 101 && isInlineSpaceCode(text.charCodeAt(p + 2))) {
    p += 2;
    while (isInlineSpaceCode(text.charCodeAt(p))) p++;
    const e = p + 5;
    if (text.slice(p, e).toLowerCase() !== 'helft' || isLatinOrGreekLetterCode(text.charCodeAt(e))) return null;
    return { core: { start, end: e, value: 50, plainInt: false, digits: 0, words: true, share: true, scaled: false, bareArticle: false, mult: 1 } };
  }
  let wn = readWordNumber(text, p, lang, false);
  let bare = false;
  if (!wn) {
    wn = readWordNumber(text, p, lang, true);
    if (!wn) return null;
    bare = true;
  }
  let value = wn.value;
  let share = wn.share;
  let end = wn.end;
  // "a third of a million", "three quarters of a million": a fraction of the scale, not a share.
  OF_A_SCALE_RE.lastIndex = end;
  const ofScale = share ? OF_A_SCALE_RE.exec(text) : null;
  if (ofScale) {
    value = value * SCALE[ofScale[1].toLowerCase()];
    share = false;
    end += ofScale[0].length;
  }
  if (share) value = value * 100;
  return {
    core: { start, end, value, plainInt: false, digits: 0, words: true, share, scaled: wn.scaled || !!ofScale, bareArticle: bare, mult: 1 },
  };
}

/** A numeral with the scale and unit words after it ("38.000 asielaanvragen", "1,5 miljoen euro"). */
export interface Quantity {
  core: Core;
  start: number;
  end: number;
  value: number;
  unit: Unit | null;
  /** A scale word or glued scale was applied. */
  scaleMult: number;
}

/** Up to three scale and unit words after the numeral ("1,5 miljoen euro"). */
function readSuffixes(text: string, q: Quantity): void {
  for (let i = 0; i < 3; i++) {
    SUFFIX_RE.lastIndex = q.end;
    const m = SUFFIX_RE.exec(text);
    if (!m) return;
    if (m[1]) {
      if (q.unit && q.unit !== 'count') return;
      q.unit = 'percentage-points';
    } else if (m[2]) {
      if (q.unit && q.unit !== 'count') return;
      q.unit = 'percent';
    } else if (m[3]) {
      if (q.unit && q.unit !== 'EUR') return;
      q.unit = 'EUR';
    } else if (m[4]) {
      if (q.unit && q.unit !== 'USD') return;
      q.unit = 'USD';
    } else if (m[5]) {
      if (q.unit && q.unit !== 'GBP') return;
      q.unit = 'GBP';
    } else if (m[6]) {
      if (q.unit === 'percent' || q.unit === 'percentage-points' || q.core.share) return;
      const w = m[6];
      const lw = w.toLowerCase();
      const mult = SCALE[lw];
      if (mult === undefined) return;
      // "k" only right after a numeral; never after words ("ten k")
      if (lw === 'k' && (q.core.words || m[0].length > 3)) return;
      // Dutch "honderd" after digits is unusual, and "3 duizend" reads fine; words already include scales.
      if (q.core.words && mult >= 100 && mult !== 12 && mult !== 144) {
        // "twee miljoen" is read by the word reader; a second scale word here is "honderd miljoen"-like
        if (!(mult > 1000 && q.value >= 1)) return;
      }
      // Scales multiply: "three lakh crore", "honderdduizend miljoen".
      q.value *= mult;
      q.scaleMult *= mult;
      q.end = m.index + m[0].length;
      if (mult >= 1000) {
        AND_HALF_RE.lastIndex = q.end;
        const h = AND_HALF_RE.exec(text);
        if (h) {
          q.value += mult / 2;
          q.end = h.index + h[0].length;
          return;
        }
      }
      continue;
    }
    q.end = m.index + m[0].length;
  }
}

/**
 * "one million 204 thousand", "1 miljoen 204 duizend": a whole number of a large scale followed
 * by digits of a smaller one is one number (1,204,000), as translated wire copy writes it.
 */
function readScaleRest(text: string, q: Quantity): void {
  // (The scale of "one million" is in its words; of "1 million" in the word after the digits.)
  const words = q.core.words && q.core.scaled && q.value >= 1e6 ? (q.value % 1e9 === 0 ? 1e9 : q.value % 1e6 === 0 ? 1e6 : 0) : 0;
  const scale = q.scaleMult >= 1e6 && q.value % q.scaleMult === 0 ? q.scaleMult : words;
  if (!scale || q.unit) return;
  SCALE_REST_RE.lastIndex = q.end;
  const m = SCALE_REST_RE.exec(text);
  const mult = m ? SCALE[m[2].toLowerCase()] : 0;
  if (!m || mult >= scale) return;
  q.value += Number(m[1]) * mult;
  q.end = m.index + m[0].length;
}

/** The quantity at `pos`, or where to go on when the text there is not a number. */
export function readQuantity(text: string, pos: number, lang: NumberLang, isWord: boolean): { q: Quantity } | { skip: number } | null {
  const r = readCore(text, pos, lang, isWord);
  if (!r) return null;
  if ('skip' in r) return r;
  const core = r.core;
  const q: Quantity = {
    core, start: core.start, end: core.end, value: core.value, unit: core.share ? 'percent' : null,
    scaleMult: core.mult,
  };
  if (core.plainInt && core.value < 1000) {
    // "2  1/4", "- 1 4/5": a whole number and a fraction
    MIXED_RE.lastIndex = core.end;
    const m = MIXED_RE.exec(text);
    if (m && Number(m[1]) < Number(m[2]) && Number(m[2]) > 0) {
      q.value = core.value + Number(m[1]) / Number(m[2]);
      q.end = core.end + m[0].length;
      core.plainInt = false;
    }
  }
  if (!core.share || !core.words) readSuffixes(text, q);
  readScaleRest(text, q);
  if (!core.words && q.scaleMult === 1 && q.unit === null) {
    // "1,674.5 G", "1,674,200.5 M": an upper-case scale letter after a space
    SPACED_LETTER_RE.lastIndex = q.end;
    const m = SPACED_LETTER_RE.exec(text);
    if (m) {
      const mult = m[1] === 'M' ? 1e6 : 1e9; // G and B
      q.value *= mult;
      q.scaleMult = mult;
      q.end += m[0].length;
    }
  }
  return { q };
}

/** A quantity at p (digits or words, with optional currency or minus before it). */
export function readSecond(text: string, p: number, lang: NumberLang): Quantity | null {
  let unit: Unit | null = null;
  let neg = false;
  let s = p;
  const c = text.charCodeAt(s);
  if (c === 0x20ac || c === 36 || c === 0xa3) {
    unit = c === 36 ? 'USD' : c === 0xa3 ? 'GBP' : 'EUR';
    s++;
    while (isInlineSpaceCode(text.charCodeAt(s))) s++;
  } else if (text.startsWith('EUR', s) && isInlineSpaceCode(text.charCodeAt(s + 3))) {
    unit = 'EUR';
    s += 3;
    while (isInlineSpaceCode(text.charCodeAt(s))) s++;
  }
  if (isMinusCode(text.charCodeAt(s)) && isAsciiDigitCode(text.charCodeAt(s + 1))) {
    neg = true;
    s++;
  }
  const d = text.charCodeAt(s);
  let r;
  if (isAsciiDigitCode(d)) r = readQuantity(text, s, lang, false);
  else if (isLatinOrGreekLetterCode(d)) {
    const re = lang === 'nl' ? WORD_START_NL : WORD_START_EN;
    re.lastIndex = s;
    if (!re.test(text)) return null;
    r = readQuantity(text, s, lang, true);
  } else return null;
  if (!r || 'skip' in r) return null;
  const q = r.q;
  if (q.core.bareArticle) return null;
  if (neg) q.value = -q.value;
  if (unit && (!q.unit || q.unit === 'count')) q.unit = unit;
  q.start = p;
  return q;
}
