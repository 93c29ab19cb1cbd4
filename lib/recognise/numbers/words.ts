/**
 * Numbers written out in words, Dutch and English ("zeventig", "vijftigduizend",
 * "tweeënhalf", "twee derde", "half a million", "twenty-five", "one hundred and six").
 *
 * The reader works word by word from a position the caller found. Dutch writes numbers
 * below a million as one word ("driehonderdeenentachtigduizend"), so a Dutch word is split
 * into morphemes by longest match; English words are looked up whole (word-tokens.ts). Words
 * are applied to a small place-value state machine one at a time (place-value.ts); when a
 * word does not fit (a unit after a unit, "five six"), the phrase ends after the last word
 * that did. No per-character allocation: one lowercased string per word read.
 */
import { isLatinLetterCode } from '../chars';
import { ART, FRAC, HALF, N, POINT, apply, newState, snapshot, t, type State, type Tok } from './place-value';
import type { NumberLang } from './phrases';
import { EN_ORDINAL_UNITS, ORDINAL_NOUN, tokensFor } from './word-tokens';

/** What the reader found. `share` means the phrase is a bare fraction ("twee derde", "a half"). */
export interface WordNumber {
  value: number;
  /** End offset (exclusive) of the last word used. */
  end: number;
  /** A fraction of a whole with no whole part and no scale after it. */
  share: boolean;
  /** The phrase contains a scale word (duizend, miljoen, thousand, million …). */
  scaled: boolean;
  /** Number of words used. */
  words: number;
}

/** Read one word of letters starting at `p`; returns its end. */
function wordEnd(text: string, p: number): number {
  let e = p;
  while (e < text.length && isLatinLetterCode(text.charCodeAt(e))) e++;
  return e;
}

const SEP_RE = /[ \t\u00a0\u2009\u202f]*(?:\r?\n[ \t\u00a0\u2009\u202f]*)?(?:[-–][ \t\u00a0\u2009\u202f]*)?/y;

/**
 * Read a number phrase in words starting at `pos` (the start of a word).
 * `allowBareArticle`: accept a lone "een"/"a" as 1 (after "min": "min een").
 */
export function readWordNumber(text: string, pos: number, lang: NumberLang, allowBareArticle = false): WordNumber | null {
  const st = newState();
  let good: State | null = null;
  let goodEnd = pos;
  let goodWords = 0;
  let p = pos;
  let words = 0;
  let firstTokArticle = false;
  while (p < text.length) {
    const word = wordTokensAt(text, p, lang);
    if (!word) break;
    const { toks, end } = word;
    if (toks[0].k === POINT) {
      // "two hundred point zero three", "min vijf komma vijf"
      if (!good || good.hasFrac || st.pendingOne || st.afterAnd) break;
      const dec = readDecimalWords(text, word.wordEnd, lang);
      if (!dec) break;
      const whole = good.acc + good.cur;
      const val = Number(`${whole}.${dec.digits}`);
      return { value: val, end: dec.end, share: false, scaled: good.scaled, words: goodWords + 1 + dec.words };
    }
    if (!applyWord(st, toks, lang, words > 0)) break;
    if (words === 0 && toks.length === 1 && toks[0].k === ART) firstTokArticle = true;
    words++;
    // A complete phrase so far; a bare "half" is one too ("more than half").
    if ((st.any && !st.pendingOne && !st.afterAnd && !st.afterHalf && !st.pendNum) || st.afterHalf) {
      good = snapshot(st);
      goodEnd = end;
      goodWords = words;
    }
    SEP_RE.lastIndex = end;
    const m = SEP_RE.exec(text);
    p = m ? end + m[0].length : end;
  }
  if (!good) {
    if (allowBareArticle && firstTokArticle) {
      return { value: 1, end: wordEnd(text, pos), share: false, scaled: false, words: 1 };
    }
    return null;
  }
  return phraseValue(text, good, goodEnd, goodWords);
}

/**
 * The tokens of the word at `p`, with where the word ends and where the tokens end (beyond it
 * for "twenty-first"); null when there is no word or it is no number word.
 */
function wordTokensAt(text: string, p: number, lang: NumberLang): { toks: Tok[]; wordEnd: number; end: number } | null {
  const e = wordEnd(text, p);
  if (e === p) return null;
  const toks = tokensFor(text.slice(p, e).toLowerCase(), lang);
  if (lang === 'en' && toks && toks[0].k === N && toks[0].v >= 20 && toks[0].v % 10 === 0 && text.charCodeAt(e) === 45) {
    // "twenty-first", "thirty-fifths": a compound ordinal denominator
    const f = wordEnd(text, e + 1);
    const ord = EN_ORDINAL_UNITS[text.slice(e + 1, f).toLowerCase()];
    if (ord !== undefined) return { toks: [t(FRAC, toks[0].v + ord)], wordEnd: e, end: f };
  }
  // "third-country nationals", "a half-year figure": a fraction word joined by a hyphen to a word
  // that is no number is the first part of an adjective ("half-million" still counts).
  if (toks && (toks[0].k === FRAC || toks[0].k === HALF) && text.charCodeAt(e) === 45) {
    const f = wordEnd(text, e + 1);
    if (f > e + 1 && !tokensFor(text.slice(e + 1, f).toLowerCase(), lang)) return null;
  }
  return toks ? { toks, wordEnd: e, end: e } : null;
}

/** Apply one word's tokens; when one does not fit, the state is left as it was and the word refused. */
function applyWord(st: State, toks: Tok[], lang: NumberLang, newWord: boolean): boolean {
  const before = snapshot(st);
  for (let i = 0; i < toks.length; i++) {
    if (!apply(st, toks[i], lang, i === 0 && newWord)) {
      Object.assign(st, before);
      return false;
    }
  }
  return true;
}

/** The value of the complete phrase `good` ending at `end`, or null for "een derde land". */
function phraseValue(text: string, good: State, end: number, words: number): WordNumber | null {
  let value = good.acc + good.cur;
  // "vijf miljard en driekwart", "one million and a half": the fraction is of the scale.
  if (good.acc > 0 && good.mark === 0 && good.cur > 0 && good.cur < 1 && good.hasFrac) {
    value = good.acc + good.cur * good.accScale;
  }
  // A denominator must not be an ordinal in "een derde land" / "a third country".
  const isShare = good.hasFrac && good.acc === 0 && good.cur < 1 && !good.scaled;
  if (isShare) {
    const next = nextWordLower(text, end);
    if (next !== null && ORDINAL_NOUN.has(next)) return null;
  }
  return { value, end, share: isShare, scaled: good.scaled, words };
}

/** The next word after optional spaces, lowercased, or null. */
export function nextWordLower(text: string, p: number): string | null {
  while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p++;
  const e = wordEnd(text, p);
  return e > p ? text.slice(p, e).toLowerCase() : null;
}

function readDecimalWords(text: string, p0: number, lang: NumberLang): { digits: string; end: number; words: number } | null {
  let digits = '';
  let p = p0;
  let end = p0;
  let words = 0;
  let lastTens = false;
  while (p < text.length) {
    SEP_RE.lastIndex = p;
    const m = SEP_RE.exec(text);
    const sep = m ? m[0] : '';
    const ws = p + sep.length;
    const e = wordEnd(text, ws);
    if (e === ws) break;
    const toks = tokensFor(text.slice(ws, e).toLowerCase(), lang);
    if (!toks || toks.length !== 1 || toks[0].k !== N) {
      // "één" is N already; Dutch "een" is an article: accept it as a digit here.
      if (toks && toks.length === 1 && toks[0].k === ART && lang === 'nl') {
        digits += '1';
      } else break;
    } else {
      const v = toks[0].v;
      if (lastTens && v < 10 && v > 0 && sep.includes('-')) digits = digits.slice(0, -1) + String(v);
      else digits += String(v);
      lastTens = v >= 20 && v % 10 === 0;
    }
    words++;
    end = e;
    p = e;
  }
  return words > 0 ? { digits, end, words } : null;
}
