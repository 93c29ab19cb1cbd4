/**
 * What the engine counts as a letter or a digit, as code ranges and as regex class bodies.
 *
 * Why not `\p{L}` / `\p{N}`: a Unicode property class is hundreds of ranges, and V8 compiles
 * a regex separately for one-byte and two-byte strings. Page text with a single ’ or – is a
 * two-byte string, and compiling the cue table (forty `\p{L}` in one pattern) for it took
 * 90–200 ms on first use: one frozen frame on every page, in the middle of annotating it.
 * These classes are a handful of ranges and compile in well under a millisecond.
 *
 * The ranges cover the scripts that occur in Dutch and English news (Latin with all its
 * extensions, Greek, Cyrillic, Armenian, Hebrew, Arabic letters, kana/CJK, Hangul). A letter
 * of another script glued to a figure or a cue word is not seen as part of that word: the
 * engine only recognises Latin-script words, so that changes nothing it reports.
 */

/** Letter ranges, as a regex class body (use inside `[...]`). */
export const LETTER =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u0373\\u0376\\u0377\\u037b-\\u037d' +
  '\\u0386\\u0388-\\u03ff\\u0400-\\u0481\\u048a-\\u052f\\u0531-\\u0556\\u0561-\\u0587\\u05d0-\\u05ea\\u0620-\\u064a' +
  '\\u1e00-\\u1fbc\\u3041-\\u3096\\u30a1-\\u30fa\\u4e00-\\u9fff\\uac00-\\ud7a3';

/** Digit ranges (ASCII, superscripts, vulgar fractions, Arabic-Indic), as a regex class body. */
export const DIGIT = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be\\u0660-\\u0669\\u06f0-\\u06f9';

const LETTER_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x41, 0x5a], [0x61, 0x7a], [0xaa, 0xaa], [0xb5, 0xb5], [0xba, 0xba], [0xc0, 0xd6], [0xd8, 0xf6],
  [0xf8, 0x2af], [0x370, 0x373], [0x376, 0x377], [0x37b, 0x37d], [0x386, 0x386], [0x388, 0x3ff],
  [0x400, 0x481], [0x48a, 0x52f], [0x531, 0x556], [0x561, 0x587], [0x5d0, 0x5ea], [0x620, 0x64a],
  [0x1e00, 0x1fbc], [0x3041, 0x3096], [0x30a1, 0x30fa], [0x4e00, 0x9fff], [0xac00, 0xd7a3],
];
const DIGIT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39], [0xb2, 0xb3], [0xb9, 0xb9], [0xbc, 0xbe], [0x660, 0x669], [0x6f0, 0x6f9],
];

function inRanges(c: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [a, b] of ranges) {
    if (c < a) return false;
    if (c <= b) return true;
  }
  return false;
}

export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return inRanges(c, LETTER_RANGES);
}

/** A letter or a digit: part of a word. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return inRanges(c, LETTER_RANGES) || inRanges(c, DIGIT_RANGES);
}

/**
 * Characters a reader does not see: soft hyphen, zero-width space and (non-)joiner, word
 * joiner, BOM. Normalisation drops them; a number with one inside is read without it.
 */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

export function isInvisibleCode(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** An ASCII digit 0–9. */
export function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII letter A–Z, a–z. */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * A Latin letter: ASCII, Latin-1 and Latin Extended-A/B (U+00C0–U+024F without × and ÷).
 * Narrower than isLetterCode on purpose: a number word ends where its Latin letters end
 * ("drieα" is "drie" and a Greek letter).
 */
export function isLatinLetterCode(c: number): boolean {
  return isAsciiLetterCode(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * A Latin or Greek letter (U+0370–U+03FF): what the number parser counts as a letter glued to
 * a numeral ("π5", "5π"); a Cyrillic letter is not ("ж5" holds the number 5).
 */
export function isLatinOrGreekLetterCode(c: number): boolean {
  return isLatinLetterCode(c) || (c >= 0x370 && c <= 0x3ff);
}

/** isLatinOrGreekLetterCode as a regex class body (use inside `[...]`). */
export const LATIN_OR_GREEK_LETTER = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff';

/** Spaces inside a line that may separate a number from its words: space, tab, NBSP, thin, narrow NBSP, figure space. */
export function isInlineSpaceCode(c: number): boolean {
  return c === 9 || isDigitGroupSpaceCode(c);
}

/** Spaces that may group thousands ("580 800"): isInlineSpaceCode without the tab. */
export function isDigitGroupSpaceCode(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007;
}

/** White space left in normalised text (see normalise.ts): space, line feed, tab, carriage return. */
export function isNormalisedSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Spaces other than ASCII's that normalisation turns into a plain space (NBSP, U+2000–U+200A, …). */
export function isWideSpaceCode(c: number): boolean {
  return c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}

/** JavaScript's `\s`, one UTF-16 unit at a time. */
export function isJsSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A minus sign before a number: hyphen-minus or U+2212. */
export function isMinusCode(c: number): boolean {
  return c === 45 || c === 0x2212;
}

/** A dash between two numbers: hyphen-minus, en dash, em dash. */
export function isDashCode(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** Whether the character at i changes when lower-cased: an upper-case letter ("É" yes; "1", "ß" no). */
export function isUpperCaseAt(s: string, i: number): boolean {
  const ch = s[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** Whether the character at i is a cased letter in lower case. */
export function isLowerCaseAt(s: string, i: number): boolean {
  const ch = s[i];
  if (ch === undefined) return false;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Whether the first character of `s` is a letter (false for the empty string). */
export function startsWithLetter(s: string): boolean {
  return s.length > 0 && isLetterCode(s.charCodeAt(0));
}

/** In a source: a class (escapes inside taken whole), a property name, or another escape. */
const CLASS_OR_ESCAPE = /\[(?:\\.|[^\]\\])*\]|\\p\{[LN]\}|\\./g;
/** In a class: a property name, or another escape. */
const ESCAPE = /\\p\{[LN]\}|\\./g;

/**
 * A regex source with `\p{L}` and `\p{N}` replaced by the ranges above (inside a class as
 * bare ranges, outside as a class of their own), for patterns written with the readable
 * property names.
 */
export function withCheapClasses(source: string): string {
  // One native pass (the engine's tables are built while a page loads, in cold script): a
  // class is taken whole, with the property names inside it replaced by bare ranges; a
  // property name outside a class becomes a class of its own; other escapes are kept as they
  // are, so an escaped "[" opens nothing, and an escaped backslash before "p{L}" leaves the
  // "p{L}" literal.
  return source.replace(CLASS_OR_ESCAPE, (token) => {
    if (token[0] === '[') return token.includes('\\p{') ? token.replace(ESCAPE, (e) => (e === '\\p{L}' ? LETTER : e === '\\p{N}' ? DIGIT : e)) : token;
    if (token === '\\p{L}') return `[${LETTER}]`;
    if (token === '\\p{N}') return `[${DIGIT}]`;
    return token;
  });
}

/** `new RegExp` of a pattern written with `\p{L}` / `\p{N}`, compiled with the cheap classes. */
export function cheapRegExp(pattern: RegExp | string, flags?: string): RegExp {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  return new RegExp(withCheapClasses(source), flags ?? (typeof pattern === 'string' ? '' : pattern.flags));
}
