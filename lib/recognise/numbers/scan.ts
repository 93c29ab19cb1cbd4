/**
 * Small readers of the text around a number: where an identifier-like run ends, what comes
 * before or after a position across spaces, whether it starts a line, a note or a capitalised
 * word. Positions are UTF-16 offsets; nothing is allocated.
 */
import { isAsciiDigitCode, isAsciiLetterCode, isDashCode, isInlineSpaceCode, isLatinOrGreekLetterCode } from '../chars';
import { SUFFIX_RE } from './phrases';

/** End of the run of characters an identifier can be made of ("2019D40742", "v2.3.1", "14-10-2019"). */
export function runEnd(text: string, p: number): number {
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

/** A scale or unit word ("miljoen", "procent") right after p. */
export function suffixAt(text: string, p: number): boolean {
  SUFFIX_RE.lastIndex = p;
  return SUFFIX_RE.test(text);
}

/** Only spaces or tabs between the start of p's line and p. */
export function atLineStart(text: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/** Spaces, then a letter, at p. */
export function followedBySpaceAndLetter(text: string, p: number): boolean {
  if (p >= text.length || !isInlineSpaceCode(text.charCodeAt(p))) return false;
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  return p < text.length && isLatinOrGreekLetterCode(text.charCodeAt(p));
}

/** After "18. ": a capital letter or an opening quote starts a note. */
export function startsNote(text: string, p: number): boolean {
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return (c >= 65 && c <= 90) || c === 0xab || c === 0x201c || c === 0x2018 || c === 34;
}

/** The character before p and the spaces or line breaks before it; -1 at the start. */
export function prevNonSpace(text: string, p: number): number {
  while (p > 0 && (isInlineSpaceCode(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 10 || text.charCodeAt(p - 1) === 13)) p--;
  return p > 0 ? text.charCodeAt(p - 1) : -1;
}

/** The character after the spaces at p; -1 at the end. */
export function nextNonSpace(text: string, p: number): number {
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  return p < text.length ? text.charCodeAt(p) : -1;
}

/** A space at p. */
export function followsAfterSpaces(text: string, p: number): boolean {
  return p < text.length && isInlineSpaceCode(text.charCodeAt(p));
}

/** An ASCII capital after the spaces at p ("… partners, 2 In 2017"). */
export function capitalAfterSpaces(text: string, p: number): boolean {
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return c >= 65 && c <= 90;
}

/** Past the spaces and the word (letters and full stops) at p. */
export function skipWord(text: string, p: number): number {
  while (p < text.length && isInlineSpaceCode(text.charCodeAt(p))) p++;
  while (p < text.length && (isLatinOrGreekLetterCode(text.charCodeAt(p)) || text.charCodeAt(p) === 46)) p++;
  return p;
}

/** After a day-month (or month), also swallow ", 2019" / " 2019". */
export function skipDateTail(text: string, p: number): number {
  let q = p;
  while (q < text.length && (isInlineSpaceCode(text.charCodeAt(q)) || text.charCodeAt(q) === 44)) q++;
  // "14 oktober" then "2019"; "October 14, 2019"
  let e = q;
  while (e < text.length && isAsciiDigitCode(text.charCodeAt(e))) e++;
  if (e - q === 4 && !(e < text.length && (isLatinOrGreekLetterCode(text.charCodeAt(e)) || isAsciiDigitCode(text.charCodeAt(e))))) return e;
  return p;
}
