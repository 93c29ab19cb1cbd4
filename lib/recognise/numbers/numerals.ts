/**
 * Numerals in digits: "38.000", "1,5", "580 800", "1.234,5", ".08", "½", "2½", "1e6", "10k",
 * "3/4". The page language decides the separators (see numbers.ts, "Decisions"); what follows
 * the digits decides whether they are a number at all (a time, a date, an id, a phone number,
 * digits glued to letters are skipped). Over 300 lines because the separator rules of both
 * languages are one decision table (valueOfGroups, oneSeparator), read best in one place.
 */
import { isAsciiDigitCode, isAsciiLetterCode, isDashCode, isDigitGroupSpaceCode, isLatinOrGreekLetterCode } from '../chars';
import { GLUED_SCALE, VULGAR, type NumberLang } from './phrases';
import { atLineStart, followedBySpaceAndLetter, runEnd, startsNote, suffixAt } from './scan';

export interface Core {
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

/** A numeral read, or where to go on when the digits are not one. */
export type Read = { core: Core } | { skip: number };

export function mkCore(start: number, end: number, value: number, plainInt: boolean, digits: number, mult: number): Core {
  return { start, end, value, plainInt, digits, words: false, share: false, scaled: mult !== 1, bareArticle: false, mult };
}

/** The numeral in digits (or a vulgar fraction) at `pos`. */
export function readNumeral(text: string, pos: number, lang: NumberLang): Read {
  const vf = VULGAR[text[pos]];
  if (vf !== undefined) {
    const core = mkCore(pos, pos + 1, vf * 100, false, 0, 1);
    core.share = true;
    return { core };
  }
  const D = lang === 'nl' ? 44 : 46; // decimal separator
  const n = text.length;
  // Leading decimal ".08" / ",08"
  if (text.charCodeAt(pos) === D) {
    let e = pos + 1;
    while (e < n && isAsciiDigitCode(text.charCodeAt(e))) e++;
    const v = Number('0.' + text.slice(pos + 1, e));
    return finishNumeral(text, pos, e, v, false, 0);
  }

  // Fast path: a plain integer not followed by a separator and a digit.
  let e = pos;
  while (e < n && isAsciiDigitCode(text.charCodeAt(e))) e++;
  const c = e < n ? text.charCodeAt(e) : -1;
  const commaSpace = lang === 'en' && c === 44 && text.charCodeAt(e + 1) === 32 && isAsciiDigitCode(text.charCodeAt(e + 2));
  if (!commaSpace && !((c === 46 || c === 44 || isDigitGroupSpaceCode(c)) && e + 1 < n && isAsciiDigitCode(text.charCodeAt(e + 1)))) {
    return finishNumeral(text, pos, e, Number(text.slice(pos, e)), true, e - pos);
  }
  return valueOfGroups(text, pos, lang, digitGroups(text, pos, lang));
}

/** Runs of digits and the separators between them (char codes; 32 for any space). */
interface Groups {
  start: number[];
  end: number[];
  seps: number[];
}

const groupLen = (g: Groups, i: number): number => g.end[i] - g.start[i];
const groupDigits = (text: string, g: Groups, i: number): string => text.slice(g.start[i], g.end[i]);

/** The digits of the first `to` groups, joined. */
function joinGroups(text: string, g: Groups, to: number): string {
  let s = '';
  for (let i = 0; i < to; i++) s += groupDigits(text, g, i);
  return s;
}

/** Thousands grouping: a first group of 1–3 digits, groups `from`…`to`-1 of exactly three. */
function groupsOk(g: Groups, from: number, to: number): boolean {
  if (groupLen(g, 0) > 3 || groupLen(g, 0) === 0) return false;
  for (let i = Math.max(1, from); i < to; i++) if (groupLen(g, i) !== 3) return false;
  return true;
}

/**
 * A text that writes English thousands with a space after the comma shows it somewhere beyond
 * doubt ("7, 300", "1, 049, 500"); in such a text "108, 475" is one number too. Set for the
 * one text parseNumbers reads (reading is synchronous), by withTextNumberStyle.
 */
let spacedCommaText = false;
const SPACED_COMMA_CONFIRMED = /(?<![\d.,])\d{1,3}, \d00(?![\d.,])|(?<![\d.,])\d{1,3}, \d{3}, \d{3}(?!\d)/;

/**
 * An English text that writes its digits the continental way shows it beyond doubt ("11,5
 * percent", "1.234.567", "1.234,5") and never the English way ("1,234", "3.5 percent"); in such a
 * text "124.935 people" is a count, not a decimal. Set with spacedCommaText, by withTextNumberStyle.
 */
let dotThousandsText = false;
/** Right after an English number: a word for people or requests (never counted in fractions; not an average, "2.145 persons per household"). */
const PEOPLE_AFTER = /^ (?:people|persons|migrants|immigrants|emigrants|refugees|asylum|applicants|applications|requests|family|relatives|children|minors|arrivals|departures|nationals|[A-Z][a-z]+(?:ians|ans|is|ese))\b(?! per\b)/;
/** The same after a Dutch number, for an English comma slipped into Dutch copy ("ongeveer 13,800 mensen"). */
const PEOPLE_AFTER_NL = /^ (?:mensen|personen|migranten|immigranten|emigranten|vluchtelingen|asielzoekers|asielaanvragen|aanvragen|verzoeken|nareizigers|kinderen|minderjarigen|statushouders|\p{Lu}\p{Ll}+(?:ërs|anen|ezen|ers))(?![\p{L}])(?! per\b)/u;
const CONTINENTAL_DIGITS = /\d,\d{1,2}(?!\d)\s*(?:%|percent|per cent)|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])|\d\.\d{3},\d/;
const ENGLISH_DIGITS = /(?<![\d.,])\d{1,3},\d{3}(?![\d])|\d\.\d{1,2}(?!\d)\s*(?:%|percent|per cent|million|billion)/;

export function withTextNumberStyle<T>(text: string, lang: NumberLang, read: () => T): T {
  const before = spacedCommaText;
  const dotsBefore = dotThousandsText;
  spacedCommaText = lang === 'en' && SPACED_COMMA_CONFIRMED.test(text);
  dotThousandsText = lang === 'en' && CONTINENTAL_DIGITS.test(text) && !ENGLISH_DIGITS.test(text);
  try {
    return read();
  } finally {
    spacedCommaText = before;
    dotThousandsText = dotsBefore;
  }
}

/** True when another number, not a year, ends one space before `pos` ("1.620 948", "105 113"). */
function numberRightBefore(text: string, pos: number): boolean {
  if (pos < 2 || !isDigitGroupSpaceCode(text.charCodeAt(pos - 1)) || !isAsciiDigitCode(text.charCodeAt(pos - 2))) return false;
  let b = pos - 2;
  while (b > 0 && (isAsciiDigitCode(text.charCodeAt(b - 1)) || ((text.charCodeAt(b - 1) === 46 || text.charCodeAt(b - 1) === 44) && b > 1 && isAsciiDigitCode(text.charCodeAt(b - 2))))) b--;
  if (b > 0 && /[\p{L}]/u.test(text[b - 1])) return false;
  return !/^(?:1[89]|20)\d\d$/.test(text.slice(b, pos - 1));
}

function digitGroups(text: string, pos: number, lang: NumberLang): Groups {
  const n = text.length;
  const g: Groups = { start: [], end: [], seps: [] };
  let p = pos;
  for (;;) {
    const s = p;
    while (p < n && isAsciiDigitCode(text.charCodeAt(p))) p++;
    g.start.push(s);
    g.end.push(p);
    if (p + 1 >= n) break;
    const c = text.charCodeAt(p);
    const d = text.charCodeAt(p + 1);
    if ((c === 46 || c === 44) && isAsciiDigitCode(d)) {
      g.seps.push(c);
      p++;
      continue;
    }
    // "912, 000", "1, 049, 500": English thousands with a space after the comma (as some
    // pages are extracted). Only for three-digit groups after a first group of at most three,
    // and only where the reading is safe: the group ends in "00", or another group follows
    // ("In 2019, 300 …" has a four-digit first group; "of the 27, 312 were" stays two numbers).
    if (lang === 'en' && c === 44 && d === 32 && p + 2 < n && isAsciiDigitCode(text.charCodeAt(p + 2)) && groupLen(g, 0) <= 3 && g.seps.every((x) => x === 44)) {
      let q = p + 2;
      while (q < n && isAsciiDigitCode(text.charCodeAt(q))) q++;
      const three = q - (p + 2) === 3;
      const more = text.charCodeAt(q) === 44 && text.charCodeAt(q + 1) === 32 && isAsciiDigitCode(text.charCodeAt(q + 2));
      // ("140,000, 125,000 and 60,000": a group followed by a tight separator opens a number of its own.)
      const ownGroups = (text.charCodeAt(q) === 44 || text.charCodeAt(q) === 46) && isAsciiDigitCode(text.charCodeAt(q + 1));
      if (three && !ownGroups && (text.startsWith('00', q - 2) || more || g.seps.length > 0 || spacedCommaText)) {
        g.seps.push(44);
        p += 2;
        continue;
      }
    }
    if (isDigitGroupSpaceCode(c) && isAsciiDigitCode(d)) {
      // Space-grouped thousands: first group 1-3 digits, all groups so far spaces, next group 3 digits.
      if (groupLen(g, 0) > 3 || g.seps.some((x) => x !== 32)) break;
      // (Not in a row of numbers, a table's line glued into the text: "1.620 948 571 604 489" is
      // five counts, not one. A year before the number leaves it its groups: "in 2023 12 000".)
      if (g.end.length === 1 && numberRightBefore(text, pos)) break;
      if (g.end.length > 1 && groupLen(g, g.end.length - 1) !== 3) break;
      let q = p + 1;
      while (q < n && isAsciiDigitCode(text.charCodeAt(q))) q++;
      if (q - (p + 1) !== 3) break;
      g.seps.push(32);
      p++;
      continue;
    }
    break;
  }
  return g;
}

/** The number the groups write, by how many separators of which kind they have. */
function valueOfGroups(text: string, pos: number, lang: NumberLang, g: Groups): Read {
  const groups = g.start.length;
  if (groups === 1) return finishNumeral(text, pos, g.end[0], Number(groupDigits(text, g, 0)), true, groupLen(g, 0));

  const dots = g.seps.filter((c) => c === 46).length;
  const commas = g.seps.filter((c) => c === 44).length;
  const spaces = g.seps.filter((c) => c === 32).length;
  const last = g.seps[g.seps.length - 1];

  if (spaces > 0 && dots + commas === 0) {
    return finishNumeral(text, pos, g.end[groups - 1], Number(joinGroups(text, g, groups)), false, 0);
  }
  if (spaces > 0) {
    // "1 234 567,89": spaces then one decimal separator
    if (spaces === g.seps.length - 1 && last !== 32) {
      const v = Number(joinGroups(text, g, groups - 1) + '.' + groupDigits(text, g, groups - 1));
      return finishNumeral(text, pos, g.end[groups - 1], v, false, 0);
    }
    // anything else: keep the space-grouped part
    const k = g.seps.indexOf(last === 32 ? -1 : last);
    const upto = k < 0 ? groups : k + 1;
    return finishNumeral(text, pos, g.end[upto - 1], Number(joinGroups(text, g, upto)), false, 0);
  }

  if (dots > 0 && commas > 0) {
    // Mixed: the separator that occurs last, once, is the decimal one.
    const lastCount = last === 46 ? dots : commas;
    // "the number exceeded 40,000.1 With …": a grouped number, a sentence's full stop and a
    // footnote marker before the next sentence — not a decimal (no count is written to a tenth
    // with thousands grouped).
    if (last === 46 && lastCount === 1 && groupLen(g, groups - 1) <= 2 && groupsOk(g, 1, groups - 1) && startsNote(text, g.end[groups - 1]) && !suffixAt(text, g.end[groups - 1])) {
      return finishNumeral(text, pos, g.end[groups - 2], Number(joinGroups(text, g, groups - 1)), false, 0);
    }
    if (lastCount === 1 && groupsOk(g, 1, groups - 1)) {
      const v = Number(joinGroups(text, g, groups - 1) + '.' + groupDigits(text, g, groups - 1));
      return finishNumeral(text, pos, g.end[groups - 1], v, false, 0);
    }
    // "1.234,5,6" and the like: a list; keep the first group.
    return { skip: runEnd(text, pos) };
  }

  const X = dots > 0 ? 46 : 44;
  if (groups - 1 >= 2) {
    if (groupsOk(g, 1, groups)) return finishNumeral(text, pos, g.end[groups - 1], Number(joinGroups(text, g, groups)), false, 0);
    if (X === 46) return { skip: runEnd(text, pos) }; // IP address, version, section, dotted date
    // "22,24,26,31": a list of numbers; report the first, the rest are read on their own.
    return finishNumeral(text, pos, g.end[0], Number(groupDigits(text, g, 0)), true, groupLen(g, 0));
  }
  return oneSeparator(text, pos, lang, g, X);
}

/** Two groups and one separator `X` ("38.000", "1,5", "2015.3", "3.2 Return policy"). */
function oneSeparator(text: string, pos: number, lang: NumberLang, g: Groups, X: number): Read {
  const T = lang === 'nl' ? 46 : 44; // thousands separator
  const after = groupLen(g, 1);
  const first = Number(groupDigits(text, g, 0));
  // "piekjaar 2015.3": a year followed by a footnote number.
  if (groupLen(g, 0) === 4 && first >= 1800 && first <= 2100 && after <= 2 && X === 46) {
    const c = text.charCodeAt(g.end[1]);
    if (!(c >= 0) || !isLatinOrGreekLetterCode(c)) return finishNumeral(text, pos, g.end[0], first, true, 4);
  }
  // Thousands: the page's separator before three digits; also the other separator before
  // exactly "000" ("400.000" in English text, "4,000" in Dutch text), which is never a
  // sensibly written decimal.
  // ("in 2015, 13.845 family members entered": in English text a dot before exactly three digits
  // and a word for people or requests is a thousands separator slipped in from Dutch — no one
  // counts people to three decimals.)
  // (And the other way round in Dutch: "ongeveer 13,800 mensen".)
  const peopleAfter =
    after === 3 &&
    ((lang === 'en' && X === 46 && PEOPLE_AFTER.test(text.slice(g.end[1], g.end[1] + 24))) || (lang === 'nl' && X === 44 && PEOPLE_AFTER_NL.test(text.slice(g.end[1], g.end[1] + 24))));
  if ((X === T || groupDigits(text, g, 1) === '000' || (dotThousandsText && X === 46) || peopleAfter) && after === 3 && groupLen(g, 0) <= 3) {
    return finishNumeral(text, pos, g.end[1], Number(groupDigits(text, g, 0) + groupDigits(text, g, 1)), false, 0);
  }
  if (X === T && lang === 'nl') {
    // "3.2" in Dutch text: a section number at the start of a line, a time before "uur",
    // otherwise read leniently as a decimal ("1.5 miljoen").
    if (atLineStart(text, pos) && followedBySpaceAndLetter(text, g.end[1]) && !suffixAt(text, g.end[1])) {
      return { skip: runEnd(text, pos) };
    }
  }
  if (lang === 'en' && X === 46 && atLineStart(text, pos) && after <= 2 && groupLen(g, 0) <= 2 && followedBySpaceAndLetter(text, g.end[1]) && !suffixAt(text, g.end[1])) {
    return { skip: runEnd(text, pos) }; // "3.2 Return policy": a section heading
  }
  const v = Number(groupDigits(text, g, 0) + '.' + groupDigits(text, g, 1));
  return finishNumeral(text, pos, g.end[1], v, false, 0);
}

/** What follows a numeral: exponents, glued letters, slashes, colons, hyphenated ids. */
function finishNumeral(text: string, start: number, end: number, value: number, plainInt: boolean, digits: number): Read {
  const power = readPower(text, start, end, value);
  if (power) return power;
  const n = text.length;
  let mult = 1;
  let e = end;
  const c = e < n ? text.charCodeAt(e) : -1;
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
    if (clean && (GLUED_SCALE[suf] !== undefined || (suf === 'm' && millionNotMetres(text, q)))) {
      mult = GLUED_SCALE[suf] ?? 1e6;
      e = q;
    } else {
      return { skip: runEnd(text, start) }; // 180ml, 29km, 4e, 21ste, 2nd, 2019D40742, 14u30
    }
  }
  return afterNumeral(text, start, e, value, plainInt, digits, mult);
}

/**
 * "1.3m applications", "£2m", "the 1m who came": news writes millions so; "a 4m-high fence",
 * "4m long", "1.5m²" are metres.
 */
function millionNotMetres(text: string, q: number): boolean {
  const c = q < text.length ? text[q] : '';
  if (c === '-' || c === '²' || c === '³' || c === '/') return false;
  return !/^\s+(?:high|tall|long|wide|deep|in (?:height|length|width|diameter)|hoog|lang|breed|diep)\b/i.test(text.slice(q, q + 24));
}

/** Exponent "1e10", "12.32e+14", "1.3e6"; power "1.1^23", "2.5^-1". Null when there is none. */
function readPower(text: string, start: number, e: number, value: number): Read | null {
  const n = text.length;
  const c = e < n ? text.charCodeAt(e) : -1;
  const c1 = e + 1 < n ? text.charCodeAt(e + 1) : -1;
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
  return null;
}

/** After the digits (and a glued scale): times, fractions and dates, hyphenated ids, phone numbers. */
function afterNumeral(text: string, start: number, e: number, value: number, plainInt: boolean, digits: number, mult: number): Read {
  const n = text.length;
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
  return { core: mkCore(start, e, value * mult, plainInt && mult === 1, digits, mult) };
}
