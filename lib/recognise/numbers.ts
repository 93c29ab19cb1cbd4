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
 * Decisions (documented here because callers rely on them):
 * - Separators follow the page language: nl "1.200" = 1200 and "1,5" = 1.5; en "1,200" = 1200
 *   and "1.5" = 1.5. A single separator followed by anything but exactly three digits is a
 *   decimal point in either language ("1.2 miljoen" in Dutch text, "1,3" in English text),
 *   repeated separators with three-digit groups are thousands in either language
 *   ("1.200.000" in English text). English "332.863" is 332.863: pass lang 'nl' (or use
 *   detectNumberLocale) for Dutch-sourced text. One exception: the other separator before
 *   exactly "000" is a thousands separator ("between 400.000 and 500.000" in English text).
 * - Space-grouped thousands ("580 800", also NBSP, thin space U+2009, narrow NBSP U+202F)
 *   need a first group of 1–3 digits and following groups of exactly 3.
 * - Qualifiers: "bijna", "almost", "nearly", "krap" → less-than (the figure stays below the
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
import type { NumberMatch, Qualifier, Unit } from './types';
import { nextWordLower, readWordNumber } from './number-words';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, OTHER_MONTH_ABBREVIATIONS } from '../util/months';
import {
  cheapRegExp, INVISIBLE, isAsciiDigitCode, isAsciiLetterCode, isDashCode, isDigitGroupSpaceCode, isInlineSpaceCode,
  isInvisibleCode, isLatinOrGreekLetterCode, isMinusCode, LATIN_OR_GREEK_LETTER,
} from './chars';

export type NumberLang = 'nl' | 'en';

export interface ParseNumbersOptions {
  lang: NumberLang;
}

/** End of the run of characters an identifier can be made of ("2019D40742", "v2.3.1", "14-10-2019"). */
function runEnd(text: string, p: number): number {
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (isAsciiDigitCode(c) || isAsciiLetterCode(c)) p++;
    else if ((c === 46 || c === 44 || c === 47 || c === 58 || isDashCode(c)) && p + 1 < text.length) {
      const d = text.charCodeAt(p + 1);
      if (isAsciiDigitCode(d) || isAsciiLetterCode(d)) p++;
      else break;
    } else break;
  }
  return p;
}

// ---------------------------------------------------------------------------------------
// Candidate regexes (one per language, built once)

const NL_STEMS =
  'één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|miljard|biljoen|nul|anderhalv?e?|half|halve|driekwart|kwart|de[ \\u00a0]+helft';
const EN_STEMS =
  '(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|an?|half|quarter|dozen)(?![\\p{L}])';

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

// ---------------------------------------------------------------------------------------
// Word tables

interface Pre {
  q?: Qualifier;
  intro?: 'between' | 'from';
  percentOf?: boolean;
}

function table(entries: Array<[string, Pre]>): Map<string, Pre> {
  return new Map(entries);
}
const A = (q: Qualifier): Pre => ({ q });

const PRE_NL = table([
  ...['circa', 'ca.', 'ca', 'ongeveer', "zo'n", 'zo’n', 'zon', 'rond', 'rond de', 'rondom', 'omstreeks', 'pakweg',
    'ruwweg', 'grofweg', 'naar schatting', 'plusminus', '±', '~', 'nagenoeg', 'bij benadering', 'om en nabij',
    'om en nabij de', 'zowat', 'ongeveer de'].map((w): [string, Pre] => [w, A('approximately')]),
  ...['ruim', 'meer dan', 'ruim meer dan', 'iets meer dan', 'boven de', 'boven', 'hoger dan', 'groter dan', 'groter als',
    'groter is dan', 'hoger is dan', 'meer als', 'dik', 'ruim boven de', '>', 'hoger als'].map((w): [string, Pre] => [w, A('more-than')]),
  ...['minder dan', 'iets minder dan', 'net minder dan', 'nog geen', 'onder de', 'onder', 'kleiner dan', 'kleiner als',
    'lager dan', 'lager als', '<', 'bijna', 'net onder de', 'net onder', 'krap', 'ruim onder de'].map((w): [string, Pre] => [w, A('less-than')]),
  ...['ten minste', 'tenminste', 'minstens', 'minimaal', 'op zijn minst', 'niet minder dan', 'niet kleiner dan',
    'niet kleiner als', '≥', '>=', '> =', 'hoger of gelijk aan', 'groter of gelijk aan', 'minstens of gelijk aan',
    'gelijk of meer dan', 'gelijk aan of meer dan', 'minimum', 'minimum van'].map((w): [string, Pre] => [w, A('at-least')]),
  ...['maximaal', 'hooguit', 'hoogstens', 'ten hoogste', 'tot', 'tot maximaal', 'tot wel', 'maximum', 'niet meer dan',
    'niet meer als', '≤', '<=', '< =', 'kleiner of gelijk aan', 'kleiner of gelijk dan', 'lager of gelijk aan',
    'minder dan of gelijk aan', 'gelijk aan of minder dan', 'maximum van'].map((w): [string, Pre] => [w, A('at-most')]),
  ...['gelijk aan', 'precies', 'exact', 'is gelijk aan'].map((w): [string, Pre] => [w, A('exact')]),
  ['tussen', { intro: 'between' }],
  ['between', { intro: 'between' }],
  ['tussen de', { intro: 'between' }],
  ['van', { intro: 'from' }],
  ['percentage van', { percentOf: true }],
]);

const PRE_EN = table([
  ...['about', 'around', 'approximately', 'approx.', 'approx', 'roughly', 'some', 'an estimated', 'estimated', 'circa',
    'c.', 'ca.', '~', '±', 'close to', 'in the region of', 'on the order of', 'roughly some'].map((w): [string, Pre] => [w, A('approximately')]),
  ...['more than', 'over', 'above', 'greater than', 'larger than', 'bigger than', 'higher than', 'just over', 'exceed',
    'exceeds', 'exceeding', 'surpass', 'surpassing', '>', 'upwards of', 'well over', 'in excess of', 'just above',
    'slightly more than', 'well above'].map((w): [string, Pre] => [w, A('more-than')]),
  ...['less than', 'fewer than', 'under', 'below', 'just under', 'smaller than', 'lower than', '<', 'nearly', 'almost',
    'just below', 'not quite', 'slightly less than', 'slightly fewer than', 'well under', 'well below'].map((w): [string, Pre] => [w, A('less-than')]),
  ...['at least', 'no less than', 'no fewer than', 'not less than', 'not fewer than', 'a minimum of', 'minimum of', '≥',
    '>=', '> =', 'bigger or equal than', 'greater or equal than', 'greater than or equal to', 'higher or equal than',
    'at least or equal to', 'equal to or more than', 'equal to or greater than', 'larger or equal than'].map((w): [string, Pre] => [w, A('at-least')]),
  ...['at most', 'up to', 'no more than', 'not more than', 'a maximum of', 'maximum of', '≤', '<=', '< =',
    'smaller or equal than', 'less than or equal to', 'lower or equal than', 'equal to or less than',
    'less or equal than', 'equal to or fewer than'].map((w): [string, Pre] => [w, A('at-most')]),
  ...['equal to', 'equals', 'equaling to', 'equalling', 'exactly', 'precisely', 'is equal to', 'equals to'].map((w): [string, Pre] => [w, A('exact')]),
  ['between', { intro: 'between' }],
  ['from', { intro: 'from' }],
  ['percent of', { percentOf: true }],
  ['percents of', { percentOf: true }],
  ['per cent of', { percentOf: true }],
  ['percentage of', { percentOf: true }],
]);
const PRE_MAX_WORDS = 5;
/** The last word of every phrase in the tables: a number whose previous word is not one has no phrase. */
const LAST_WORDS = new Set<string>();
for (const t of [PRE_NL, PRE_EN]) for (const k of t.keys()) LAST_WORDS.add(k.slice(k.lastIndexOf(' ') + 1));

/** Words right before a number that make it a reference, not a quantity. */
const BLOCK_BEFORE = new Set([
  'nr.', 'nr', 'nrs.', 'nrs', 'no.', 'nos.', 'nummer', 'kamerstuk', 'kamerstukken', 'versie', 'version', 'artikel',
  'art.', 'hoofdstuk', 'paragraaf', 'bijlage', 'pagina', "pagina's", 'blz.', 'p.', 'pp.', 'page', 'pages', 'chapter',
  'section', 'tabel', 'table', 'figuur', 'figure', 'fig.', 'lid', 'sub', '§', 'motie', 'amendement', 'ecli', 'bus',
  'postbus', 'kvk', 'stb.', 'stb', 'stcrt.', 'stcrt', 'trb.', 'item', 'punt', 'onderdeel', 'ro.', 'r.o.', 'overweging', 'telefoon', 'tel.', 'tel', 'fax', 'nummers', 'v.', 'vol.', 'jaargang', 'editie', 'issue',
]);

/**
 * Month words around a day or a year (lib/util/months.ts): every name, and every abbreviation
 * also with its full stop. Not these, so far: "mar" (an English verb too), "mar.", "jun." and
 * "jul.".
 */
const MONTHS = new Set<string>();
{
  const names = [...MONTH_NAMES.nl, ...MONTH_NAMES.en].map((m) => m.toLowerCase());
  const short = [...MONTH_ABBREVIATIONS.nl, ...MONTH_ABBREVIATIONS.en, ...OTHER_MONTH_ABBREVIATIONS.map(([m]) => m)]
    .map((m) => m.toLowerCase())
    .filter((m) => !names.includes(m));
  for (const m of names) MONTHS.add(m);
  for (const m of short) MONTHS.add(m).add(`${m}.`);
  for (const m of ['mar', 'mar.', 'jun.', 'jul.']) MONTHS.delete(m);
}
/** English month names that are also common words: only capitalised. */
const EN_AMBIGUOUS_MONTHS = new Set(['may', 'march']);

const CURRENCY_BEFORE: Record<string, Unit> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', '$': 'USD', 'us$': 'USD', usd: 'USD',
};
const NEG_WORDS = new Set(['min', 'minus', 'negatief', 'negative']);
const ONE_DETERMINERS = new Set([
  'the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'some', 'someone', 'anyone', 'no-one', 'little',
  'another', 'other', 'only', 'de', 'het', 'die', 'dat', 'deze', 'elk', 'ieder',
]);
const HALF_BLOCK = new Set(['first', 'second', 'other', 'latter', 'the', 'its', 'his', 'her', 'their', 'this', 'that',
  'eerste', 'tweede', 'andere']);

// ---------------------------------------------------------------------------------------
// Suffixes: scale words and units after a number

/** Spaces, with at most one line break (text from PDFs and HTML wraps lines inside a sentence). */
const SP = '[ \\t\\u00a0\\u2009\\u202f]*(?:\\r?\\n[ \\t\\u00a0\\u2009\\u202f]*)?';
const SUFFIX_RE = cheapRegExp(
  `${SP}(?:` +
    `(%[- ]?punt(?:en)?|procentpunt(?:en)?|percentagepunt(?:en)?|percentage[- ]points?|procent[- ]punt(?:en)?)` + // 1 pp
    `|(%|procent|percents?|percentage|per[ \\u00a0]?cent|pct\\.?)` + // 2 percent
    `|(euro(?:'s)?|eur|€)` + // 3 EUR
    `|(us[- ]?dollars?|dollars?|usd|\\$)` + // 4 USD
    `|(miljoen|mln\\.?|miljard|mld\\.?|mrd\\.?|biljoen|duizend|honderd|million|billion|trillion|bn|bln|tln|thousand|hundred|lakh|crore|dozens?|dozijn(?:en)?|dzs|dozs|gros|k)` + // 5 scale
    `)(?![\\p{L}\\p{N}])`,
  'iuy',
);
const SCALE: Record<string, number> = {
  miljoen: 1e6, mln: 1e6, 'mln.': 1e6, miljard: 1e9, mld: 1e9, 'mld.': 1e9, mrd: 1e9, 'mrd.': 1e9, biljoen: 1e12,
  duizend: 1e3, honderd: 100, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, bln: 1e9, tln: 1e12,
  thousand: 1e3, hundred: 100, lakh: 1e5, crore: 1e7, dozen: 12, dozens: 12, dozijn: 12, dozijnen: 12, dzs: 12,
  dozs: 12, gros: 144, k: 1e3,
};
/** Letters glued to digits that scale them ("10k", "1.2b", "10M", "2mil", "5mln"). Case matters. */
const GLUED_SCALE: Record<string, number> = {
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mil: 1e6, mln: 1e6, b: 1e9, B: 1e9, bn: 1e9, bln: 1e9, G: 1e9, mld: 1e9, mrd: 1e9,
  tln: 1e12,
};

const SUFFIX_Q_RE = cheapRegExp(
  `${SP}(?:(of meer|en meer|of hoger|of groter|or more|and more|or greater|or higher|or above|and above|and over|or over)` +
    `|(of minder|of lager|of kleiner|or less|or fewer|or lower|or below|and under|and below|or under))(?![\\p{L}])`,
  'iuy',
);

const MIXED_RE = cheapRegExp(/[ \t\u00a0]+([0-9]{1,3})\/([0-9]{1,3})(?![0-9/.,\-\p{L}])/uy);
const SPACED_LETTER_RE = cheapRegExp(/[ \u00a0]([MGB])(?![\p{L}\p{N}])/uy);
/** "3 miljoen en een half", "3 million and a half" */
const AND_HALF_RE = cheapRegExp(/[ \t\u00a0]+(?:en|and)[ \t\u00a0]+(?:een|a)[ \t\u00a0]+(?:half|halve)(?![\p{L}])/iuy);

/** "200 of hoger dan 190", "above 1000 and below 1500": the comparison belongs to what follows. */
const SUFFIX_Q_BLOCK_RE = cheapRegExp(
  `^${SP}(?:(?:dan|than|als|aan|to)${SP}(?:de |the )?)?(?:[0-9]|${NL_STEMS}|${EN_STEMS})`,
  'iu',
);

const CONN_RE = cheapRegExp(
  `${SP}(?:(-|–|—|~)|(tot en met|t\\/m|tot|à|through|to|en|and|naar|till|until|thru))${SP}`,
  'iuy',
);

const FRACTION_OF_RE = cheapRegExp(`${SP}(op de|op|van de|uit de|uit|out of|in)[ \\t\\u00a0]+`, 'iuy');

// ---------------------------------------------------------------------------------------
// The numeral reader

interface Core {
  start: number;
  end: number;
  value: number;
  /** A plain integer without separators ("2019"), for year / score / postcode checks. */
  plainInt: boolean;
  digits: number;
  words: boolean;
  share: boolean;
  scaled: boolean;
  /** A lone article read as 1 ("een", "a"): only kept after "min" or in "een op de drie". */
  bareArticle: boolean;
  /** Scale multiplier applied from a glued suffix ("10k"). */
  mult: number;
}

type Read = { core: Core } | { skip: number };

const VULGAR: Record<string, number> = {
  '¼': 1 / 4, '½': 1 / 2, '¾': 3 / 4, '⅐': 1 / 7, '⅑': 1 / 9, '⅒': 1 / 10, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 1 / 5,
  '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

function readNumeral(text: string, pos: number, lang: NumberLang): Read {
  const vf = VULGAR[text[pos]];
  if (vf !== undefined) {
    const core = mkCore(pos, pos + 1, vf * 100, false, 0, 1);
    core.share = true;
    return { core };
  }
  const T = lang === 'nl' ? 46 : 44; // thousands separator
  const D = lang === 'nl' ? 44 : 46; // decimal separator
  const n = text.length;
  const start = pos;
  // Leading decimal ".08" / ",08"
  if (text.charCodeAt(pos) === D) {
    let e = pos + 1;
    while (e < n && isAsciiDigitCode(text.charCodeAt(e))) e++;
    const v = Number('0.' + text.slice(pos + 1, e));
    return finishNumeral(text, lang, start, e, v, false, 0);
  }

  // Fast path: a plain integer not followed by a separator and a digit.
  {
    let e = pos;
    while (e < n && isAsciiDigitCode(text.charCodeAt(e))) e++;
    const c = e < n ? text.charCodeAt(e) : -1;
    const commaSpace = lang === 'en' && c === 44 && text.charCodeAt(e + 1) === 32 && isAsciiDigitCode(text.charCodeAt(e + 2));
    if (!commaSpace && !((c === 46 || c === 44 || isDigitGroupSpaceCode(c)) && e + 1 < n && isAsciiDigitCode(text.charCodeAt(e + 1)))) {
      return finishNumeral(text, lang, start, e, Number(text.slice(pos, e)), true, e - pos);
    }
  }
  // Groups of digits with their separators.
  const gStart: number[] = [];
  const gEnd: number[] = [];
  const seps: number[] = []; // char codes; 32 for any space
  let p = pos;
  for (;;) {
    const s = p;
    while (p < n && isAsciiDigitCode(text.charCodeAt(p))) p++;
    gStart.push(s);
    gEnd.push(p);
    if (p + 1 >= n) break;
    const c = text.charCodeAt(p);
    const d = text.charCodeAt(p + 1);
    if ((c === 46 || c === 44) && isAsciiDigitCode(d)) {
      seps.push(c);
      p++;
      continue;
    }
    // "912, 000", "1, 049, 500": English thousands with a space after the comma (as some
    // pages are extracted). Only for three-digit groups after a first group of at most three,
    // and only where the reading is safe: the group ends in "00", or another group follows
    // ("In 2019, 300 …" has a four-digit first group; "of the 27, 312 were" stays two numbers).
    if (lang === 'en' && c === 44 && d === 32 && p + 2 < n && isAsciiDigitCode(text.charCodeAt(p + 2)) && gEnd[0] - gStart[0] <= 3 && seps.every((x) => x === 44)) {
      let q = p + 2;
      while (q < n && isAsciiDigitCode(text.charCodeAt(q))) q++;
      const three = q - (p + 2) === 3;
      const more = text.charCodeAt(q) === 44 && text.charCodeAt(q + 1) === 32 && isAsciiDigitCode(text.charCodeAt(q + 2));
      if (three && (text.startsWith('00', q - 2) || more || seps.length > 0)) {
        seps.push(44);
        p += 2;
        continue;
      }
    }
    if (isDigitGroupSpaceCode(c) && isAsciiDigitCode(d)) {
      // Space-grouped thousands: first group 1-3 digits, all groups so far spaces, next group 3 digits.
      const firstLen = gEnd[0] - gStart[0];
      if (firstLen > 3 || seps.some((x) => x !== 32)) break;
      if (gEnd.length > 1 && gEnd[gEnd.length - 1] - gStart[gStart.length - 1] !== 3) break;
      let q = p + 1;
      while (q < n && isAsciiDigitCode(text.charCodeAt(q))) q++;
      if (q - (p + 1) !== 3) break;
      seps.push(32);
      p++;
      continue;
    }
    break;
  }
  const groups = gStart.length;
  const len = (i: number): number => gEnd[i] - gStart[i];
  const digitsOf = (i: number): string => text.slice(gStart[i], gEnd[i]);

  if (groups === 1) {
    const v = Number(digitsOf(0));
    return finishNumeral(text, lang, start, gEnd[0], v, true, len(0));
  }

  const dots = seps.filter((c) => c === 46).length;
  const commas = seps.filter((c) => c === 44).length;
  const spaces = seps.filter((c) => c === 32).length;
  const groupsOk = (from: number, to: number): boolean => {
    if (len(0) > 3 || len(0) === 0) return false;
    for (let i = Math.max(1, from); i < to; i++) if (len(i) !== 3) return false;
    return true;
  };
  const joinInt = (to: number): string => {
    let s = '';
    for (let i = 0; i < to; i++) s += digitsOf(i);
    return s;
  };

  if (spaces > 0 && dots + commas === 0) {
    return finishNumeral(text, lang, start, gEnd[groups - 1], Number(joinInt(groups)), false, 0);
  }
  if (spaces > 0) {
    // "1 234 567,89": spaces then one decimal separator
    const last = seps[seps.length - 1];
    if (spaces === seps.length - 1 && last !== 32) {
      const v = Number(joinInt(groups - 1) + '.' + digitsOf(groups - 1));
      return finishNumeral(text, lang, start, gEnd[groups - 1], v, false, 0);
    }
    // anything else: keep the space-grouped part
    const k = seps.indexOf(last === 32 ? -1 : last);
    const upto = k < 0 ? groups : k + 1;
    return finishNumeral(text, lang, start, gEnd[upto - 1], Number(joinInt(upto)), false, 0);
  }

  if (dots > 0 && commas > 0) {
    // Mixed: the separator that occurs last, once, is the decimal one.
    const last = seps[seps.length - 1];
    const lastCount = last === 46 ? dots : commas;
    if (lastCount === 1 && groupsOk(1, groups - 1)) {
      const v = Number(joinInt(groups - 1) + '.' + digitsOf(groups - 1));
      return finishNumeral(text, lang, start, gEnd[groups - 1], v, false, 0);
    }
    // "1.234,5,6" and the like: a list; keep the first group.
    return { skip: runEnd(text, pos) };
  }

  const X = dots > 0 ? 46 : 44;
  const count = groups - 1;
  if (count >= 2) {
    if (groupsOk(1, groups)) return finishNumeral(text, lang, start, gEnd[groups - 1], Number(joinInt(groups)), false, 0);
    if (X === 46) return { skip: runEnd(text, pos) }; // IP address, version, section, dotted date
    // "22,24,26,31": a list of numbers; report the first, the rest are read on their own.
    return finishNumeral(text, lang, start, gEnd[0], Number(digitsOf(0)), true, len(0));
  }
  // Exactly one separator.
  const after = len(1);
  const first = Number(digitsOf(0));
  // "piekjaar 2015.3": a year followed by a footnote number.
  if (len(0) === 4 && first >= 1800 && first <= 2100 && after <= 2 && X === 46) {
    const c = text.charCodeAt(gEnd[1]);
    if (!(c >= 0) || !isLatinOrGreekLetterCode(c)) return finishNumeral(text, lang, start, gEnd[0], first, true, 4);
  }
  // Thousands: the page's separator before three digits; also the other separator before
  // exactly "000" ("400.000" in English text, "4,000" in Dutch text), which is never a
  // sensibly written decimal.
  if ((X === T || digitsOf(1) === '000') && after === 3 && len(0) <= 3) {
    return finishNumeral(text, lang, start, gEnd[1], Number(digitsOf(0) + digitsOf(1)), false, 0);
  }
  if (X === T && lang === 'nl') {
    // "3.2" in Dutch text: a section number at the start of a line, a time before "uur",
    // otherwise read leniently as a decimal ("1.5 miljoen").
    if (atLineStart(text, start) && followedBySpaceAndLetter(text, gEnd[1]) && !suffixAt(text, gEnd[1])) {
      return { skip: runEnd(text, pos) };
    }
  }
  if (lang === 'en' && X === 46 && atLineStart(text, start) && after <= 2 && len(0) <= 2 && followedBySpaceAndLetter(text, gEnd[1]) && !suffixAt(text, gEnd[1])) {
    return { skip: runEnd(text, pos) }; // "3.2 Return policy": a section heading
  }
  const v = Number(digitsOf(0) + '.' + digitsOf(1));
  return finishNumeral(text, lang, start, gEnd[1], v, false, 0);
}

function suffixAt(text: string, p: number): boolean {
  SUFFIX_RE.lastIndex = p;
  return SUFFIX_RE.test(text);
}

function atLineStart(text: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

function followedBySpaceAndLetter(text: string, p: number): boolean {
  if (p >= text.length || !isInlineSpaceCode(text.charCodeAt(p))) return false;
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  return p < text.length && isLatinOrGreekLetterCode(text.charCodeAt(p));
}

/** What follows a numeral: exponents, glued letters, slashes, colons, hyphenated ids. */
function finishNumeral(
  text: string,
  lang: NumberLang,
  start: number,
  end: number,
  value: number,
  plainInt: boolean,
  digits: number,
): Read {
  const n = text.length;
  let mult = 1;
  let e = end;
  const c = e < n ? text.charCodeAt(e) : -1;
  const c1 = e + 1 < n ? text.charCodeAt(e + 1) : -1;

  // Exponent "1e10", "12.32e+14", "1.3e6"; power "1.1^23", "2.5^-1"
  if ((c === 101 || c === 69) && (isAsciiDigitCode(c1) || ((c1 === 43 || c1 === 45) && isAsciiDigitCode(text.charCodeAt(e + 2))))) {
    let q = e + 1;
    let sign = 1;
    if (text.charCodeAt(q) === 43) q++;
    else if (text.charCodeAt(q) === 45) {
      sign = -1;
      q++;
    }
    const s = q;
    while (q < n && isAsciiDigitCode(text.charCodeAt(q))) q++;
    if (q < n && isLatinOrGreekLetterCode(text.charCodeAt(q))) return { skip: runEnd(text, start) };
    const v = value * Math.pow(10, sign * Number(text.slice(s, q)));
    return { core: mkCore(start, q, Number(v.toPrecision(15)), false, 0, 1) };
  }
  if (c === 94) {
    let q = e + 1;
    let neg = false;
    while (q < n && (text.charCodeAt(q) === 43 || text.charCodeAt(q) === 45)) {
      if (text.charCodeAt(q) === 45) neg = !neg; // "^--23": the minuses cancel
      q++;
    }
    const s = q;
    while (q < n && isAsciiDigitCode(text.charCodeAt(q))) q++;
    if (q > s) {
      const v = Math.pow(value, (neg ? -1 : 1) * Number(text.slice(s, q)));
      return { core: mkCore(start, q, Number(v.toPrecision(15)), false, 0, 1) };
    }
  }

  // "2½": a mixed number
  if (plainInt && VULGAR[text[e]] !== undefined) {
    return { core: mkCore(start, e + 1, value + VULGAR[text[e]], false, 0, 1) };
  }
  // Letters glued to the digits.
  if (c >= 0 && isAsciiLetterCode(c)) {
    let q = e;
    while (q < n && isAsciiLetterCode(text.charCodeAt(q))) q++;
    const suf = text.slice(e, q);
    const after = q < n ? text.charCodeAt(q) : -1;
    const clean = after < 0 || !(isLatinOrGreekLetterCode(after) || isAsciiDigitCode(after));
    if (clean && GLUED_SCALE[suf] !== undefined) {
      mult = GLUED_SCALE[suf];
      e = q;
    } else {
      return { skip: runEnd(text, start) }; // 180ml, 29km, 4e, 21ste, 2nd, 2019D40742, 14u30
    }
  }
  const c2 = e < n ? text.charCodeAt(e) : -1;
  const c3 = e + 1 < n ? text.charCodeAt(e + 1) : -1;
  // Time "10:56", ratio "3:1"
  if (c2 === 58 && isAsciiDigitCode(c3)) return { skip: runEnd(text, start) };
  // Slash: fraction "3/4" or date "17/5/2018", period "2019/20"
  if (c2 === 47 && isAsciiDigitCode(c3) && mult === 1) {
    let q = e + 1;
    while (q < n && isAsciiDigitCode(text.charCodeAt(q))) q++;
    const den = Number(text.slice(e + 1, q));
    const nx = q < n ? text.charCodeAt(q) : -1;
    if (nx === 47 || nx === 46 || nx === 45 || (nx >= 0 && (isLatinOrGreekLetterCode(nx) || isAsciiDigitCode(nx)))) return { skip: runEnd(text, start) };
    if (plainInt && den > 0 && value > 0 && value < den && den <= 1000) {
      const core = mkCore(start, q, (value / den) * 100, false, 0, 1);
      core.share = true;
      return { core };
    }
    return { skip: q };
  }
  // Hyphenated numeric ids and dates: "14-10-2019", "2019-10-14", "020-1234567"
  if (isDashCode(c2) && isAsciiDigitCode(c3)) {
    let q = e + 1;
    while (q < n && isAsciiDigitCode(text.charCodeAt(q))) q++;
    const qc = q < n ? text.charCodeAt(q) : -1;
    if ((isDashCode(qc) || qc === 47) && isAsciiDigitCode(text.charCodeAt(q + 1))) return { skip: runEnd(text, start) };
    if (plainInt && text.charCodeAt(start) === 48 && digits >= 2 && q - (e + 1) >= 5) return { skip: runEnd(text, start) };
  }
  // Phone numbers written without separators: "0612345678"
  if (plainInt && digits >= 9 && text.charCodeAt(start) === 48) return { skip: e };
  void lang;
  return { core: mkCore(start, e, value * mult, plainInt && mult === 1, digits, mult) };
}

function mkCore(start: number, end: number, value: number, plainInt: boolean, digits: number, mult: number): Core {
  return { start, end, value, plainInt, digits, words: false, share: false, scaled: mult !== 1, bareArticle: false, mult };
}

function readCore(text: string, pos: number, lang: NumberLang, isWord: boolean): Read | null {
  if (!isWord) return readNumeral(text, pos, lang);
  let p = pos;
  let start = pos;
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
  const share = wn.share;
  if (share) value = value * 100;
  start = pos;
  return {
    core: { start, end: wn.end, value, plainInt: false, digits: 0, words: true, share, scaled: wn.scaled, bareArticle: bare, mult: 1 },
  };
}

// ---------------------------------------------------------------------------------------
// Looking back: qualifier, currency, sign, blockers

interface Before {
  start: number;
  q: Qualifier | null;
  unit: Unit | null;
  negative: boolean;
  intro: 'between' | 'from' | null;
  percentOf: boolean;
  block: boolean;
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
    } else if (c === 0x20ac || c === 36 || c === 60 || c === 62 || c === 61 || c === 126 || c === 0xb1 || c === 0x2265 || c === 0x2264 || c === 0xa7) {
      while (s > min) {
        const d = text.charCodeAt(s - 1);
        if (d === 0x20ac || d === 36 || d === 60 || d === 62 || d === 61 || d === 126 || d === 0xb1 || d === 0x2265 || d === 0x2264 || d === 0xa7) s--;
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

function lookBack(text: string, start: number, lang: NumberLang, min: number): Before {
  const res: Before = {
    start, q: null, unit: null, negative: false, intro: null, percentOf: false, block: false, prevWord: null,
    rangeWord: false, introStart: -1,
  };
  let p = start;
  // Sign glued to the number: "-3,5", "−12", "+5%"
  const c = text.charCodeAt(p - 1);
  if (p - 1 >= min && (isMinusCode(c) || c === 43)) {
    const b = p - 2 >= 0 ? text.charCodeAt(p - 2) : -1;
    if (b < 0 || isInlineSpaceCode(b) || b === 40 || b === 91 || b === 10 || b === 60 || b === 62 || b === 61) {
      if (c !== 43) res.negative = true;
      p--;
    }
  } else if (p - 2 >= min && isInlineSpaceCode(c) && isMinusCode(text.charCodeAt(p - 2))) {
    // "- 10" at the start of a line
    let q = p - 1;
    while (q > 0 && isInlineSpaceCode(text.charCodeAt(q - 1))) q--;
    if (q - 1 >= 0 && isMinusCode(text.charCodeAt(q - 1)) && atLineStart(text, q - 1)) {
      res.negative = true;
      p = q - 1;
    }
  }
  res.start = p;
  // "versie: 4"
  {
    let j = p;
    while (j > min && isInlineSpaceCode(text.charCodeAt(j - 1))) j--;
    if (j > min && text.charCodeAt(j - 1) === 58) {
      const tk = tokensBefore(text, j - 1, min, 1);
      if (tk.length && BLOCK_BEFORE.has(tk[0].w)) res.block = true;
    }
  }
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
    if (res.block) return res;
  }
  let k = 0;
  // currency, then sign word, then qualifier / intro
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
  const tab = lang === 'nl' ? PRE_NL : PRE_EN;
  for (let m = Math.min(PRE_MAX_WORDS, toks.length - k); m >= 1; m--) {
    let key = toks[k + m - 1].w;
    for (let i = k + m - 2; i >= k; i--) key += ' ' + toks[i].w;
    const hit = tab.get(key);
    if (hit) {
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
      const before = toks[k + m];
      if (before && /^(range|ranges|ranging|varies|vary|varying|varieerde|varieert|variëren|uiteenlopend)$/.test(before.w)) {
        res.rangeWord = true;
      }
      if (hit.intro === 'from' && before && /^(range|ranges|ranging|varies|vary|varying|is)$/.test(before.w)) res.rangeWord = true;
      break;
    }
  }
  return res;
}

// ---------------------------------------------------------------------------------------
// Quantity = core + scale/unit suffixes

interface Quantity {
  core: Core;
  start: number;
  end: number;
  value: number;
  unit: Unit | null;
  /** A scale word or glued scale was applied. */
  scaleMult: number;
}

function readSuffixes(text: string, q: Quantity, lang: NumberLang): void {
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
      if (q.unit === 'percent' || q.unit === 'percentage-points' || q.core.share) return;
      const w = m[5];
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
      if (q.scaleMult !== 1 && mult >= q.scaleMult) {
        // "three lakh crore", "honderdduizend miljoen": scales multiply
      }
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
    void lang;
  }
}

function readQuantity(text: string, pos: number, lang: NumberLang, isWord: boolean): { q: Quantity } | { skip: number } | null {
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
  if (!core.share || !core.words) readSuffixes(text, q, lang);
  if (!core.words && q.scaleMult === 1 && q.unit === null) {
    // "1,674.5 G", "1,674,200.5 M": an upper-case scale letter after a space
    SPACED_LETTER_RE.lastIndex = q.end;
    const m = SPACED_LETTER_RE.exec(text);
    if (m) {
      const mult = m[1] === 'M' ? 1e6 : m[1] === 'G' ? 1e9 : 1e9;
      q.value *= mult;
      q.scaleMult = mult;
      q.end += m[0].length;
    }
  }
  return { q };
}

/** A quantity at p (digits or words, with optional currency or minus before it). */
function readSecond(text: string, p: number, lang: NumberLang): Quantity | null {
  let unit: Unit | null = null;
  let neg = false;
  let s = p;
  const c = text.charCodeAt(s);
  if (c === 0x20ac || c === 36) {
    unit = c === 36 ? 'USD' : 'EUR';
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
const WORD_START_NL = cheapRegExp(`(?:${NL_STEMS})`, 'iuy');
const WORD_START_EN = cheapRegExp(EN_STEMS, 'iuy');
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
    `(?<![${letter}0-9])[0-9\\u00bc-\\u00be\\u2150-\\u215e${starts}]|(?<![${letter}0-9.,])\\${decimal}(?=[0-9])`,
    'g',
  );
}
const CANDIDATE_NL = candidateRegExp(FIRST_NL, ',');
const CANDIDATE_EN = candidateRegExp(FIRST_EN, '.');

// ---------------------------------------------------------------------------------------
// Main entry

type AtResult = { match: NumberMatch } | { skip: number };

function parseAt(text: string, pos: number, lang: NumberLang, minStart: number, isWord: boolean): AtResult {
  const n = text.length;
  // Digits right after ".", ",", "-", "/" or ":" that follow a letter or digit: footnote markers
  // ("Migratieagenda.1", "c.s.2"), parts of ids ("SCP-173", "v2.3.1") — skip the whole run.
  if (!isWord && pos > 0) {
    const b = text.charCodeAt(pos - 1);
    const bb = pos > 1 ? text.charCodeAt(pos - 2) : -1;
    if ((b === 46 || b === 44 || b === 47 || b === 58 || isDashCode(b) || b === 95) && bb >= 0 && (isLatinOrGreekLetterCode(bb) || isAsciiDigitCode(bb))) {
      if (!(isDashCode(b) && isAsciiDigitCode(bb))) return { skip: runEnd(text, pos) };
    }
    // "(LVV´s)17", "«…»3": a footnote marker glued to a closing bracket or quote
    if ((b === 41 || b === 0xbb || b === 0x201d || b === 93) && bb >= 0 && !isInlineSpaceCode(bb)) return { skip: runEnd(text, pos) };
    // Phone numbers "+31 6 12345678", "+1-222-2222/2222"
    if (b === 43) {
      let q = pos;
      let digits = 0;
      while (q < n) {
        const c = text.charCodeAt(q);
        if (isAsciiDigitCode(c)) {
          digits++;
          q++;
        } else if ((c === 32 || c === 45 || c === 47 || c === 40 || c === 41 || c === 0xa0) && isAsciiDigitCode(text.charCodeAt(q + 1))) q++;
        else break;
      }
      if (digits >= 8) return { skip: q };
    }
  }
  const r = readQuantity(text, pos, lang, isWord);
  if (!r) return { skip: pos + 1 };
  if ('skip' in r) return r;
  const q1 = r.q;
  const core = q1.core;

  const before = lookBack(text, core.start, lang, minStart);
  if (before.block) {
    let e = skipDateTail(text, core.words ? core.end : Math.max(core.end, runEnd(text, core.start)));
    // "Stb. 2019, 143": the second part of a reference
    const tail = /^,[ \u00a0]*[0-9]+(?![0-9]|[.,][0-9])/.exec(text.slice(e, e + 16));
    if (tail && !core.words) e += tail[0].length;
    return { skip: e };
  }

  // Context decoys for numerals
  if (!core.words) {
    const nw = nextWordLower(text, core.end);
    // "14 oktober 2019", "4 May"
    if (core.plainInt && core.value >= 1 && core.value <= 31 && nw !== null && MONTHS.has(nw) && followsAfterSpaces(text, core.end)) {
      if (lang === 'nl' || !EN_AMBIGUOUS_MONTHS.has(nw) || isUpperAt(text, core.end)) {
        return { skip: skipDateTail(text, skipWord(text, core.end)) };
      }
    }
    // "14.30 uur", "14 uur"? (only the decimal form)
    if (!core.plainInt && nw === 'uur' && core.value < 24.6) return { skip: skipWord(text, core.end) };
    // Postcode "2511 CV"
    if (core.plainInt && core.digits === 4 && core.value >= 1000 && isPostcodeAfter(text, core.end)) return { skip: core.end + 3 };
    // "19 637, nr. 2535"
    if (/^[ \u00a0]*,?[ \u00a0]*(nr|nrs|no)\.?[ \u00a0]*\d/iy.test(text.slice(core.end, core.end + 12))) {
      return { skip: core.end };
    }
    // "1." at the start of a line before a heading; "↩︎ 18. «Every year": a numbered note
    if (core.plainInt && core.value < 1000 && text.charCodeAt(core.end) === 46 && isInlineSpaceCode(text.charCodeAt(core.end + 1))) {
      const pc = prevNonSpace(text, core.start);
      const lineStart = atLineStart(text, core.start);
      const afterSymbol = pc >= 0 && !isLatinOrGreekLetterCode(pc) && !isAsciiDigitCode(pc) && pc !== 40 && pc !== 37;
      const note = startsNote(text, core.end + 1);
      if ((lineStart && (note || followedBySpaceAndLetter(text, core.end + 1)) && core.value < 100) || (afterSymbol && note)) {
        return { skip: core.end + 1 };
      }
    }
  }

  // Footnote markers in text taken from documents: "gedaald. 1 Kamerstuk", "partners, 2 In 2017":
  // a small integer after sentence punctuation and before a capitalised word.
  if (core.plainInt && core.value < 100 && !before.q && !before.unit && !before.negative && !before.intro) {
    const pc = prevNonSpace(text, core.start);
    if ((pc === 46 || pc === 44 || pc === 59 || pc === 58 || pc === 41 || pc === 0xbb || pc === 0x201d) && isInlineSpaceCode(text.charCodeAt(core.end)) && isUpperAt(text, core.end)) {
      SUFFIX_RE.lastIndex = core.end;
      if (!SUFFIX_RE.test(text)) return { skip: core.end };
    }
  }
  // "in acht nemen" (take into account)
  if (core.words && lang === 'nl' && core.value === 8 && before.prevWord === 'in' && /^\s*(?:te\s+)?(?:nemen|genomen|neemt|nam|namen|neem)\b/i.test(text.slice(core.end, core.end + 14))) {
    return { skip: core.end };
  }
  // Lone article: only "min een" or "een op de drie"
  if (core.bareArticle) {
    FRACTION_OF_RE.lastIndex = core.end;
    if (!before.negative && !FRACTION_OF_RE.test(text)) return { skip: core.end };
  }
  // "the one", "this one"
  if (core.words && core.value === 1 && !core.share && lang === 'en' && before.prevWord && ONE_DETERMINERS.has(before.prevWord)) {
    return { skip: core.end };
  }
  if (core.words && core.share && core.value === 50 && before.prevWord && HALF_BLOCK.has(before.prevWord) && /^half$/i.test(text.slice(core.start, core.end))) {
    return { skip: core.end };
  }

  let start = before.start;
  let end = q1.end;
  let value: number | undefined = before.negative ? -q1.value : q1.value;
  let range: [number, number] | undefined;
  let change: { from: number; to: number } | undefined;
  let unit: Unit | null = q1.unit ?? before.unit;
  if (before.unit && (!q1.unit || q1.unit === 'count')) unit = before.unit;
  if (before.percentOf) unit = 'percent';
  let qualifier: Qualifier = before.q ?? 'exact';
  let share = core.share;

  // "een op de drie", "1 in 5", "one out of three": a share
  if (!core.share && q1.scaleMult === 1 && !q1.unit && core.value >= 1 && core.value % 1 === 0 && core.value < 100 && (core.words || core.plainInt)) {
    FRACTION_OF_RE.lastIndex = q1.end;
    const m = FRACTION_OF_RE.exec(text);
    if (m) {
      const conn = m[1].toLowerCase();
      const ok = lang === 'nl' ? conn !== 'in' && conn !== 'out of' : conn === 'in' || conn === 'out of';
      if (ok) {
        const q2 = readSecond(text, m.index + m[0].length, lang);
        if (q2 && !q2.unit && q2.scaleMult === 1 && q2.value > core.value && q2.value < 1000 && q2.value % 1 === 0 && (q2.core.plainInt || q2.core.words)) {
          value = Math.round(((before.negative ? -1 : 1) * core.value / q2.value) * 100 * 1e12) / 1e12;
          unit = 'percent';
          share = true;
          end = q2.end;
        }
      }
    }
  }
  // "one over three", "2000 over 3" (English): a quotient, when nothing follows the divisor
  if (lang === 'en' && !share && q1.scaleMult === 1 && !q1.unit && !before.q && (core.words || core.plainInt)) {
    OVER_RE.lastIndex = q1.end;
    const m = OVER_RE.exec(text);
    if (m) {
      const q2 = readSecond(text, m.index + m[0].length, lang);
      if (q2 && !q2.unit && q2.scaleMult === 1 && q2.value > 0 && (q2.core.plainInt || q2.core.words)) {
        const nx = nextNonSpace(text, q2.end);
        if (nx < 0 || nx === 46 || nx === 44 || nx === 59 || nx === 63 || nx === 33 || nx === 41) {
          const v = core.value / q2.value;
          if (v < 1) {
            value = (before.negative ? -1 : 1) * v * 100;
            unit = 'percent';
            share = true;
          } else value = (before.negative ? -1 : 1) * v;
          end = q2.end;
        }
      }
    }
  }
  if (core.bareArticle && !share && !before.negative) return { skip: core.end };

  // Range or change
  if (!share) {
    CONN_RE.lastIndex = end;
    const m = CONN_RE.exec(text);
    if (m) {
      const dash = m[1];
      const word = m[2]?.toLowerCase();
      let kind: 'range' | 'change' | null = null;
      if (before.intro === 'between') kind = word === 'en' || word === 'and' || dash ? 'range' : null;
      else if (before.intro === 'from') {
        if (word === 'naar') kind = 'change';
        else if (word === 'tot' || word === 'tot en met' || word === 't/m' || dash) kind = 'range';
        else if (word === 'to') kind = before.rangeWord ? 'range' : 'change';
      } else if (dash) kind = 'range';
      else if (word && ['tot', 'tot en met', 't/m', 'à', 'through', 'thru', 'to'].includes(word)) {
        kind = lang === 'en' && word === 'to' && before.q ? null : 'range';
      }
      if (kind) {
        let p2 = m.index + m[0].length;
        // "tussen de 84 en-87 procent": a hyphen glued to the connector is a line-break artefact
        if (word && isDashCode(text.charCodeAt(p2)) && isLatinOrGreekLetterCode(text.charCodeAt(p2 - 1))) p2++;
        const q2 = readSecond(text, p2, lang);
        if (q2 && !q2.core.share) {
          let v1 = value as number;
          let v2 = q2.value;
          // Scores and ids: "2-1", "3–0", "19637-2535"
          if (dash && !before.intro && core.plainInt && q2.core.plainInt && v2 <= v1 && !q1.unit && !q2.unit) {
            return { skip: q2.end };
          }
          // "2 tot 3 miljoen": the scale of the second end holds for the first
          if (q1.scaleMult === 1 && q2.scaleMult !== 1 && v1 * q2.scaleMult <= v2) v1 *= q2.scaleMult;
          const u1 = unit && unit !== 'count' ? unit : null;
          const u2 = q2.unit && q2.unit !== 'count' ? q2.unit : null;
          if (!u1 || !u2 || u1 === u2) {
            if (before.introStart >= 0) start = before.introStart;
            if (kind === 'change') {
              // the qualifier described the old level ("van iets minder dan 91.000 naar 110.000")
              if (before.introStart >= 0) qualifier = 'exact';
              change = { from: v1, to: v2 };
              value = v2;
              unit = u1 ?? u2;
              end = q2.end;
            } else if (v2 > v1) {
              range = [v1, v2];
              value = undefined;
              unit = u1 ?? u2;
              end = q2.end;
            }
          }
        }
      }
    }
    // "between 5 and" with no second number: the intro is not part of the match
    if (!range && !change && before.intro) start = Math.max(start, core.start - (before.negative ? 1 : 0));
    if (before.intro && !range && !change) start = before.negative || before.unit ? start : core.start;
  }

  // Suffix qualifiers: "200 of meer", "500 or less"
  SUFFIX_Q_RE.lastIndex = end;
  const sq = SUFFIX_Q_RE.exec(text);
  if (sq && !range && !SUFFIX_Q_BLOCK_RE.test(text.slice(sq.index + sq[0].length, sq.index + sq[0].length + 24))) {
    qualifier = sq[1] ? 'at-least' : 'at-most';
    end = sq.index + sq[0].length;
  }

  const m: NumberMatch = {
    start,
    end,
    text: text.slice(start, end),
    unit: unit ?? 'count',
    qualifier,
  };
  if (range) m.range = range;
  else m.value = value;
  if (change) m.change = change;
  if (core.words) m.words = true;
  if (share) m.share = true;
  if (
    !range && !change && core.plainInt && core.digits === 4 && m.unit === 'count' && q1.scaleMult === 1 &&
    !before.negative && core.value >= 1800 && core.value <= 2100
  ) {
    m.isYear = true;
  }
  if (range && core.plainInt && core.digits === 4 && range[0] >= 1800 && range[1] <= 2100 && m.unit === 'count' && q1.scaleMult === 1) {
    m.isYear = true;
  }
  return { match: m };
}

const OVER_RE = /[ \t\u00a0]+over[ \t\u00a0]+/iy;

/** After "18. ": a capital letter or an opening quote starts a note. */
function startsNote(text: string, p: number): boolean {
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return (c >= 65 && c <= 90) || c === 0xab || c === 0x201c || c === 0x2018 || c === 34;
}

function prevNonSpace(text: string, p: number): number {
  while (p > 0 && (isInlineSpaceCode(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 10 || text.charCodeAt(p - 1) === 13)) p--;
  return p > 0 ? text.charCodeAt(p - 1) : -1;
}

function nextNonSpace(text: string, p: number): number {
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  return p < text.length ? text.charCodeAt(p) : -1;
}

function followsAfterSpaces(text: string, p: number): boolean {
  return p < text.length && isInlineSpaceCode(text.charCodeAt(p));
}
function isUpperAt(text: string, p: number): boolean {
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return c >= 65 && c <= 90;
}
function skipWord(text: string, p: number): number {
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  while (p < text.length && (isLatinOrGreekLetterCode(text.charCodeAt(p)) || text.charCodeAt(p) === 46)) p++;
  return p;
}
/** After a day-month (or month), also swallow ", 2019" / " 2019". */
function skipDateTail(text: string, p: number): number {
  let q = p;
  while (q < text.length && (isInlineSpaceCode(text.charCodeAt(q)) || text.charCodeAt(q) === 44)) q++;
  // "14 oktober" then "2019"; "October 14, 2019"
  let e = q;
  while (e < text.length && isAsciiDigitCode(text.charCodeAt(e))) e++;
  if (e - q === 4 && !(e < text.length && (isLatinOrGreekLetterCode(text.charCodeAt(e)) || isAsciiDigitCode(text.charCodeAt(e))))) return e;
  return p;
}
function isPostcodeAfter(text: string, p: number): boolean {
  if (text.charCodeAt(p) !== 32 && text.charCodeAt(p) !== 0xa0) return false;
  const a = text.charCodeAt(p + 1);
  const b = text.charCodeAt(p + 2);
  const c = p + 3 < text.length ? text.charCodeAt(p + 3) : -1;
  if (!(a >= 65 && a <= 90 && b >= 65 && b <= 90)) return false;
  if (c >= 0 && (isLatinOrGreekLetterCode(c) || isAsciiDigitCode(c) || c === 45)) return false;
  const pair = text.slice(p + 1, p + 3);
  return !['EU', 'NL', 'VS', 'US', 'UK', 'VN', 'SA', 'SD', 'SS'].includes(pair);
}

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

/**
 * Guess the number locale of a text from how it writes numbers ("1.234,5" vs "1,234.5")
 * and, failing that, from a few frequent words. null when there is no evidence.
 */
export function detectNumberLocale(text: string): NumberLang | null {
  const sample = text.length > 50000 ? text.slice(0, 50000) : text;
  let nl = 0;
  let en = 0;
  for (const m of sample.matchAll(/\d(?:([.,])\d{3})+(?:([.,])\d+)?(?!\d)/g)) {
    const g = m[1];
    const d = m[2];
    if (d && d !== g) {
      if (g === '.') nl += 2;
      else en += 2;
    }
  }
  for (const m of sample.matchAll(/\d+([.,])\d{1,2}(?!\d)/g)) {
    if (m[1] === ',') nl++;
    else en++;
  }
  const w = sample.toLowerCase();
  nl += (w.match(/\b(?:procent|miljoen|miljard|het|een|van|zijn|niet)\b/g)?.length ?? 0) * 0.5;
  en += (w.match(/\b(?:percent|million|billion|the|and|of|is|not)\b/g)?.length ?? 0) * 0.5;
  if (nl === en) return null;
  return nl > en ? 'nl' : 'en';
}
