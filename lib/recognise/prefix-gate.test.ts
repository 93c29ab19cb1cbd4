import { describe, expect, it } from 'vitest';
import { cheapRegExp } from './chars';
import { beginnings, beginningsAlternation } from './prefix-gate';

describe('beginnings', () => {
  it('reads the first three characters of alternatives, groups and optional parts', () => {
    expect(beginnings('eerste asiel\\p{L}*|voor het eerst')).toEqual(['eer', 'voo']);
    expect(beginnings('(?:herhaalde|tweede) (?:asiel)?aanvra')).toEqual(['her', 'twe']);
    expect(beginnings("(?:alleenstaande )?minderjarige|\\bamv'?s?\\b")).toEqual(['all', 'amv', 'min']);
    expect(beginnings('[- ]time|\\u00e9en|(?=x)yz')).toEqual([' ti', '-ti', 'yz', 'éen']);
    expect(beginnings('[a-b]cd|eu-? ?27')).toEqual(['acd', 'bcd', 'eu ', 'eu-', 'eu2']);
  });

  it('keeps a shorter beginning where a match may end or go on with anything', () => {
    expect(beginnings('coa\\b|uk|a\\p{L}+')).toEqual(['a', 'coa', 'uk']);
    expect(beginnings('ab*c')).toEqual(['ab', 'ac']);
    expect(beginnings('x.{0,30}y')).toEqual(['x']);
  });

  it('gives up (null) where a match could start with anything or be empty', () => {
    expect(beginnings('\\p{L}+')).toBeNull();
    expect(beginnings('xyz|.')).toBeNull();
    expect(beginnings('a?')).toBeNull();
    expect(beginnings('(?:b|)c?')).toBeNull();
    expect(beginnings('[^a]bc')).toBeNull();
    expect(beginnings('(a)\\1')).toEqual(['a']);
    expect(beginnings('(a|b)?\\1x')).toBeNull();
  });

  it('reads escapes as the characters they stand for', () => {
    expect(beginnings('\\nab|\\x41bc|\\.de')).toEqual(['\nab', '.de', 'Abc']);
  });

  it('lists both cases when the regex ignores case', () => {
    expect(beginnings('tw|D', true)).toEqual(['D', 'TW', 'Tw', 'd', 'tW', 'tw']);
  });
});

/** Every position where one of the beginnings starts, by the native scan the engine runs. */
function scan(list: readonly string[], text: string): number[] {
  const re = new RegExp(`(?=${beginningsAlternation(list)})`, 'g');
  const found: number[] = [];
  for (let m: RegExpExecArray | null; (m = re.exec(text)); re.lastIndex = m.index + 1) found.push(m.index);
  return found;
}

describe('beginningsAlternation', () => {
  // Order matters (an earlier pattern wins even when a later one is longer), some patterns
  // begin with classes or optional groups, one can start anywhere inside a word.
  const sources = [
    'asiel(?:aan)?(?:vra)\\p{L}*',
    'asiel\\p{L}*',
    '(?:zelfstandig|gedwongen) vertr\\p{L}*',
    'vertr(?:ok|ek)\\p{L}*',
    '\\p{N}+ mensen',
    '(?:alleenstaande )?minderjarige',
    'terug(?=[\\s.,;]|$)',
    'coa\\b',
    'eu-? ?27',
  ];
  const whole = cheapRegExp(`(?<![\\p{L}\\p{N}])(?:${sources.map((s) => `(${s})`).join('|')})`, 'uy');
  const text = (
    'Ruim 38.000 asielaanvragen; 12 mensen vertrokken zelfstandig. Gedwongen vertrek: 400 ' +
    'mensen (COA: coa) keerden terug, terugkeer. Alleenstaande minderjarige asielzoekers — ' +
    'asiel! minderjarige; zelfstandig vertrek, asielaanvraag, coast coa, de EU-27 en eu 27.'
  ).toLowerCase();

  it('finds every position where the regex matches, and few others', () => {
    const open = new Set(scan(beginnings(whole.source, false)!, text));
    let matches = 0;
    for (let i = 0; i < text.length; i++) {
      whole.lastIndex = i;
      const m = whole.exec(text);
      if (!m) continue;
      matches++;
      expect(open.has(i), `at ${i}: ${m[0]}`).toBe(true);
    }
    expect(matches).toBeGreaterThan(10);
    // …and passes over most other positions (the point of it).
    expect(open.size).toBeLessThan(text.length * 0.3);
  });

  it('checks the characters at the end of the text', () => {
    const list = beginnings('coa\\b|uk')!;
    expect(scan(list, 'de coa')).toEqual([3]);
    expect(scan(list, 'de co')).toEqual([]);
    expect(scan(list, 'uk')).toEqual([0]);
    expect(scan(list, 'u')).toEqual([]);
  });

  it('takes regex characters literally', () => {
    const list = ['asi', 'coa', 'eu-', 'a.b', '(x)', 'k|l', 'n', 'q?'];
    const text = 'asiel coa eu-27 a.b axb (x) k|l kl n q? q';
    expect(scan(list, text).map((i) => text.slice(i, i + 3))).toEqual(['asi', 'coa', 'eu-', 'a.b', '(x)', 'k|l', 'n q', 'q? ']);
  });
});
