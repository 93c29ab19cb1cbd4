/**
 * The words and signs around a number, Dutch and English: what may come before it (qualifiers,
 * currencies, signs, "between"/"from", words that make it a reference or a date), what may come
 * after it (scale words, units, "or more", a range's or change's second end), and the number
 * words' stems where a number may start. Data for the readers in this folder; most of this file
 * is tables, which is why it is long.
 */
import type { Qualifier, Unit } from '../types';
import { cheapRegExp } from '../chars';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, OTHER_MONTH_ABBREVIATIONS } from '../../util/months';

export type NumberLang = 'nl' | 'en';

// ---------------------------------------------------------------------------------------
// Where a number word may start

export const NL_STEMS =
  'één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|miljard|biljoen|nul|anderhalv?e?|half|halve|driekwart|kwart|de[ \\u00a0]+helft';
export const EN_STEMS =
  '(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|an?|half|quarter|dozen)(?![\\p{L}])';
export const WORD_START_NL = cheapRegExp(`(?:${NL_STEMS})`, 'iuy');
export const WORD_START_EN = cheapRegExp(EN_STEMS, 'iuy');

// ---------------------------------------------------------------------------------------
// Words before a number

export interface Pre {
  q?: Qualifier;
  /** Only when a mark is named after the number ("… the one million mark"): MARK_AFTER. */
  markAfter?: boolean;
  intro?: 'between' | 'from';
  percentOf?: boolean;
}

function table(entries: Array<[string, Pre]>): Map<string, Pre> {
  return new Map(entries);
}
const A = (q: Qualifier): Pre => ({ q });

export const PRE_NL = table([
  ...['circa', 'ca.', 'ca', 'ongeveer', "zo'n", 'zo’n', 'zon', 'rond', 'rond de', 'rondom', 'omstreeks', 'pakweg',
    'ruwweg', 'grofweg', 'naar schatting', 'plusminus', '±', '~', 'nagenoeg', 'bij benadering', 'om en nabij',
    'om en nabij de', 'zowat', 'ongeveer de'].map((w): [string, Pre] => [w, A('approximately')]),
  ...['ruim', 'meer dan', 'ruim meer dan', 'iets meer dan', 'boven de', 'boven', 'hoger dan', 'groter dan', 'groter als',
    'groter is dan', 'hoger is dan', 'meer als', 'dik', 'ruim boven de', '>', 'hoger als', 'net meer dan', 'net boven de', 'boven het', 'ruim boven het', 'net boven het'].map((w): [string, Pre] => [w, A('more-than')]),
  ...['minder dan', 'iets minder dan', 'net minder dan', 'nog geen', 'onder de', 'onder', 'kleiner dan', 'kleiner als',
    'lager dan', 'lager als', '<', 'net onder de', 'net onder', 'ruim onder de', 'net geen'].map((w): [string, Pre] => [w, A('less-than')]),
  ...['bijna', 'krap', 'haast'].map((w): [string, Pre] => [w, A('almost')]),
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

export const PRE_EN = table([
  ...['about', 'around', 'approximately', 'approx.', 'approx', 'roughly', 'some', 'an estimated', 'estimated', 'circa',
    'c.', 'ca.', '~', '±', 'close to', 'in the region of', 'on the order of', 'roughly some'].map((w): [string, Pre] => [w, A('approximately')]),
  ...['more than', 'over', 'above', 'greater than', 'larger than', 'bigger than', 'higher than', 'just over', 'exceed',
    'exceeds', 'exceeding', 'exceeded', 'surpass', 'surpassing', 'surpassed', 'surpasses', '>', 'upwards of', 'well over', 'in excess of', 'just above',
    'slightly more than', 'well above', 'slightly over', 'slightly above', 'a little over', 'a little more than'].map((w): [string, Pre] => [w, A('more-than')]),
  // A mark a count went past, only with the mark named after the number: "passed the one million
  // mark", "broke the 100,000 barrier" (not "passed the 2024 budget").
  // (Any form of the verb: "saw claims exceed the half-million mark".)
  ...['passed the', 'crossed the', 'broke the', 'broke through the', 'topped the', 'exceeded the', 'surpassed the', 'went past the',
    'pass the', 'passes the', 'passing the', 'cross the', 'crosses the', 'crossing the', 'break the', 'breaks the', 'breaking the',
    'top the', 'tops the', 'topping the', 'exceed the', 'exceeds the', 'exceeding the', 'surpass the', 'surpasses the', 'surpassing the'].map((w): [string, Pre] => [w, { q: 'more-than', markAfter: true }]),
  ...['less than', 'fewer than', 'under', 'below', 'just under', 'smaller than', 'lower than', '<',
    'just below', 'slightly less than', 'slightly fewer than', 'well under', 'well below', 'just shy of', 'shy of', 'slightly under',
    'slightly below', 'a little under', 'a little less than'].map((w): [string, Pre] => [w, A('less-than')]),
  ...['nearly', 'almost', 'not quite'].map((w): [string, Pre] => [w, A('almost')]),
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

/** The number, then the word that makes it a mark passed: "one million mark", "100,000-barrier". */
export const MARK_AFTER = /^(?:[\d.,]+|[a-z]+)(?:[\s-]+(?:[\d.,]+|[a-z]+)){0,2}?[\s-]+(?:mark|barrier|milestone|threshold)\b/i;

/** A bound said to be near its number: "just under", "slightly over", "iets meer dan", "net geen", "krap". */
export const CLOSE_BOUND = /^(?:just|slightly|a little|iets|net|krap)\s/i;

export const PRE_MAX_WORDS = 5;
/** The last word of every phrase in the tables: a number whose previous word is not one has no phrase. */
export const LAST_WORDS = new Set<string>();
for (const t of [PRE_NL, PRE_EN]) for (const k of t.keys()) LAST_WORDS.add(k.slice(k.lastIndexOf(' ') + 1));

/** Words right before a number that make it a reference, not a quantity. */
export const BLOCK_BEFORE = new Set([
  'nr.', 'nr', 'nrs.', 'nrs', 'no.', 'nos.', 'nummer', 'kamerstuk', 'kamerstukken', 'versie', 'version', 'artikel',
  'art.', 'hoofdstuk', 'paragraaf', 'bijlage', 'pagina', "pagina's", 'blz.', 'p.', 'pp.', 'page', 'pages', 'chapter',
  'section', 'tabel', 'table', 'figuur', 'figure', 'fig.', 'lid', 'sub', '§', 'motie', 'amendement', 'ecli', 'bus',
  'postbus', 'kvk', 'stb.', 'stb', 'stcrt.', 'stcrt', 'trb.', 'item', 'punt', 'onderdeel', 'ro.', 'r.o.', 'overweging', 'telefoon', 'tel.', 'tel', 'fax', 'nummers', 'v.', 'vol.', 'jaargang', 'editie', 'issue',
  // Bible references in the Christian press ("Mat. 25, 35", "Matteüs 25:35", "Lev. 19"): chapter and verse.
  'mat.', 'matt.', 'matteüs', 'mattheüs', 'mattheus', 'marc.', 'mc.', 'mk.', 'luc.', 'lk.', 'joh.', 'gen.', 'lev.',
  'deut.', 'deuteronomium', 'deuteronomy', 'leviticus', 'exodus', 'psalm', 'ps.', 'rom.', 'kor.', 'cor.', 'gal.', 'ef.',
  'eph.', 'hebr.', 'jes.', 'jer.', 'spr.', 'openb.',
]);

/**
 * Month words around a day or a year (lib/util/months.ts): every name, and every abbreviation
 * also with its full stop. Not these, so far: "mar" (an English verb too), "mar.", "jun." and
 * "jul.".
 */
export const MONTHS = new Set<string>();
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
export const EN_AMBIGUOUS_MONTHS = new Set(['may', 'march']);

export const CURRENCY_BEFORE: Record<string, Unit> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', '$': 'USD', 'us$': 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP',
};
export const NEG_WORDS = new Set(['min', 'minus', 'negatief', 'negative']);
export const ONE_DETERMINERS = new Set([
  'the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'some', 'someone', 'anyone', 'no-one', 'little',
  'another', 'other', 'only', 'de', 'het', 'die', 'dat', 'deze', 'elk', 'ieder',
]);
export const HALF_BLOCK = new Set(['first', 'second', 'other', 'latter', 'the', 'its', 'his', 'her', 'their', 'this', 'that',
  'eerste', 'tweede', 'andere']);


// ---------------------------------------------------------------------------------------
// Suffixes: scale words and units after a number

/** Spaces, with at most one line break (text from PDFs and HTML wraps lines inside a sentence). */
export const SP = '[ \\t\\u00a0\\u2009\\u202f]*(?:\\r?\\n[ \\t\\u00a0\\u2009\\u202f]*)?';
export const SUFFIX_RE = cheapRegExp(
  `${SP}(?:` +
    `(%[- ]?punt(?:en)?|procentpunt(?:en)?|percentagepunt(?:en)?|percentage[- ]points?|procent[- ]punt(?:en)?)` + // 1 pp
    `|(%|procent|percents?|percentage|per[ \\u00a0]?cent|pct\\.?)` + // 2 percent
    `|(euro(?:'s)?|eur|€)` + // 3 EUR
    `|(us[- ]?dollars?|dollars?|usd|\\$)` + // 4 USD
    `|(pounds? sterling|pounds|pond sterling|gbp|£)` + // 5 GBP
    // (A scale word may be joined by a hyphen, as some papers write it: "1.14-million".)
    `|(?:-(?=\\p{L}{4}))?(miljoen|mln\\.?|miljard|mld\\.?|mrd\\.?|biljoen|duizend|honderd|million|billion|trillion|bn|bln|tln|thousand|hundred|lakh|crore|dozens?|dozijn(?:en)?|dzs|dozs|gros|k)` + // 6 scale
    `)(?![\\p{L}\\p{N}])`,
  'iuy',
);
export const SCALE: Record<string, number> = {
  miljoen: 1e6, mln: 1e6, 'mln.': 1e6, miljard: 1e9, mld: 1e9, 'mld.': 1e9, mrd: 1e9, 'mrd.': 1e9, biljoen: 1e12,
  duizend: 1e3, honderd: 100, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, bln: 1e9, tln: 1e12,
  thousand: 1e3, hundred: 100, lakh: 1e5, crore: 1e7, dozen: 12, dozens: 12, dozijn: 12, dozijnen: 12, dzs: 12,
  dozs: 12, gros: 144, k: 1e3,
};
/**
 * Letters glued to digits that scale them ("10k", "1.2b", "10M", "2mil", "5mln"). Case matters.
 * British tabloids glue the whole word too: "a record 1.25million", "£3billion".
 */
export const GLUED_SCALE: Record<string, number> = {
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mil: 1e6, mln: 1e6, b: 1e9, B: 1e9, bn: 1e9, bln: 1e9, G: 1e9, mld: 1e9, mrd: 1e9,
  tln: 1e12, million: 1e6, billion: 1e9, trillion: 1e12, miljoen: 1e6, miljard: 1e9,
};

export const SUFFIX_Q_RE = cheapRegExp(
  `${SP}(?:(of meer|en meer|of hoger|of groter|or more|and more|or greater|or higher|or above|and above|and over|or over)` +
    `|(of minder|of lager|of kleiner|or less|or fewer|or lower|or below|and under|and below|or under))(?![\\p{L}])`,
  'iuy',
);

export const MIXED_RE = cheapRegExp(/[ \t\u00a0]+([0-9]{1,3})\/([0-9]{1,3})(?![0-9/.,\-\p{L}])/uy);
export const SPACED_LETTER_RE = cheapRegExp(/[ \u00a0]([MGB])(?![\p{L}\p{N}])/uy);
/** "one million 204 thousand", "1 miljoen 204 duizend": a smaller scale's digits after a larger scale (wire copy translated word by word). */
export const SCALE_REST_RE = cheapRegExp(/[ \t\u00a0]+([1-9][0-9]{0,2})[ \t\u00a0]+(duizend|thousand|miljoen|million)(?![\p{L}\p{N}])/iuy);
/** After a fraction in words: " of a million", " of a billion" ("a third of a million"). */
export const OF_A_SCALE_RE = cheapRegExp(/[ \t\u00a0]+of[ \t\u00a0]+an?[ \t\u00a0]+(million|billion)(?![\p{L}\p{N}])/iuy);
/** "3 miljoen en een half", "3 million and a half" */
export const AND_HALF_RE = cheapRegExp(/[ \t\u00a0]+(?:en|and)[ \t\u00a0]+(?:een|a)[ \t\u00a0]+(?:half|halve)(?![\p{L}])/iuy);

/** "200 of hoger dan 190", "above 1000 and below 1500": the comparison belongs to what follows. */
export const SUFFIX_Q_BLOCK_RE = cheapRegExp(
  `^${SP}(?:(?:dan|than|als|aan|to)${SP}(?:de |the )?)?(?:[0-9]|${NL_STEMS}|${EN_STEMS})`,
  'iu',
);

export const CONN_RE = cheapRegExp(
  `${SP}(?:(-|–|—|~)|(tot en met|t\\/m|tot|à|through|to|en|and|naar|till|until|thru))${SP}`,
  'iuy',
);

/** Between the parts of a share: "1 op de 3", "one in five", "seven out of every 10", "een op elke vier". */
export const FRACTION_OF_RE = cheapRegExp(`${SP}(op de|op|van de|uit de|uit|out of|in)[ \\t\\u00a0]+(?:(?:every|each|elke|iedere)[ \\t\\u00a0]+)?`, 'iuy');

export const OVER_RE = /[ \t\u00a0]+over[ \t\u00a0]+/iy;

/** Vulgar fractions: "½" alone is a share, after digits ("2½") part of a mixed number. */
export const VULGAR: Record<string, number> = {
  '¼': 1 / 4, '½': 1 / 2, '¾': 3 / 4, '⅐': 1 / 7, '⅑': 1 / 9, '⅒': 1 / 10, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 1 / 5,
  '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};
