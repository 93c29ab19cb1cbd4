/**
 * Numbers written out in words, Dutch and English ("zeventig", "vijftigduizend",
 * "tweeënhalf", "twee derde", "half a million", "twenty-five", "one hundred and six").
 *
 * The reader works word by word from a position the caller found. Dutch writes numbers
 * below a million as one word ("driehonderdeenentachtigduizend"), so a Dutch word is split
 * into morphemes by longest match; English words are looked up whole. Words are applied to
 * a small place-value state machine one at a time; when a word does not fit (a unit after
 * a unit, "five six"), the phrase ends after the last word that did. No per-character
 * allocation: one lowercased string per word read.
 */

import { isLatinLetterCode } from './chars';

export type WordLang = 'nl' | 'en';

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

// Token kinds
const N = 0; // a plain number 0..99
const H = 1; // honderd / hundred
const S = 2; // scale ≥ 1000 (also lakh, crore)
const HALF = 3; // half / halve (0.5)
const AH = 4; // anderhalf (1.5)
const ART = 5; // een / a / an
const FRAC = 6; // ordinal denominator (derde, kwart, fifth …); v = denominator
const AND = 7; // en / and
const MUL = 8; // dozen / dozijn / gros: multiplies the current group
const POINT = 9; // komma / point

type Tok = { k: number; v: number };
const t = (k: number, v = 0): Tok => ({ k, v });

const NL_UNITS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
};
const NL_MORPHEMES: Array<[string, Tok]> = [
  ['nul', t(N, 0)],
  ...Object.entries(NL_UNITS).map(([w, v]): [string, Tok] => [w, t(N, v)]),
  ['tien', t(N, 10)], ['elf', t(N, 11)], ['twaalf', t(N, 12)], ['dertien', t(N, 13)],
  ['veertien', t(N, 14)], ['vijftien', t(N, 15)], ['zestien', t(N, 16)], ['zeventien', t(N, 17)],
  ['achttien', t(N, 18)], ['negentien', t(N, 19)],
  ['twintig', t(N, 20)], ['dertig', t(N, 30)], ['veertig', t(N, 40)], ['vijftig', t(N, 50)],
  ['zestig', t(N, 60)], ['zeventig', t(N, 70)], ['tachtig', t(N, 80)], ['negentig', t(N, 90)],
  ['honderd', t(H)], ['duizend', t(S, 1e3)], ['miljoen', t(S, 1e6)], ['miljard', t(S, 1e9)],
  ['biljoen', t(S, 1e12)],
  ['anderhalve', t(AH)], ['anderhalf', t(AH)], ['halve', t(HALF)], ['half', t(HALF)],
  ['kwart', t(FRAC, 4)], ['en', t(AND)],
];
// Longest first, so "zeventig" wins over "zeven" and "achttien" over "acht".
NL_MORPHEMES.sort((a, b) => b[0].length - a[0].length);
/**
 * The split below as one regex: at each step the first morpheme (in the order above) that
 * starts there, never another — `(?=(…))\1` commits to it as the loop does, which also keeps
 * the regex linear on words like "zeventienzeventien…x". A word that does not match is no
 * number word — most words read after a number ("asielzoekers") — and the split, dozens of
 * startsWith calls in cold script, is skipped.
 */
const NL_MORPHEME_WORD = new RegExp(`^(?:(?=(${NL_MORPHEMES.map(([m]) => m).join('|')}))\\1)+$`);

/** Dutch ordinals used as denominators: "derde", "vijfde", "achtste", "twintigste" … */
const NL_ORDINAL_SPECIAL: Record<string, number> = { derde: 3, vierde: 4, kwart: 4 };

const EN_WORDS: Record<string, Tok> = {
  zero: t(N, 0), nought: t(N, 0), naught: t(N, 0),
  one: t(N, 1), two: t(N, 2), three: t(N, 3), four: t(N, 4), five: t(N, 5), six: t(N, 6),
  seven: t(N, 7), eight: t(N, 8), nine: t(N, 9), ten: t(N, 10), eleven: t(N, 11),
  twelve: t(N, 12), thirteen: t(N, 13), fourteen: t(N, 14), fifteen: t(N, 15),
  sixteen: t(N, 16), seventeen: t(N, 17), eighteen: t(N, 18), nineteen: t(N, 19),
  twenty: t(N, 20), thirty: t(N, 30), forty: t(N, 40), fifty: t(N, 50), sixty: t(N, 60),
  seventy: t(N, 70), eighty: t(N, 80), ninety: t(N, 90),
  hundred: t(H), thousand: t(S, 1e3), million: t(S, 1e6), billion: t(S, 1e9),
  trillion: t(S, 1e12), lakh: t(S, 1e5), crore: t(S, 1e7),
  half: t(HALF), a: t(ART), an: t(ART), and: t(AND),
  dozen: t(MUL, 12), dozens: t(MUL, 12), dzs: t(MUL, 12), dozs: t(MUL, 12),
  point: t(POINT),
  third: t(FRAC, 3), thirds: t(FRAC, 3), quarter: t(FRAC, 4), quarters: t(FRAC, 4),
  fourth: t(FRAC, 4), fourths: t(FRAC, 4), fifth: t(FRAC, 5), fifths: t(FRAC, 5),
  sixth: t(FRAC, 6), sixths: t(FRAC, 6), seventh: t(FRAC, 7), sevenths: t(FRAC, 7),
  eighth: t(FRAC, 8), eighths: t(FRAC, 8), ninth: t(FRAC, 9), ninths: t(FRAC, 9),
  tenth: t(FRAC, 10), tenths: t(FRAC, 10), twentieth: t(FRAC, 20), twentieths: t(FRAC, 20),
  thirtieth: t(FRAC, 30), thirtieths: t(FRAC, 30), hundredth: t(FRAC, 100),
  hundredths: t(FRAC, 100), thousandth: t(FRAC, 1000), thousandths: t(FRAC, 1000),
  trillionth: t(FRAC, 1e12), trillionths: t(FRAC, 1e12),
};

const EN_ORDINAL_UNITS: Record<string, number> = {
  first: 1, firsts: 1, second: 2, seconds: 2, third: 3, thirds: 3, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
};

const NL_WORDS: Record<string, Tok> = {
  een: t(ART), 'één': t(N, 1), en: t(AND), komma: t(POINT),
  dozijn: t(MUL, 12), dozijnen: t(MUL, 12), gros: t(MUL, 144),
};

/**
 * Nouns after which "een derde" / "a third" is an ordinal, not a fraction: "een derde land"
 * (a safe third country) is among the most frequent phrases in migration texts.
 */
const ORDINAL_NOUN = new Set([
  'land', 'landen', 'landsonderdaan', 'landsonderdanen', 'generatie', 'kwartaal', 'keer', 'plaats',
  'pijler', 'fase', 'ronde', 'partij', 'partijen', 'wereld', 'weg', 'lid', 'jaar', 'dag', 'week',
  'maand', 'klas', 'graad', 'termijn', 'kamer', 'editie', 'versie', 'poging', 'golf', 'optie',
  'country', 'countries', 'time', 'place', 'pillar', 'generation', 'party', 'parties', 'world',
  'way', 'round', 'term', 'phase', 'wave', 'year', 'day', 'week', 'month', 'option', 'attempt',
  'edition', 'version', 'class', 'grade', 'person', 'floor', 'of',
]);
// "of" is in the English set only for "a quarter of an hour"-like idioms? No: "a third of"
// is a fraction. Remove it again; kept out of the set below.
ORDINAL_NOUN.delete('of');

/** Read one word of letters starting at `p`; returns its end. */
function wordEnd(text: string, p: number): number {
  let e = p;
  while (e < text.length && isLatinLetterCode(text.charCodeAt(e))) e++;
  return e;
}

function foldDiacritics(w: string): string {
  // Only the ones that occur in number words: ë (tweeëntwintig), é (één).
  return w.indexOf('ë') >= 0 || w.indexOf('é') >= 0 ? w.replace(/ë/g, 'e').replace(/é/g, 'e') : w;
}

/** Split a Dutch compound number word into tokens, or null if it is not one. */
function splitDutch(w0: string): Tok[] | null {
  const special = NL_WORDS[w0];
  if (special) return [special];
  const w = foldDiacritics(w0);
  if (NL_ORDINAL_SPECIAL[w] !== undefined) return [t(FRAC, NL_ORDINAL_SPECIAL[w])];
  // Ordinal denominators: base + "ste"/"sten"/"de"/"den" ("achtste", "vijfde", "eenentwintigste").
  for (const suf of ['sten', 'ste', 'den', 'de']) {
    if (w.length > suf.length + 2 && w.endsWith(suf)) {
      let base = w.slice(0, w.length - suf.length);
      if (base === 'eer' || base === 'twee') continue; // eerste / tweede: plain ordinals
      if (base.endsWith('der')) continue; // "derde" handled above; "...derde" compounds are rare
      // "vijventwintigste" (a spelling the peer specs use) → "vijfentwintig"
      if (base.startsWith('vijv')) base = 'vijf' + base.slice(4);
      const toks = splitDutchCardinal(base);
      if (toks) {
        const v = evalSimple(toks);
        if (v !== null && v >= 3) return [t(FRAC, v)];
      }
    }
  }
  return splitDutchCardinal(w);
}

function splitDutchCardinal(w: string): Tok[] | null {
  if (!NL_MORPHEME_WORD.test(w)) return null;
  const out: Tok[] = [];
  let p = 0;
  while (p < w.length) {
    let hit: Tok | null = null;
    for (const [m, tok] of NL_MORPHEMES) {
      if (w.startsWith(m, p)) {
        hit = tok;
        p += m.length;
        break;
      }
    }
    if (!hit) return null;
    out.push(hit);
  }
  // Fold "unit en tens" (eenentwintig) into one number; "en" elsewhere stays a connector.
  const folded: Tok[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    const c = out[i + 2];
    if (a.k === N && a.v >= 1 && a.v <= 9 && b && b.k === AND && c && c.k === N && c.v >= 20 && c.v % 10 === 0) {
      folded.push(t(N, a.v + c.v));
      i += 2;
    } else folded.push(a);
  }
  if (folded[folded.length - 1].k === AND) return null; // "duizenden", "honderden": vague
  if (folded[0].k === AND) return null;
  return folded;
}

/** Value of a cardinal token list without fractions, or null. */
function evalSimple(toks: Tok[]): number | null {
  const st = newState();
  for (const tk of toks) if (!apply(st, tk, 'nl', false)) return null;
  if (st.pendingOne || st.afterAnd) return null;
  return st.acc + st.cur;
}

interface State {
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

function newState(): State {
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

function apply(st: State, tk: Tok, lang: WordLang, newWord: boolean): boolean {
  switch (tk.k) {
    case N: {
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
    case H: {
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
    case S: {
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
    case HALF: {
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
    case AH: {
      if (st.any || st.pendingOne) return false;
      st.cur = 1.5;
      st.any = true;
      st.hasWhole = true;
      st.fracDone = true;
      return true;
    }
    case ART: {
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
    case FRAC: {
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
    case AND: {
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
    case MUL: {
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
  }
  return false;
}

function snapshot(st: State): State {
  return { ...st };
}

function tokensFor(w: string, lang: WordLang): Tok[] | null {
  if (lang === 'en') {
    const tk = EN_WORDS[w];
    return tk ? [tk] : null;
  }
  return splitDutch(w);
}

const SEP_RE = /[ \t\u00a0\u2009\u202f]*(?:\r?\n[ \t\u00a0\u2009\u202f]*)?(?:[-–][ \t\u00a0\u2009\u202f]*)?/y;

/**
 * Read a number phrase in words starting at `pos` (the start of a word).
 * `allowBareArticle`: accept a lone "een"/"a" as 1 (after "min": "min een").
 */
export function readWordNumber(
  text: string,
  pos: number,
  lang: WordLang,
  allowBareArticle = false,
): WordNumber | null {
  const st = newState();
  let good: State | null = null;
  let goodEnd = pos;
  let goodWords = 0;
  let p = pos;
  let words = 0;
  let firstTokArticle = false;
  while (p < text.length) {
    const e = wordEnd(text, p);
    if (e === p) break;
    const w = text.slice(p, e).toLowerCase();
    let toks = tokensFor(w, lang);
    let e2 = e;
    if (lang === 'en' && toks && toks[0].k === N && toks[0].v >= 20 && toks[0].v % 10 === 0 && text.charCodeAt(e) === 45) {
      // "twenty-first", "thirty-fifths": a compound ordinal denominator
      const f = wordEnd(text, e + 1);
      const ord = EN_ORDINAL_UNITS[text.slice(e + 1, f).toLowerCase()];
      if (ord !== undefined) {
        toks = [t(FRAC, toks[0].v + ord)];
        e2 = f;
      }
    }
    if (!toks) break;
    if (toks[0].k === POINT) {
      // "two hundred point zero three", "min vijf komma vijf"
      if (!good || good.hasFrac || st.pendingOne || st.afterAnd) break;
      const dec = readDecimalWords(text, e, lang);
      if (!dec) break;
      const whole = good.acc + good.cur;
      const val = Number(`${whole}.${dec.digits}`);
      return { value: val, end: dec.end, share: false, scaled: good.scaled, words: goodWords + 1 + dec.words };
    }
    let ok = true;
    const before = snapshot(st);
    for (let i = 0; i < toks.length; i++) {
      if (!apply(st, toks[i], lang, i === 0 && words > 0)) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      Object.assign(st, before);
      break;
    }
    if (words === 0 && toks.length === 1 && toks[0].k === ART) firstTokArticle = true;
    words++;
    if (st.any && !st.pendingOne && !st.afterAnd && !st.afterHalf && !st.pendNum) {
      good = snapshot(st);
      goodEnd = e2;
      goodWords = words;
    } else if (st.afterHalf) {
      // bare "half" is a complete phrase too ("more than half")
      good = snapshot(st);
      goodEnd = e2;
      goodWords = words;
    }
    SEP_RE.lastIndex = e2;
    const m = SEP_RE.exec(text);
    p = m ? e2 + m[0].length : e2;
  }
  if (!good) {
    if (allowBareArticle && firstTokArticle) {
      return { value: 1, end: wordEnd(text, pos), share: false, scaled: false, words: 1 };
    }
    return null;
  }
  let value = good.acc + good.cur;
  // "vijf miljard en driekwart", "one million and a half": the fraction is of the scale.
  if (good.acc > 0 && good.mark === 0 && good.cur > 0 && good.cur < 1 && good.hasFrac) {
    value = good.acc + good.cur * good.accScale;
  }
  // A denominator must not be an ordinal in "een derde land" / "a third country".
  const isShare = good.hasFrac && good.acc === 0 && good.cur < 1 && !good.scaled;
  if (isShare) {
    const next = nextWordLower(text, goodEnd);
    if (next !== null && ORDINAL_NOUN.has(next)) return null;
  }
  return { value, end: goodEnd, share: isShare, scaled: good.scaled, words: goodWords };
}

/** The next word after optional spaces, lowercased, or null. */
export function nextWordLower(text: string, p: number): string | null {
  while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p++;
  const e = wordEnd(text, p);
  return e > p ? text.slice(p, e).toLowerCase() : null;
}

function readDecimalWords(text: string, p0: number, lang: WordLang): { digits: string; end: number; words: number } | null {
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
