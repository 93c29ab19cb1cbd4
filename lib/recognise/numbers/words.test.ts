import { describe, expect, it } from 'vitest';
import { nextWordLower, readWordNumber } from './words';

/** The value and where the phrase ends, or null. */
const read = (text: string, lang: 'nl' | 'en', bareArticle = false) => {
  const r = readWordNumber(text, 0, lang, bareArticle);
  return r && { value: r.value, text: text.slice(0, r.end), share: r.share };
};

describe('numbers in Dutch words', () => {
  it('splits a compound into its parts, longest first', () => {
    expect(read('driehonderdeenentachtigduizend mensen', 'nl')).toEqual({ value: 381_000, text: 'driehonderdeenentachtigduizend', share: false });
    expect(read('zeventien', 'nl')?.value).toBe(17);
    expect(read('achttien', 'nl')?.value).toBe(18);
  });

  it('reads halves, fractions and decimals', () => {
    expect(read('tweeënhalf jaar', 'nl')).toEqual({ value: 2.5, text: 'tweeënhalf', share: false });
    expect(read('anderhalf miljoen', 'nl')?.value).toBe(1_500_000);
    expect(read('twee derde van de aanvragen', 'nl')).toEqual({ value: 2 / 3, text: 'twee derde', share: true });
    expect(read('vijf miljard en driekwart', 'nl')?.value).toBe(5_750_000_000);
    expect(read('vijf komma vijf procent', 'nl')?.value).toBe(5.5);
  });

  it('ends a phrase before a word that does not fit', () => {
    // Dutch writes 23 as one word: "twintig drie" is twenty, then something else.
    expect(read('twintig drie', 'nl')).toEqual({ value: 20, text: 'twintig', share: false });
  });

  it('reads neither vague plurals nor a lone article, nor "een derde" before a noun it ranks', () => {
    expect(read('duizenden', 'nl')).toBeNull();
    expect(read('een', 'nl')).toBeNull();
    expect(read('een', 'nl', true)?.value).toBe(1);
    expect(read('een derde land', 'nl')).toBeNull();
  });
});

describe('numbers in English words', () => {
  it('reads hyphenated tens, hundreds with "and", scales and dozens', () => {
    expect(read('twenty-five', 'en')?.value).toBe(25);
    expect(read('one hundred and six', 'en')?.value).toBe(106);
    expect(read('half a million people', 'en')).toEqual({ value: 500_000, text: 'half a million', share: false });
    expect(read('two dozen', 'en')?.value).toBe(24);
    expect(read('nought point five', 'en')?.value).toBe(0.5);
  });

  it('reads fractions, also with a compound denominator, but not an ordinal before a noun', () => {
    expect(read('three twenty-fifths', 'en')).toEqual({ value: 0.12, text: 'three twenty-fifths', share: true });
    expect(read('a third of all', 'en')).toEqual({ value: 1 / 3, text: 'a third', share: true });
    expect(read('a third country', 'en')).toBeNull();
  });

  it('a fraction word joined by a hyphen to a word that is no number starts an adjective ("third-country", "half-year")', () => {
    expect(read('one million third-country nationals', 'en')).toEqual({ value: 1_000_000, text: 'one million', share: false });
    expect(read('a half-year total', 'en')).toBeNull();
    expect(read('a half-million refugees', 'en')).toEqual({ value: 500_000, text: 'a half-million', share: false });
  });

  it('stops where a unit follows a unit', () => {
    expect(read('five six', 'en')).toEqual({ value: 5, text: 'five', share: false });
  });
});

describe('the next word', () => {
  it('is lower-cased after spaces, or null when there is none', () => {
    expect(nextWordLower('  Asielzoekers kwamen', 0)).toBe('asielzoekers');
    expect(nextWordLower('   ', 0)).toBeNull();
  });
});
