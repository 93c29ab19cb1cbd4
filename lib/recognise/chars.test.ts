import { describe, expect, it } from 'vitest';
import {
  cheapRegExp, DIGIT, isAsciiDigitCode, isAsciiLetterCode, isDashCode, isDigitGroupSpaceCode, isInlineSpaceCode,
  isJsSpaceCode, isLatinLetterCode, isLatinOrGreekLetterCode, isLetterCode, isLowerCaseAt, isMinusCode,
  isNormalisedSpaceCode, isUpperCaseAt, isWideSpaceCode, isWordCode, LATIN_OR_GREEK_LETTER, LETTER, withCheapClasses,
} from './chars';
import { readWordNumber } from './numbers/words';
import { parseNumbers } from './numbers';

describe('letters and digits without Unicode property classes', () => {
  it('agrees with \\p{L} / \\p{N} on the characters of Dutch and English news', () => {
    const sample = 'aZéëĳßøłÆŒçñüİı' + 'αβγΩЖжЯ' + '’–—€$%.,;:!?()[]"\'-/ \u00a0\u2009\n\t' + '0123456789²³½';
    for (const ch of sample) {
      const c = ch.charCodeAt(0);
      expect(isLetterCode(c), ch).toBe(/\p{L}/u.test(ch));
      expect(isWordCode(c), ch).toBe(/[\p{L}\p{N}]/u.test(ch));
    }
  });

  it('rewrites property classes inside and outside character classes', () => {
    expect(withCheapClasses('a\\p{L}*')).toBe(`a[${LETTER}]*`);
    expect(withCheapClasses('[^\\s\\p{L}]')).toBe(`[^\\s${LETTER}]`);
    // An escaped bracket does not open a class.
    expect(withCheapClasses('\\[\\p{L}')).toBe(`\\[[${LETTER}]`);
    // An escaped backslash before "p{L}" is no property name; an escaped "]" does not close a
    // class, and a "[" inside one opens nothing.
    expect(withCheapClasses('\\\\p{L}[\\\\p{N}]')).toBe('\\\\p{L}[\\\\p{N}]');
    expect(withCheapClasses('[\\]\\p{N}]x[[]\\p{L}')).toBe(`[\\]${DIGIT}]x[[][${LETTER}]`);
    const re = cheapRegExp(/(?<![\p{L}\p{N}])vluchteling\p{L}*/gu);
    expect('de vluchtelingen’s'.match(re)).toEqual(['vluchtelingen']);
    expect('Ωvluchteling 2vluchteling'.match(re)).toBeNull();
    expect(re.flags).toBe('gu');
  });
});

/** The code units (as "U+XXXX") where a character test and what it should be disagree. */
function disagreements(test: (c: number) => boolean, should: (ch: string, c: number) => boolean): string[] {
  const out: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (test(c) !== should(String.fromCharCode(c), c)) out.push(`U+${c.toString(16).padStart(4, '0')}`);
  }
  return out;
}

describe('character tests beside the letter and digit classes', () => {
  it('ASCII digits and letters are exactly 0-9 and A-Z, a-z', () => {
    expect(disagreements(isAsciiDigitCode, (ch) => /[0-9]/.test(ch))).toEqual([]);
    expect(disagreements(isAsciiLetterCode, (ch) => /[A-Za-z]/.test(ch))).toEqual([]);
  });

  it('Latin letters are ASCII letters and U+00C0–U+024F without × and ÷, all of them letters', () => {
    expect(disagreements(isLatinLetterCode, (ch) => /[A-Za-z\u00c0-\u024f]/.test(ch) && ch !== '×' && ch !== '÷')).toEqual([]);
    expect(disagreements((c) => isLatinLetterCode(c) && !isLetterCode(c), () => false)).toEqual([]);
    // Narrower than isLetterCode: Greek, Cyrillic and CJK letters are letters, not Latin ones.
    for (const ch of 'αΩжЯ中') expect([isLetterCode(ch.charCodeAt(0)), isLatinLetterCode(ch.charCodeAt(0))], ch).toEqual([true, false]);
  });

  it('Latin-or-Greek letters add the Greek and Coptic block, and the regex class says the same', () => {
    const cls = new RegExp(`[${LATIN_OR_GREEK_LETTER}]`);
    expect(disagreements(isLatinOrGreekLetterCode, (_, c) => isLatinLetterCode(c) || (c >= 0x370 && c <= 0x3ff))).toEqual([]);
    expect(disagreements(isLatinOrGreekLetterCode, (ch) => cls.test(ch))).toEqual([]);
  });

  it('spaces: inline, digit-group, normalised, wide and JavaScript white space', () => {
    const inline = new Set([' ', '\t', '\u00a0', '\u2009', '\u202f', '\u2007']);
    expect(disagreements(isInlineSpaceCode, (ch) => inline.has(ch))).toEqual([]);
    expect(disagreements(isDigitGroupSpaceCode, (ch) => inline.has(ch) && ch !== '\t')).toEqual([]);
    expect(disagreements(isNormalisedSpaceCode, (ch) => /[ \n\t\r]/.test(ch))).toEqual([]);
    expect(disagreements(isWideSpaceCode, (ch) => /\p{Zs}/u.test(ch) && ch !== ' ')).toEqual([]);
    expect(disagreements(isJsSpaceCode, (ch) => /\s/.test(ch))).toEqual([]);
  });

  it('minus signs and dashes', () => {
    expect(disagreements(isMinusCode, (ch) => ch === '-' || ch === '−')).toEqual([]);
    expect(disagreements(isDashCode, (ch) => ch === '-' || ch === '–' || ch === '—')).toEqual([]);
  });

  it('upper and lower case at a position', () => {
    expect(['Asiel', 'Éen', 'asiel', '1a', 'ßa', ''].map((s) => isUpperCaseAt(s, 0))).toEqual([true, true, false, false, false, false]);
    expect(['asiel', 'ëen', 'Asiel', '1a', ''].map((s) => isLowerCaseAt(s, 0))).toEqual([true, true, false, false, false]);
  });
});

describe('the narrower letter ranges keep what the number parser reads', () => {
  it('a number word ends where its Latin letters end', () => {
    expect(readWordNumber('drieα', 0, 'nl')).toMatchObject({ value: 3, end: 4 });
    expect(readWordNumber('threeж', 0, 'en')).toMatchObject({ value: 3, end: 5 });
    expect(readWordNumber('drieën', 0, 'nl')).toBeNull(); // "ë" is Latin: one word, not a number
  });

  it('a numeral glued to a Greek letter is no number; after a Cyrillic letter it is', () => {
    expect(parseNumbers('π5 en ж5', { lang: 'nl' }).map((m) => [m.start, m.text])).toEqual([[7, '5']]);
  });
});
