/**
 * Looking back from a number: a sign glued to it, a currency, a sign word, a qualifier or an
 * intro phrase ("meer dan", "tussen", "van"), and words that make it a reference or a date
 * ("nr.", "oktober"). Words are read nearest first, at most a few.
 */
import { isInlineSpaceCode, isLatinOrGreekLetterCode, isMinusCode } from '../chars';
import type { Qualifier, Unit } from '../types';
import {
  BLOCK_BEFORE, CURRENCY_BEFORE, EN_AMBIGUOUS_MONTHS, LAST_WORDS, MARK_AFTER, MONTHS, NEG_WORDS, PRE_EN, PRE_MAX_WORDS, PRE_NL,
  type NumberLang, type Pre,
} from './phrases';
import { atLineStart } from './scan';

/** What the words before a number say about it. */
export interface Before {
  start: number;
  q: Qualifier | null;
  unit: Unit | null;
  negative: boolean;
  intro: 'between' | 'from' | null;
  percentOf: boolean;
  block: boolean;
  /** The block is a month name right before the number ("oktober 2019", or "in juli 9.500"). */
  month: boolean;
  /** The word right before the number (lowercased), for context rules. */
  prevWord: string | null;
  rangeWord: boolean;
  /** Where an intro ("van", "between") starts when a qualifier sits between it and the number. */
  introStart: number;
}

interface Tk {
  w: string;
  s: number;
}

/** Up to `max` tokens before p (nearest first): words, or runs of symbols like "€", ">=". */
function tokensBefore(text: string, p: number, min: number, max: number): Tk[] {
  const out: Tk[] = [];
  let i = p;
  while (out.length < max) {
    let j = i;
    let breaks = 0;
    for (;;) {
      if (j <= min) break;
      const d = text.charCodeAt(j - 1);
      if (isInlineSpaceCode(d) || d === 13) j--;
      else if (d === 10 && breaks === 0) {
        breaks++;
        j--;
      } else break;
    }
    if (j <= min) break;
    const c = text.charCodeAt(j - 1);
    let s = j;
    if (isLatinOrGreekLetterCode(c) || c === 46 || c === 39 || c === 0x2019) {
      while (s > min) {
        const d = text.charCodeAt(s - 1);
        if (isLatinOrGreekLetterCode(d) || d === 39 || d === 0x2019 || (d === 46 && s - 1 > min && isLatinOrGreekLetterCode(text.charCodeAt(s - 2)))) s--;
        else break;
      }
      if (s === j) break; // a lone "." or "'"
      const first = text.charCodeAt(s);
      if (!isLatinOrGreekLetterCode(first)) break;
    } else if (c === 0x20ac || c === 36 || c === 0xa3 || c === 60 || c === 62 || c === 61 || c === 126 || c === 0xb1 || c === 0x2265 || c === 0x2264 || c === 0xa7) {
      while (s > min) {
        const d = text.charCodeAt(s - 1);
        if (d === 0x20ac || d === 36 || d === 0xa3 || d === 60 || d === 62 || d === 61 || d === 126 || d === 0xb1 || d === 0x2265 || d === 0x2264 || d === 0xa7) s--;
        else break;
      }
      // "US$"
      if (text.charCodeAt(j - 1) === 36 && s >= min + 2 && text.slice(s - 2, s) === 'US') s -= 2;
    } else break;
    out.push({ w: text.slice(s, j).toLowerCase(), s });
    i = s;
    // a word glued to the previous char (e.g. "x>10"): stop after symbols glued to letters
  }
  return out;
}

/** What the words before the number at `start` say: sign, currency, qualifier, "between"/"from", a blocker. */
export function lookBack(text: string, start: number, lang: NumberLang, min: number): Before {
  const sign = signBefore(text, start, min);
  const p = sign.start;
  const res: Before = {
    start: p, q: null, unit: null, negative: sign.negative, intro: null, percentOf: false, block: labelledBefore(text, p, min), month: false,
    prevWord: null, rangeWord: false, introStart: -1,
  };
  const near = tokensBefore(text, p, min, 1);
  if (!near.length) return res;
  const w0 = near[0].w;
  if (!LAST_WORDS.has(w0) && !BLOCK_BEFORE.has(w0) && !MONTHS.has(w0) && CURRENCY_BEFORE[w0] === undefined && !NEG_WORDS.has(w0)) {
    res.prevWord = w0;
    return res;
  }
  const toks = tokensBefore(text, p, min, PRE_MAX_WORDS + 2);
  res.prevWord = toks[0].w;
  if (BLOCK_BEFORE.has(toks[0].w) || MONTHS.has(toks[0].w)) {
    if (MONTHS.has(toks[0].w) && lang === 'en' && EN_AMBIGUOUS_MONTHS.has(toks[0].w)) {
      const first = text.charCodeAt(toks[0].s);
      if (first >= 65 && first <= 90) res.block = true;
    } else res.block = true;
    if (res.block) {
      res.month = !BLOCK_BEFORE.has(toks[0].w);
      return res;
    }
  }
  const k = currencyAndSignWords(res, toks);
  phraseBefore(res, toks, k, lang === 'nl' ? PRE_NL : PRE_EN, text, p);
  return res;
}

/** After a dash opening a line: the number, then at least two words — a list item. */
const LIST_ITEM_REST = /^[\d.,]+[^\S\n]+[\p{L}][\p{L}-]*[^\S\n]+[\p{L}]/u;

/** A sign glued to the number ("-3,5", "−12", "+5%") or a minus at the start of its line ("- 10"). */
function signBefore(text: string, start: number, min: number): { start: number; negative: boolean } {
  let p = start;
  let negative = false;
  const c = text.charCodeAt(p - 1);
  if (p - 1 >= min && (isMinusCode(c) || c === 43)) {
    const b = p - 2 >= 0 ? text.charCodeAt(p - 2) : -1;
    if (b < 0 || isInlineSpaceCode(b) || b === 40 || b === 91 || b === 10 || b === 60 || b === 62 || b === 61) {
      if (c !== 43) negative = true;
      p--;
    }
  } else if (p - 2 >= min && isInlineSpaceCode(c) && isMinusCode(text.charCodeAt(p - 2))) {
    let q = p - 1;
    while (q > 0 && isInlineSpaceCode(text.charCodeAt(q - 1))) q--;
    // ("- 183,809 first-time asylum applications, down 23.5%": a line that goes on in words is a
    // list item, its dash a bullet.)
    if (q - 1 >= 0 && isMinusCode(text.charCodeAt(q - 1)) && atLineStart(text, q - 1) && !LIST_ITEM_REST.test(text.slice(start, start + 80))) {
      negative = true;
      p = q - 1;
    }
  }
  return { start: p, negative };
}

/** "versie: 4": a reference word and a colon before the number. */
function labelledBefore(text: string, p: number, min: number): boolean {
  let j = p;
  while (j > min && isInlineSpaceCode(text.charCodeAt(j - 1))) j--;
  if (j > min && text.charCodeAt(j - 1) === 58) {
    const tk = tokensBefore(text, j - 1, min, 1);
    if (tk.length && BLOCK_BEFORE.has(tk[0].w)) return true;
  }
  return false;
}

/** A currency word, then a sign word ("min", "minus"), nearest first; returns how many tokens they took. */
function currencyAndSignWords(res: Before, toks: Tk[]): number {
  let k = 0;
  const cur = CURRENCY_BEFORE[toks[k]?.w];
  if (cur) {
    res.unit = cur;
    res.start = toks[k].s;
    k++;
  }
  if (k < toks.length && NEG_WORDS.has(toks[k].w) && !res.negative) {
    res.negative = true;
    res.start = toks[k].s;
    k++;
    if (!cur && k < toks.length && CURRENCY_BEFORE[toks[k].w]) {
      res.unit = CURRENCY_BEFORE[toks[k].w];
      res.start = toks[k].s;
      k++;
    }
  }
  return k;
}

/** The longest qualifier or intro phrase ending at token `k` ("meer dan", "tussen", "van"). */
function phraseBefore(res: Before, toks: Tk[], k: number, tab: Map<string, Pre>, text: string, p: number): void {
  for (let m = Math.min(PRE_MAX_WORDS, toks.length - k); m >= 1; m--) {
    let key = toks[k + m - 1].w;
    for (let i = k + m - 2; i >= k; i--) key += ' ' + toks[i].w;
    const hit = tab.get(key);
    if (!hit || (hit.markAfter && !MARK_AFTER.test(text.slice(p, p + 48)))) continue;
    if (hit.q) res.q = hit.q;
    if (hit.intro) res.intro = hit.intro;
    if (hit.percentOf) {
      res.percentOf = true;
      res.unit = 'percent';
    }
    res.start = toks[k + m - 1].s;
    const outer = toks[k + m];
    if (!hit.intro && outer) {
      const o = tab.get(outer.w);
      if (o?.intro) {
        res.intro = o.intro;
        res.introStart = outer.s;
      }
    }
    // "van" before a range/change intro: the word before may say it is a range.
    if (outer && /^(range|ranges|ranging|varies|vary|varying|varieerde|varieert|variëren|uiteenlopend)$/.test(outer.w)) {
      res.rangeWord = true;
    }
    if (hit.intro === 'from' && outer && /^(range|ranges|ranging|varies|vary|varying|is)$/.test(outer.w)) res.rangeWord = true;
    return;
  }
}
