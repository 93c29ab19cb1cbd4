import { describe, expect, it } from 'vitest';
import { cheapRegExp, DIGIT, isLetterCode, isWordCode, withCheapClasses, LETTER } from './chars';

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
