import { describe, expect, it } from 'vitest';
import { cheapRegExp } from './chars';
import { firstChars, patternsAt } from './first-char';

const sorted = (s: Set<string> | null) => (s ? [...s].sort() : null);

describe('firstChars', () => {
  it('reads the first characters of alternatives, groups and optional parts', () => {
    expect(sorted(firstChars('eerste asiel\\p{L}*|voor het eerst'))).toEqual(['e', 'v']);
    expect(sorted(firstChars('(?:herhaalde|opvolgende|tweede) (?:asiel)?aanvra'))).toEqual(['h', 'o', 't']);
    expect(sorted(firstChars('(?:alleenstaande )?minderjarige|\\bamv\'?s?\\b'))).toEqual(['a', 'm']);
    expect(sorted(firstChars('[- ]time|\\u00e9en|(?=x)y'))).toEqual([' ', '-', 'y', 'é']);
    expect(sorted(firstChars('[a-c]d'))).toEqual(['a', 'b', 'c']);
    expect(sorted(firstChars('eu-? ?27(?![\\p{N}])'))).toEqual(['e']);
  });

  it('gives up (null) where a match could start with anything or be empty', () => {
    expect(firstChars('\\p{L}+')).toBeNull();
    expect(firstChars('x|.')).toBeNull();
    expect(firstChars('a?')).toBeNull();
    expect(firstChars('(?:b|)c?')).toBeNull();
    expect(firstChars('[^a]')).toBeNull();
    expect(firstChars('\\s+x')).toBeNull();
  });

  it('lists both cases when the patterns ignore case', () => {
    expect(sorted(firstChars('twee|Drie', true))).toEqual(['D', 'T', 'd', 't']);
  });
});

describe('patternsAt', () => {
  // Order matters (an earlier pattern wins even when a later one is longer), patterns have
  // their own capturing groups, some cannot be told apart by their first character.
  const sources = [
    'asiel(aan)(vra)\\p{L}*',
    'asiel\\p{L}*',
    '(?:zelfstandig|gedwongen) vertr\\p{L}*',
    'vertr(ok|ek)\\p{L}*',
    '\\p{N}+ mensen',
    '(?:alleenstaande )?minderjarige',
    'terug(?=[\\s.,;]|$)',
    'coa\\b',
  ];
  const whole = cheapRegExp(`(?<![\\p{L}\\p{N}])(?:${sources.map((s) => `(${s})`).join('|')})`, 'uy');
  const text =
    'Ruim 38.000 asielaanvragen; 12 mensen vertrokken zelfstandig. Gedwongen vertrek: 400 ' +
    'mensen (COA: coa) keerden terug, terugkeer. Alleenstaande minderjarige asielzoekers — ' +
    'asiel! minderjarige; zelfstandig vertrek, asielaanvraag, coast coa.';
  const lower = text.toLowerCase();

  it('finds at every position what the whole alternation finds, and which pattern it was', () => {
    const at = patternsAt(sources, 'u', '(?<![\\p{L}\\p{N}])');
    let hits = 0;
    for (let i = 0; i < lower.length; i++) {
      whole.lastIndex = i;
      const expected = whole.exec(lower);
      const got = at.at(lower, i);
      if (!expected) {
        expect(got, `at ${i}`).toBeNull();
        continue;
      }
      hits++;
      let g = 1;
      while (expected[g] === undefined) g++;
      expect(got?.match[0], `at ${i}`).toBe(expected[0]);
      // Group numbers in `whole`: each pattern's own group, plus the groups inside it.
      const which = [0, 3, 4, 5, 7, 8, 9, 10].indexOf(g - 1);
      expect(got?.which, `at ${i}`).toBe(which);
    }
    expect(hits).toBeGreaterThan(10);
  });

  it('returns null past the end and for characters no pattern starts with', () => {
    const at = patternsAt(['abc', 'xyz']);
    expect(at.at('abc', 3)).toBeNull();
    expect(at.at('qabc', 0)).toBeNull();
    expect(at.at('qabc', 1)?.which).toBe(0);
  });
});
