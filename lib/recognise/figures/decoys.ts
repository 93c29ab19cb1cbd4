/**
 * Numbers that are not quantities at all, dropped before anything else: years, dates and
 * times, document/kamerstuk/article/page numbers, ages, durations and measures, street
 * numbers, numbers that are part of a name or an adjective ("G7", "COVID-19", "a 24-hour
 * shelter", "de 27 lidstaten"), scores, and small integer counts ("twee ministers").
 */
import { isLetterCode } from '../chars';
import { gluedCell } from '../numbers/decoys';
import type { NumberMatch } from '../types';
import type { Word } from './structure';
import { isRatio } from './measure';
import { BLOCK, FUNCTION, GENERIC, MANY_TIMES, MONTH_INDEX, REF_BEFORE, STREET_RE, TIMES_WORDS } from './words';

export interface DecoyContext {
  /** Normalised text and the number's normalised span. */
  t: string;
  ns: number;
  ne: number;
  /** Up to four words before the number, up to five after (normalised). */
  before: Word[];
  after: Word[];
  /** The word before the previous one starts with a capital in the original (a name). */
  prevIsName: boolean;
  /** The word right before is a capital "A" in the original (a motorway, "de A 12"), not the article "a". */
  prevIsCapitalA?: boolean;
  /** A word naming what migration figures count (a term or cue) starts right after the number. */
  countedNounAfter?: boolean;
}

/** Before a four-digit number, words that make it a year even before a counted noun ("in 2015 asielzoekers"). */
const YEAR_BEFORE = new Set(['in', 'sinds', 'since', 'tot', 'until', 'vanaf', 'from', 'voor', 'na', 'after', 'before', 'per', 'jaar', 'year', 'eind', 'begin', 'medio', 'end', 'early', 'mid']);

/** A time a year after "van"/"of" is a part of: "het tweede kwartaal van 2024 asielzoekers", "the first half of 2025 applications". */
const TIME_OF_YEAR = new Set(['kwartaal', 'helft', 'half', 'quarter', 'jaar', 'year', 'maand', 'month', 'maanden', 'months', 'weken', 'weeks', 'week', 'periode', 'period', 'begin', 'eind', 'start', 'end', 'zomer', 'summer', 'najaar', 'voorjaar', 'herfst', 'autumn', 'spring', 'winter']);

/** Nouns for people that make a four-digit number before them a count ("De meesten kwamen uit Syrië: 1915 mensen"). */
const PEOPLE_AFTER = /^ (?:mensen|personen|people|persons)(?![\p{L}])/u;
const WORD_BEFORE = /([\p{L}]+)[^\p{L}\d]*$/u;

/** A year-like four-digit number at [s, e) that counts people, by the noun after it, unless a word before makes it a year ("in 2015 mensen"). */
export function yearLikeCount(t: string, s: number, e: number): boolean {
  if (!/^\d{4}$/.test(t.slice(s, e)) || !PEOPLE_AFTER.test(t.slice(e, e + 10))) return false;
  const prev = WORD_BEFORE.exec(t.slice(Math.max(0, s - 16), s))?.[1].toLowerCase();
  return !prev || !(YEAR_BEFORE.has(prev) || MONTH_INDEX.has(prev));
}

export function isYearValue(m: NumberMatch): boolean {
  return m.unit === 'count' && m.value !== undefined && Number.isInteger(m.value) && m.value >= 1800 && m.value <= 2100 && /^\d{4}$/.test(m.text.trim());
}

/** A year-like number, bare ("2027") or after "tot"/"until" ("tot 2027"), a comparison ("less than 2016") or "rond"/"around": the noun after it decides whether it counts. */
export function mayBeYear(m: NumberMatch): boolean {
  const text = m.text.trim();
  return isYearValue(m) || (m.unit === 'count' && m.value !== undefined && m.value >= 1900 && m.value <= 2100 && (UNTIL_YEAR.test(text) || YEAR_AFTER_WORDS.some((y) => y.words.test(text))));
}

const RESIDENTS = new Set(['inwoners', 'inhabitants', 'residents']);
const GROWTH_WORDS = /^(?:groei|groeide|gegroeid|toegenomen|toename|aanwas|grew|grown|growth|increase|increased|rose)$/;

/** "132.000 inwoners bij(kwamen)", "(groeide met) 80.000 inwoners", "grew by 73,000 residents". */
function populationGrowth(nextW: string, after: readonly { w: string }[], before: readonly { w: string }[]): boolean {
  if (!RESIDENTS.has(nextW)) return false;
  const then = after[1]?.w;
  return then === 'bij' || then === 'erbij' || then === 'more' || (!!then && GROWTH_WORDS.test(then)) || before.some((w) => GROWTH_WORDS.test(w.w));
}

/** "tot 2027", "tot en met 2030", "until 2027": the parser's upper bound on a bare four-digit number. */
const UNTIL_YEAR = /^(?:tot(?: en met)?|t\/m|until|till)\s+\d{4}$/i;

/** A comparison's words before a bare four-digit number (the parser's qualifier): "less than 2016", "hoger dan 2013", "over 2024", "equal to 2016". */
const COMPARED_YEAR = /^(?:(?:more|less|fewer|higher|lower|greater|smaller|meer|minder|hoger|lager|groter|kleiner)\s+(?:than|dan)|over|equal to|gelijk aan)\s+\d{4}$/i;

/** "rond 2035", "around 2035", "circa 2035": an approximate qualifier before a bare four-digit number. */
const APPROXIMATE_YEAR = /^(?:rond|around|circa|ca\.)\s+\d{4}$/i;

/**
 * Words before a bare four-digit number that make it a year when no counted noun follows, with
 * the years they are read for and the round numbers that stay counts:
 * - a comparison ("44% less than 2016", "20% higher than 2022", "a 9% increase over 2024",
 *   "figures over 2017", "roughly equal to 2018"): the year compared with; round hundreds ("meer
 *   dan 2000.") stay counts;
 * - an approximation ("tot 18 miljoen rond 2035", "around 2035, the agency expects"): a number
 *   said to be about something is round, so "rond 2035" is a time; "rond 2050" and "rond 1950."
 *   may be round counts and stay.
 */
const YEAR_AFTER_WORDS = [
  { words: COMPARED_YEAR, from: 1990, to: 2039, round: 100 },
  { words: APPROXIMATE_YEAR, from: 2000, to: 2099, round: 50 },
];

/** A bracketed count: "(13.000 aanvragen)", "(ruim 2300)", "(about 4,500)" — not a bare four-digit year. */
const BRACKETED_COUNT = /\((?:(bijna|ruim|circa|ongeveer|zo'n|about|almost|over|nearly|some)\s+)?(\d[\d.,]*)(\s+[a-z]+)?\)/g;

/**
 * "…, Somalië (ruim 1800) en Irak (1500)": in a list of bracketed counts, a bare four-digit
 * number in brackets is one more count, not a year. The list is the same sentence: no
 * sentence end between the counts before and this one.
 */
export function inListOfBracketedCounts(t: string, ns: number, ne: number): boolean {
  if (t[ns - 1] !== '(' || t[ne] !== ')') return false;
  const before = t.slice(Math.max(0, ns - 200), ns - 1);
  const tail = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), -1) + 1);
  for (const [, qualifier, digits, noun] of tail.matchAll(BRACKETED_COUNT)) {
    if (qualifier || noun || !/^(?:1[89]|20)\d\d$/.test(digits)) return true;
  }
  return false;
}

const MIGRATION_NEXT = /^(?:asiel|vlucht|migra|refug|asyl)/;
/** An indefinite article between a count of times and what happened that often. */
const ARTICLE = new Set(['een', 'a', 'an']);
/** After "a third": a time or a rank it is the ordinal of ("a third straight year", "een derde keer"). */
const ORDINAL_AFTER = new Set(['straight', 'consecutive', 'successive', 'time', 'year', 'month', 'quarter', 'week', 'round', 'keer', 'maal', 'jaar', 'kwartaal', 'maand', 'opeenvolgende', 'achtereenvolgende']);
/** "van de afgelopen", "of the past": between a part and a whole of times. */
const WHOLE_ADJECTIVE = new Set(['afgelopen', 'laatste', 'voorbije', 'vorige', 'past', 'last', 'previous']);

/** "N van de (afgelopen) M weken", "N of the (past) M months": the whole is counted in a noun that counts no people. */
function partOfCountedWhole(after: readonly { w: string }[]): boolean {
  if (after[0]?.w !== 'van' && after[0]?.w !== 'of') return false;
  let k = after[1]?.w === 'de' || after[1]?.w === 'het' || after[1]?.w === 'the' ? 2 : 1;
  if (WHOLE_ADJECTIVE.has(after[k]?.w ?? '')) k++;
  return /^\d+$/.test(after[k]?.w ?? '') && BLOCK.has(after[k + 1]?.w ?? '');
}
/** "for every", "voor elke", "op iedere": before the base of a rate. */
const EVERY = new Set(['every', 'each', 'elke', 'iedere']);
const RATE_BASE_BEFORE = new Set(['for', 'voor', 'op', 'in']);
/** Times named by their number: "week 12", "maand 11". */
const NUMBERED_TIME = new Set(['week', 'maand', 'month']);
/** Words before such a time word that make it a span, not a name: "elke week", "per maand", "last month". */
const TIME_DETERMINER = new Set([...EVERY, 'per', 'a', 'een', 'de', 'het', 'the', 'this', 'that', 'deze', 'die', 'dezelfde', 'diezelfde', 'datzelfde', 'zelfde', 'same', 'last', 'next', 'vorige', 'volgende', 'afgelopen', 'past', 'one', 'first', 'eerste']);

/** "the 28 EU member states", "the 28 EU nations", "de 27 EU-lidstaten": the EU's members are counted, not people. */
export function countsEuMembers(next: string | undefined, second: string | undefined): boolean {
  return /^eu-(?:lidstaten|lidstaat|landen)$/.test(next ?? '') || (next === 'eu' && /^(?:member|members|lidstaten|lidstaat|landen|countries|states|nations|naties)$/.test(second ?? ''));
}

/**
 * Words right before a bare four-digit number that make it a year before any noun: "in", "sinds",
 * "tot" (YEAR_BEFORE), a time's "van"/"of" ("het tweede kwartaal van 2024 asielzoekers"), English
 * "the" or "a" ("the 2016 influx", "a 2024 recognition rate": English writes a count of that size
 * with a separator).
 */
export function yearByWordsBefore(prevW: string, prev2: string): boolean {
  return YEAR_BEFORE.has(prevW) || ((prevW === 'van' || prevW === 'of') && (TIME_OF_YEAR.has(prev2) || MONTH_INDEX.has(prev2))) || prevW === 'the' || prevW === 'a';
}

export function isDecoy(num: NumberMatch, c: DecoyContext): boolean {
  const { t, ns, ne, before, after } = c;
  const v = num.value ?? (num.range ? num.range[0] : NaN);
  if (!Number.isFinite(v)) return true;
  const prevW = before.length ? before[before.length - 1].w : '';
  const prev2 = before.length > 1 ? before[before.length - 2].w : '';
  const nextW = after.length ? after[0].w : '';
  const text = num.text.trim();
  // Years (bare four-digit integers) and spans of years ("2015-2018").
  // ("het maximumaantal van 2000 asielzoekers": a four-digit count right before what it counts.)
  // ("het tweede kwartaal van 2024 asielzoekers opvangen", "the 2016 influx", "the 2017 Immigration
  // Services Report": a bare four-digit number after a time's "van"/"of", or after English "the",
  // is a year before any noun — English writes a count of that size with a separator.)
  const countedHere = !yearByWordsBefore(prevW, prev2) && ((!!c.countedNounAfter && t[ne] === ' ') || yearLikeCount(t, ns, ne));
  if (isYearValue(num) && num.qualifier === 'exact' && !countedHere && !inListOfBracketedCounts(t, ns, ne)) return true;
  // ("het aantal emigranten zal tot 2027 licht blijven stijgen": "tot"/"until" before a bare
  // four-digit year, with a word after it that is no counted noun, gives the end of a time, not
  // an upper bound. "steeg tot 2000." and "tot 2000 asielzoekers" stay counts.)
  const noCountedNoun = !c.countedNounAfter && !PEOPLE_AFTER.test(t.slice(ne, ne + 10)) && !GENERIC.has(nextW);
  if (UNTIL_YEAR.test(text) && mayBeYear(num) && noCountedNoun && /^ \p{Ll}/u.test(t.slice(ne, ne + 2))) return true;
  // A bare year after a comparison or an approximation (YEAR_AFTER_WORDS), no counted noun after it.
  if (num.unit === 'count' && Number.isInteger(v) && noCountedNoun && YEAR_AFTER_WORDS.some((y) => y.words.test(text) && v >= y.from && v <= y.to && v % y.round !== 0)) return true;
  if (num.range && num.unit === 'count' && num.qualifier === 'exact' && num.range.every((x) => Number.isInteger(x) && x >= 1800 && x <= 2100) && /^\D*\d{4}\D+\d{2,4}$/.test(text)) return true;
  // Dates: a day or a year with a month name right before or after ("1 januari", "januari 2024",
  // "May 5"); "in oktober 3.500 aanvragen", "tot en met november ongeveer 45.000" are counts.
  const dayOrYear = num.qualifier === 'exact' && Number.isInteger(v) && ((v >= 1 && v <= 31) || (v >= 1800 && v <= 2100));
  if (dayOrYear && (MONTH_INDEX.has(nextW) || MONTH_INDEX.has(prevW.replace(/\.$/, '')))) return true;
  // References: "nr. 2535", "artikel 3", "pagina 12", "Kamerstuk 19 637".
  const pw = prevW.replace(/\.$/, '');
  if (REF_BEFORE.has(pw) || (pw === '.' && REF_BEFORE.has(prev2)) || (pw === 'a' && c.prevIsCapitalA)) return true;
  // A week or month by its number ("in week 12", "de cijfers over maand 2 tot en met 7"),
  // not a count in a week or month ("elke week 500 asielzoekers", "last month 3,000").
  if (NUMBERED_TIME.has(pw) && Number.isInteger(v) && v >= 1 && v <= (pw === 'week' ? 53 : 12) && !TIME_DETERMINER.has(prev2) && num.unit === 'count') return true;
  if (prevW === '§' || prevW === '#' || prevW === 'nº') return true;
  // The base of a rate: "13 asylum seekers per 1,000 people", "4 per 1.000 inwoners", "1,133
  // applications for every 1,000,000 citizens", "op elke 1000 inwoners" (the rate is the number before it).
  if ((prevW === 'per' || (EVERY.has(prevW) && RATE_BASE_BEFORE.has(prev2))) && num.unit === 'count') return true;
  // A unit multiplier: "Immigratie (x 1 000)", "(× 1.000)", "x1000": the numbers under it are
  // counted in thousands; it counts nothing itself.
  if ((prevW === 'x' || prevW === '×') && (v === 1000 || v === 1e6) && num.unit === 'count') return true;
  // Times: "14.30 uur", "om 10:00".
  if (nextW === 'uur' || nextW === 'u' || nextW === 'am' || nextW === 'pm' || nextW === 'h' || (/^\d{1,2}[:.]\d{2}$/.test(text) && (prevW === 'om' || prevW === 'at' || prevW === 'tot' || prevW === 'van'))) return true;
  if (/^[.:]\d{2}(?!\d)/.test(t.slice(ne, ne + 4)) && !/^[.:]\d{2}\d/.test(t.slice(ne, ne + 5))) {
    const tail = t.slice(ne + 3, ne + 8);
    if (/^\s*(?:uur|u\b|h\b|am|pm)/.test(tail) || t[ne] === ':') return true;
  }
  // Ages: "een 34-jarige", "(34)", "aged 34", "34 years old".
  if (/^-?jarig/.test(nextW) || t.startsWith('-jarig', ne) || t.startsWith('-year', ne)) return true;
  if (t[ns - 1] === '(' && t[ne] === ')' && v < 130 && num.unit === 'count') return true;
  // Part of an adjective or a name: "24-uurs", "a 24-hour shelter", "COVID-19", "G7" (glued letters).
  if (t[ne] === '-' && isLetterCode(t.charCodeAt(ne + 1))) return true;
  if (t[ns - 1] === '-' && isLetterCode(t.charCodeAt(ns - 2))) return true;
  if (ns > 0 && isLetterCode(t.charCodeAt(ns - 1)) && !gluedCell(t, ns)) return true;
  if (/^(?:e|ste|de|th|st|nd|rd|x)$/.test(nextW) && t[ne] !== ' ') return true;
  const ratio = isRatio(after);
  // ("in 20 van de afgelopen 26 weken was de instroom lager", "in 9 of the past 12 months": a part
  // of a whole of times or other things counts what the whole counts.)
  if (partOfCountedWhole(after)) return true;
  // ("down for a third consecutive year", "voor een derde keer": an ordinal, not a fraction.)
  if (/^(?:a|een)\s+(?:third|fourth|fifth|derde|vierde|vijfde)$/i.test(text) && ORDINAL_AFTER.has(nextW)) return true;
  // Durations, measures and counts of other things right after the number.
  // (Except residents a population grew by: "kwamen er 132.000 inwoners bij", "grew by 73,000 residents".)
  // (Nor a count of times in the thousands of a migration event: "ruim 960.000 keer een
  // asielverzoek ingediend", as "… keer asiel aangevraagd".)
  const migrationAfter = (k: number) => !!after[k] && MIGRATION_NEXT.test(after[k].w);
  const timesOfEvent = TIMES_WORDS.has(nextW) && v >= MANY_TIMES && ARTICLE.has(after[1]?.w ?? '') && migrationAfter(2);
  if (BLOCK.has(nextW) && num.unit === 'count' && !ratio && !migrationAfter(1) && !timesOfEvent && !populationGrowth(nextW, after, before)) return true;
  if (num.unit === 'count' && countsEuMembers(nextW, after[1]?.w)) return true;
  // Street numbers: "Keizersgracht 12", "Laan van Nieuw Oost-Indië 235", "Main Street 4".
  if (v < 2000 && num.unit === 'count' && num.qualifier === 'exact' && before.some((w) => w.w.length > 3 && STREET_RE.test(w.w)) && !FUNCTION.has(pw)) return true;
  // Ages in apposition: "Dick Schoof, 67, said", "Taco Dibbits (55)".
  if (num.unit === 'count' && Number.isInteger(v) && v >= 12 && v < 120 && t[ns - 2] === ',' && t[ne] === ',' && c.prevIsName) return true;
  // Small counts: "twee ministers", "3 partijen", "section 2.4", a footnote "4.1".
  if (num.unit === 'count' && !num.range && Math.abs(v) < 10 && !ratio) return true;
  // A document number heading a line: "19 637 Vreemdelingenbeleid", "30 573 Migratiebeleid".
  if (num.unit === 'count' && num.qualifier === 'exact' && /^\d{1,3} \d{3}$/.test(text) && (ns === 0 || t[ns - 1] === '\n')) return true;
  // Scores and results "2-1", "3–0".
  if (/^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(text)) return true;
  return false;
}
