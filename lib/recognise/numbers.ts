/**
 * The number-parser layer: every number in a Dutch or English text, with its value (or
 * closed range), unit, qualifier and, for "van 500 naar 750", the change.
 *
 *   parseNumbers('ruim 40.000 asielaanvragen', { lang: 'nl' })
 *   → [{ start: 0, end: 11, text: 'ruim 40.000', value: 40000, unit: 'count', qualifier: 'more-than' }]
 *
 * One linear pass: a sticky/global candidate regex finds where a number can start (a digit
 * not glued to a word, or a number word); around each candidate a hand-written reader parses
 * the numeral, looks back a few words for a qualifier, currency or sign, and forward for a
 * scale, unit, range or change. Nothing is allocated per character.
 *
 * This file finds the candidates and reads one number at each; the parts are in numbers/:
 * phrases.ts (the words and signs around numbers), numerals.ts (digits), words.ts (number
 * words), quantity.ts (a numeral with its scale and unit), look-back.ts (the words before it),
 * decoys.ts (numbers that are no quantity), composition.ts (shares, ranges, changes, the match).
 *
 * Decisions (documented here because callers rely on them):
 * - Separators follow the page language: nl "1.200" = 1200 and "1,5" = 1.5; en "1,200" = 1200
 *   and "1.5" = 1.5. A single separator followed by anything but exactly three digits is a
 *   decimal point in either language ("1.2 miljoen" in Dutch text, "1,3" in English text),
 *   repeated separators with three-digit groups are thousands in either language
 *   ("1.200.000" in English text). English "332.863" is 332.863: pass lang 'nl' (or use
 *   numbers/locale.ts) for Dutch-sourced text. One exception: the other separator before
 *   exactly "000" is a thousands separator ("between 400.000 and 500.000" in English text).
 * - Space-grouped thousands ("580 800", also NBSP, thin space U+2009, narrow NBSP U+202F)
 *   need a first group of 1–3 digits and following groups of exactly 3.
 * - Qualifiers: "bijna", "almost", "nearly", "krap" → almost (the figure rounds to the
 *   number); "nagenoeg" → approximately; "tot", "up to" → at-most.
 * - Fractions of a whole ("een derde", "twee derde", "drie kwart", "de helft", "a half",
 *   "1 op de 3", "3/4") are shares: unit 'percent', value × 100, `share: true` — so "drie kwart"
 *   is 75 percent. With a scale they are plain counts ("anderhalf miljoen" = 1 500 000,
 *   "half a million" = 500 000); mixed numbers are counts ("tweeënhalf" = 2.5).
 * - "van 500 naar 750" / "from 500 to 750" is a change (value 750, change {from, to});
 *   "van 500 tot 750", "500 tot 750", "84-87%", "between 400 and 500" are closed ranges.
 *   "from X to Y" is read as a range only after "range"/"ranging"/"varies".
 * - Vague plurals ("duizenden", "honderden", "thousands", "dozens") are not numbers.
 * - A lone article ("een", "a", "an") is not a number; "één" and "one" are (but not in "the
 *   one", "this one").
 * - Not reported at all: dates and times, phone numbers, IP addresses and dotted version or
 *   section numbers, postcodes, document references ("nr. 2535", "Kamerstuk 19637-2535",
 *   "19 637, nr. 2535", "2019D40742"), footnote markers glued to a word or number ("2015.3"
 *   yields the year 2015 only), numbers glued to letters ("CO2", "180ml", "4e", "v2"),
 *   ordinals, scores ("2-1") and numbers inside URLs.
 * - Years are numbers: a bare 4-digit integer 1800–2100 without unit or scale is returned
 *   with `isYear: true`; deciding what is a statistic is the linking layer's job.
 */
import type { NumberMatch } from './types';
import { INVISIBLE, isInvisibleCode, isLatinOrGreekLetterCode, LATIN_OR_GREEK_LETTER } from './chars';
import { compose } from './numbers/composition';
import { blockedEnd, clockTime, decade, footnoteMarker, GLUED_CELL, gluedDigits, numeralDecoy, wordDecoy } from './numbers/decoys';
import { lookBack } from './numbers/look-back';
import { EN_STEMS, NL_STEMS, WORD_START_EN, WORD_START_NL, type NumberLang } from './numbers/phrases';
import { readQuantity } from './numbers/quantity';
import { joinScales } from './numbers/two-scales';
import { withTextNumberStyle, type Core } from './numbers/numerals';

export type { NumberLang };

export interface ParseNumbersOptions {
  lang: NumberLang;
}

// ---------------------------------------------------------------------------------------
// Candidates: where a number can start (one regex per language, built once)

const URL_Y = /(?:https?:\/\/|www\.)[^\s]*/iy;

/** Lower-case first letters of the stems: only words starting with one are tried. */
function firstLetters(stems: string): Set<number> {
  const set = new Set<number>();
  for (const alt of stems.replace(/^\(\?:/, '').split('|')) {
    const ch = alt.charAt(0).toLowerCase();
    set.add(ch.charCodeAt(0));
    set.add(ch.toUpperCase().charCodeAt(0));
  }
  return set;
}
const FIRST_NL = firstLetters(NL_STEMS);
const FIRST_EN = firstLetters(EN_STEMS);

/**
 * Where a number can start, as one regex per language: a digit or vulgar fraction not glued
 * to a word (after a letter or digit: "A1", "2x", "CO2"), a decimal separator before a digit
 * (".08", ",08") not glued and not after another separator, or a word starting with a letter
 * a number word starts with — or h/w, where a URL is skipped whole. The regex (native code)
 * finds them; a script loop over every character, as before, runs cold on a fresh page.
 * Letters and digits as isLatinOrGreekLetterCode / isAsciiDigitCode.
 */
function candidateRegExp(first: Set<number>, decimal: ',' | '.'): RegExp {
  const letter = LATIN_OR_GREEK_LETTER;
  const starts = [...first, 0x68, 0x48, 0x77, 0x57, 0xe9, 0xc9].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
  return new RegExp(
    `(?<![${letter}0-9])[0-9\\u00bc-\\u00be\\u2150-\\u215e${starts}]|(?<![${letter}0-9.,])\\${decimal}(?=[0-9])|${GLUED_CELL}`,
    'g',
  );
}
const CANDIDATE_NL = candidateRegExp(FIRST_NL, ',');
const CANDIDATE_EN = candidateRegExp(FIRST_EN, '.');

// ---------------------------------------------------------------------------------------
// One number

type AtResult = { match: NumberMatch } | { skip: number };

/**
 * A numeral after a month name that may be its day or year: "oktober 2019", "juli 14", "mei '95",
 * a number word ("in mei twee") — but not a word that opens a share ("eind mei drie op de tien
 * nieuwkomers", "in June one in five").
 */
function dayOrYearAfterMonth(text: string, core: Core): boolean {
  if (core.words) return !SHARE_AFTER_WORD.test(text.slice(core.end, core.end + 12));
  return core.plainInt && (core.value <= 31 || core.digits <= 2 || (core.value >= 1800 && core.value <= 2100));
}
const SHARE_AFTER_WORD = /^\s+(?:op(?:\s+de)?|in|out\s+of)\s+[\p{L}\d]/u;

/** The number at candidate `pos` (not before `minStart`, the end of the previous one), or where to go on. */
function parseAt(text: string, pos: number, lang: NumberLang, minStart: number, isWord: boolean): AtResult {
  const glued = isWord ? null : gluedDigits(text, pos);
  if (glued !== null) return { skip: glued };
  const r = readQuantity(text, pos, lang, isWord);
  if (!r) return { skip: pos + 1 };
  if ('skip' in r) return r;
  const core = r.q.core;
  const before = lookBack(text, core.start, lang, minStart);
  // ("in oktober 3.500 aanvragen", "tot en met juli 95.200 oversteken": after a month, only a
  // number that can be a day or a year is part of a date.)
  if (before.block && !(before.month && !dayOrYearAfterMonth(text, core))) return { skip: blockedEnd(text, core, before.month) };
  const decoy = (core.words ? null : numeralDecoy(text, core, lang)) ?? footnoteMarker(text, core, before) ?? wordDecoy(text, core, before, lang) ?? decade(text, core, before) ?? clockTime(text, core);
  if (decoy !== null) return { skip: decoy };
  return compose(text, r.q, before, lang);
}

// ---------------------------------------------------------------------------------------
// All numbers of a text

/**
 * Every number in `text`, in order and non-overlapping, with UTF-16 offsets.
 * `lang` decides the decimal and thousands separators and which words are numbers.
 * Invisible characters inside a number (a CMS's zero-width space in "38.\u200b000", a soft
 * hyphen in "vijf\u00adhonderd") do not split it: the number is read as a reader sees it,
 * and its offsets and text still point into `text`.
 */
export function parseNumbers(text: string, opts: ParseNumbersOptions): NumberMatch[] {
  if (!INVISIBLE.test(text)) return parseVisibleNumbers(text, opts);
  const map: number[] = [];
  const visible: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isInvisibleCode(text.charCodeAt(i))) continue;
    map.push(i);
    visible.push(text[i]);
  }
  return parseVisibleNumbers(visible.join(''), opts).map((m) => {
    const start = map[m.start];
    const end = map[m.end - 1] + 1;
    return { ...m, start, end, text: text.slice(start, end) };
  });
}

function parseVisibleNumbers(text: string, opts: ParseNumbersOptions): NumberMatch[] {
  const lang: NumberLang = opts.lang === 'en' ? 'en' : 'nl';
  return withTextNumberStyle(text, lang, () => joinScales(text, readAll(text, lang)));
}

function readAll(text: string, lang: NumberLang): NumberMatch[] {
  const stemRe = lang === 'nl' ? WORD_START_NL : WORD_START_EN;
  const candidates = lang === 'nl' ? CANDIDATE_NL : CANDIDATE_EN;
  const first = lang === 'nl' ? FIRST_NL : FIRST_EN;
  const out: NumberMatch[] = [];
  let lastEnd = 0;
  // Candidates (see candidateRegExp) come from one native regex scan; the script only looks
  // at those positions.
  candidates.lastIndex = 0;
  while (candidates.test(text)) {
    const i = candidates.lastIndex - 1;
    const c = text.charCodeAt(i);
    let isWord = false;
    if (isLatinOrGreekLetterCode(c)) {
      const lc = c | 32;
      if (lc === 104 || lc === 119) {
        URL_Y.lastIndex = i;
        if (URL_Y.test(text)) {
          candidates.lastIndex = URL_Y.lastIndex;
          continue;
        }
      }
      if ((lc === 104 || lc === 119) && !first.has(c)) continue; // a candidate for the URL check only
      stemRe.lastIndex = i;
      if (!stemRe.test(text)) continue; // the rest of the word is glued: no candidate in it
      isWord = true;
    }
    const r = parseAt(text, i, lang, lastEnd, isWord);
    if ('match' in r) {
      const mt = r.match;
      if (mt.start < lastEnd) {
        mt.start = lastEnd; // never overlap an earlier match
        mt.text = text.slice(mt.start, mt.end);
      }
      out.push(mt);
      lastEnd = mt.end;
      candidates.lastIndex = mt.end;
    } else {
      candidates.lastIndex = Math.max(r.skip, i + 1);
    }
  }
  return out;
}
