/**
 * Numbers that are not quantities: footnote markers, parts of ids and references, phone
 * numbers, dates and times, postcodes, numbered notes, and number words in idioms ("in acht
 * nemen", "the one"). Each check returns where the scan goes on when the number at hand is
 * one of these, or null when it is not.
 */
import { isAsciiDigitCode, isDashCode, isInlineSpaceCode, isLatinOrGreekLetterCode } from '../chars';
import { nextWordLower } from './words';
import type { Before } from './look-back';
import type { Core } from './numerals';
import { EN_AMBIGUOUS_MONTHS, FRACTION_OF_RE, HALF_BLOCK, MONTHS, ONE_DETERMINERS, SUFFIX_RE, type NumberLang } from './phrases';
import {
  atLineStart, capitalAfterSpaces, followedBySpaceAndLetter, followsAfterSpaces, prevNonSpace, runEnd, skipDateTail, skipWord,
  startsNote,
} from './scan';

/**
 * A table row whose cells lost their separator when the page was copied as text: a label glued
 * to a number written in thousands that ends the line ("Gedwongen vertrek uit Nederland2.650",
 * "Totaal DT&V14.880"). Only a grouped number counts ("COVID19", "mp3" stay words.) The source
 * of the regex the number reader looks for candidates with (`(?=…)` checks the whole number).
 */
const LABEL_LETTER = String.raw`[a-zA-Z\u00c0-\u00ff]`;
const GROUPED_AT_LINE_END = String.raw`[0-9](?=[0-9]{0,2}(?:[.,][0-9]{3})+[ \t]*(?:\n|$))`;
export const GLUED_CELL = `(?<=${LABEL_LETTER})${GROUPED_AT_LINE_END}`;
const LABEL_LETTER_RE = new RegExp(LABEL_LETTER);
const GROUPED_AT_LINE_END_RE = new RegExp(`^${GROUPED_AT_LINE_END}`);

/** True when the number at `start` in `text` is such a glued cell (its label before it). */
export function gluedCell(text: string, start: number): boolean {
  return start > 0 && LABEL_LETTER_RE.test(text[start - 1]) && GROUPED_AT_LINE_END_RE.test(text.slice(start, start + 24));
}

/** Digits at `pos` glued to what is before them: a footnote marker, part of an id, a phone number. */
export function gluedDigits(text: string, pos: number): number | null {
  if (pos === 0) return null;
  const n = text.length;
  const b = text.charCodeAt(pos - 1);
  const bb = pos > 1 ? text.charCodeAt(pos - 2) : -1;
  // Digits right after ".", ",", "-", "/" or ":" that follow a letter or digit: footnote markers
  // ("Migratieagenda.1", "c.s.2"), parts of ids ("SCP-173", "v2.3.1") — skip the whole run.
  if ((b === 46 || b === 44 || b === 47 || b === 58 || isDashCode(b) || b === 95) && bb >= 0 && (isLatinOrGreekLetterCode(bb) || isAsciiDigitCode(bb))) {
    if (!(isDashCode(b) && isAsciiDigitCode(bb))) return runEnd(text, pos);
  }
  // "(LVV´s)17", "«…»3": a footnote marker glued to a closing bracket or quote
  if ((b === 41 || b === 0xbb || b === 0x201d || b === 93) && bb >= 0 && !isInlineSpaceCode(bb)) return runEnd(text, pos);
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
    if (digits >= 8) return q;
  }
  return null;
}

/** After a word that makes the number a reference or a date ("nr. 2535", "oktober 2019"): its end. */
export function blockedEnd(text: string, core: Core, date = false): number {
  let e = skipDateTail(text, core.words ? core.end : Math.max(core.end, runEnd(text, core.start)));
  // "Stb. 2019, 143": the second part of a reference. (Not after a date: "On January 31, 2025,
  // 4 million people …" goes on with a number of its own.)
  const tail = date ? null : /^,[ \u00a0]*[0-9]+(?![0-9]|[.,][0-9])/.exec(text.slice(e, e + 16));
  if (tail && !core.words) e += tail[0].length;
  return e;
}

/** A numeral that is a date, a time, a postcode, part of a reference or a note's number. */
export function numeralDecoy(text: string, core: Core, lang: NumberLang): number | null {
  const nw = nextWordLower(text, core.end);
  // "14 oktober 2019", "4 May"
  if (core.plainInt && core.value >= 1 && core.value <= 31 && nw !== null && MONTHS.has(nw) && followsAfterSpaces(text, core.end)) {
    if (lang === 'nl' || !EN_AMBIGUOUS_MONTHS.has(nw) || capitalAfterSpaces(text, core.end)) {
      return skipDateTail(text, skipWord(text, core.end));
    }
  }
  // "14.30 uur", "14 uur"? (only the decimal form)
  if (!core.plainInt && nw === 'uur' && core.value < 24.6) return skipWord(text, core.end);
  // Postcode "2511 CV"
  if (core.plainInt && core.digits === 4 && core.value >= 1000 && isPostcodeAfter(text, core.end)) return core.end + 3;
  // "19 637, nr. 2535"
  if (/^[ \u00a0]*,?[ \u00a0]*(nr|nrs|no)\.?[ \u00a0]*\d/iy.test(text.slice(core.end, core.end + 12))) return core.end;
  // "1." at the start of a line before a heading; "↩︎ 18. «Every year": a numbered note
  if (core.plainInt && core.value < 1000 && text.charCodeAt(core.end) === 46 && isInlineSpaceCode(text.charCodeAt(core.end + 1))) {
    const pc = prevNonSpace(text, core.start);
    const lineStart = atLineStart(text, core.start);
    const afterSymbol = pc >= 0 && !isLatinOrGreekLetterCode(pc) && !isAsciiDigitCode(pc) && pc !== 40 && pc !== 37;
    const note = startsNote(text, core.end + 1);
    if ((lineStart && (note || followedBySpaceAndLetter(text, core.end + 1)) && core.value < 100) || (afterSymbol && note)) {
      return core.end + 1;
    }
  }
  return null;
}

/**
 * Footnote markers in text taken from documents: "gedaald. 1 Kamerstuk", "partners, 2 In 2017":
 * a small integer after sentence punctuation and before a capitalised word.
 */
export function footnoteMarker(text: string, core: Core, before: Before): number | null {
  if (!(core.plainInt && core.value < 100 && !before.q && !before.unit && !before.negative && !before.intro)) return null;
  const pc = prevNonSpace(text, core.start);
  if ((pc === 46 || pc === 44 || pc === 59 || pc === 58 || pc === 41 || pc === 0xbb || pc === 0x201d) && isInlineSpaceCode(text.charCodeAt(core.end)) && capitalAfterSpaces(text, core.end)) {
    SUFFIX_RE.lastIndex = core.end;
    if (!SUFFIX_RE.test(text)) return core.end;
  }
  return null;
}

/** Number words that are no number here: "in acht nemen", a lone article, "the one", "the first half". */
export function wordDecoy(text: string, core: Core, before: Before, lang: NumberLang): number | null {
  // "in acht nemen" (take into account)
  if (core.words && lang === 'nl' && core.value === 8 && before.prevWord === 'in' && /^\s*(?:te\s+)?(?:nemen|genomen|neemt|nam|namen|neem)\b/i.test(text.slice(core.end, core.end + 14))) {
    return core.end;
  }
  // Lone article: only "min een" or "een op de drie"
  if (core.bareArticle) {
    FRACTION_OF_RE.lastIndex = core.end;
    if (!before.negative && !FRACTION_OF_RE.test(text)) return core.end;
  }
  // "the one", "this one"
  if (core.words && core.value === 1 && !core.share && lang === 'en' && before.prevWord && ONE_DETERMINERS.has(before.prevWord)) {
    return core.end;
  }
  if (core.words && core.share && core.value === 50 && before.prevWord && HALF_BLOCK.has(before.prevWord) && /^half$/i.test(text.slice(core.start, core.end))) {
    return core.end;
  }
  return null;
}

/** Dutch hours in words or digits, 1–12, as "half" names them ("half tien", "half 1"). */
const CLOCK_HOUR = String.raw`(?:[1-9]|1[012]|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)`;
const WHEN_WORDS = 'om|rond|omstreeks|tot|tegen|na|voor|vanaf|sinds|tussen|en|at|around|until|till|by|after|before|from';
/** Right before a time of day: a word of when ("om", "rond", "tot", "tegen", …). */
const CLOCK_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${WHEN_WORDS})\\s+$`, 'iu');
const HALF_HOUR_AFTER = new RegExp(String.raw`^\s+${CLOCK_HOUR}(?![\p{L}\d])`, 'iu');
const HOUR_AFTER_HALF = new RegExp(`(?:^|[^\\p{L}])(?:${WHEN_WORDS})\\s+half\\s+$`, 'iu');
/** After an hour: "uur", "'s avonds", "am", "pm", "o'clock". */
const CLOCK_AFTER = /^\s*(?:uur\b|['\u2019]s\s+(?:avonds|ochtends|morgens|middags|nachts)\b|(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])|o['\u2019]clock\b)/iu;

/**
 * A time of day: "rond half tien 's avonds", "tot half 1", "om 10 uur", "at 9 pm" — an hour, no
 * quantity. The scan goes on after the hour.
 */
export function clockTime(text: string, core: Core): number | null {
  // (Most numbers are no hour and no "half": they leave at once, before any slicing.)
  const hour = core.value >= 1 && core.value <= 24 && Number.isInteger(core.value);
  const half = !hour && core.end - core.start === 4 && text.slice(core.start, core.end).toLowerCase() === 'half';
  if (!hour && !half) return null;
  const pre = text.slice(Math.max(0, core.start - 24), core.start);
  // "half" opening the time, its hour after it: skip both.
  if (half) {
    const m = CLOCK_BEFORE.test(pre) ? HALF_HOUR_AFTER.exec(text.slice(core.end, core.end + 12)) : null;
    return m ? core.end + m[0].length : null;
  }
  // The hour after "half", itself after a word of when.
  if (core.value <= 12 && HOUR_AFTER_HALF.test(pre)) return core.end;
  if (CLOCK_AFTER.test(text.slice(core.end, core.end + 14)) && (CLOCK_BEFORE.test(pre) || !/^\s*uur\b/i.test(text.slice(core.end, core.end + 6)))) return core.end;
  return null;
}

/** Before a decade's number: "jaren" opening its phrase. */
const DECADE_BEFORE = /(?:\n|[.:!?(]\s*|[^\p{L}](?:de|begin|eind|midden|sinds|vanaf|tot|uit|van)\s+)jaren\s+$/iu;

/**
 * A decade: "de jaren 90", "begin jaren tachtig", "Jaren negentig: veel meer asielzoekers". Only
 * after "jaren" that itself opens its phrase (an article or a word of when before it, or nothing):
 * "in de afgelopen jaren 90 mensen" counts people.
 */
export function decade(text: string, core: Core, before: Before): number | null {
  if (before.prevWord !== 'jaren' || before.q || before.unit || !(core.value >= 20 && core.value <= 90 && core.value % 10 === 0)) return null;
  // (The text's start stands for a line's: "Jaren negentig" may open it.)
  const head = (core.start < 32 ? '\n' : '') + text.slice(Math.max(0, core.start - 32), core.start);
  return DECADE_BEFORE.test(head) ? core.end : null;
}

/** "2511 CV": two capitals after a four-digit number (not "2019 EU", "2020 NL"). */
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
