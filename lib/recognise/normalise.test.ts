import { describe, expect, it } from 'vitest';
import { normalise, toOriginal } from './normalise';

function check(input: string) {
  const n = normalise(input);
  expect(n.map.length).toBe(n.text.length + 1);
  expect(n.map[n.text.length]).toBe(input.length);
  for (let i = 1; i < n.text.length; i++) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1]);
  return n;
}

describe('normalise', () => {
  it('lower-cases and strips diacritics with a 1:1 map', () => {
    const n = check('Geïntegreerde Ëxtra Café');
    expect(n.text).toBe('geintegreerde extra cafe');
    expect(n.map[2]).toBe(2);
  });
  it('handles decomposed diacritics', () => {
    const n = check('Cafe\u0301 X');
    expect(n.text).toBe('cafe x');
    expect(n.map[5]).toBe(6);
  });
  it('drops soft hyphens and zero-width characters', () => {
    const n = check('asiel\u00adin\u200bstroom');
    expect(n.text).toBe('asielinstroom');
    const [s, e] = toOriginal(n, 0, n.text.length);
    expect([s, e]).toEqual([0, 15]);
  });
  it('joins hyphenated line breaks but keeps real hyphens', () => {
    const input = 'de asielin-\nstroom en Noord-\nHolland en EU-Turkije';
    const n = check(input);
    expect(n.text).toBe('de asielinstroom en noord-\nholland en eu-turkije');
    const i = n.text.indexOf('asielinstroom');
    const [s, e] = toOriginal(n, i, i + 'asielinstroom'.length);
    expect(input.slice(s, e)).toBe('asielin-\nstroom');
    expect(normalise('asielin- \r\n  stroom').text).toBe('asielinstroom');
  });
  it('maps special spaces and quotes', () => {
    const n = check('38\u00a0000\u2009x \u201cze\u201d \u2018z\u2019 «a» \u202fb');
    expect(n.text).toBe('38 000 x "ze" \'z\' "a"  b');
  });
  it('expands ligatures with both chars mapped to the same original', () => {
    const n = check('\u0133s');
    expect(n.text).toBe('ijs');
    expect(Array.from(n.map)).toEqual([0, 0, 1, 2]);
  });
  it('can keep case', () => {
    expect(normalise('IND én COA', { lowercase: false }).text).toBe('IND en COA');
  });
  it('normalises 1 MB with an offset for every character (speed is measured by npm run bench)', () => {
    const line = 'Het aantal eerste asielaanvragen in Nederland steeg naar ruim 38.000 — één café. ';
    const s = line.repeat(13000);
    const n = normalise(s);
    expect(n.text.length).toBeGreaterThan(1_000_000);
    expect(n.text.slice(0, line.length)).toBe(normalise(line).text);
  });
  it('reads a run of spaces and tabs as one space, as a browser shows it, mapped to its first', () => {
    const input = 'sinds  vorig \t jaar\n  meer';
    const n = check(input);
    expect(n.text).toBe('sinds vorig jaar\n meer');
    expect(input[n.map[n.text.indexOf('jaar')]]).toBe('j');
    expect(toOriginal(n, n.text.indexOf('vorig'), n.text.indexOf('jaar') + 4)).toEqual([7, 19]);
  });
});
