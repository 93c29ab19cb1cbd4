import { describe, expect, it } from 'vitest';
import { textParts } from './text-parts';

const join = (text: string, parts: [number, number][]) => parts.map(([s, e]) => text.slice(s, e)).join('');

describe('cutting long text into parts', () => {
  it('keeps text up to the limit in one part', () => {
    expect(textParts('Kort. Heel kort.', 100)).toEqual([[0, 16]]);
    expect(textParts('', 100)).toEqual([[0, 0]]);
  });

  it('cuts at sentence ends, every part within the limit, nothing lost', () => {
    const sentence = (i: number) => `Zin ${i}: in 2023 dienden ruim 38.000 mensen hun eerste asielaanvraag in. `;
    const text = Array.from({ length: 500 }, (_, i) => sentence(i)).join('');
    const parts = textParts(text, 1000);
    expect(join(text, parts)).toBe(text);
    for (const [s, e] of parts) {
      expect(e - s).toBeLessThanOrEqual(1000);
      expect(text.slice(s, e)).toMatch(/^Zin \d+: .*\. $/s);
    }
  });

  it('does not cut inside a number or after an abbreviation followed by lower case', () => {
    const text = ('Het gaat o.a. om 38.000 mensen en 1.5 procent. ').repeat(100);
    for (const [s] of textParts(text, 300).slice(1)) expect(text.slice(s, s + 8)).toBe('Het gaat');
  });

  it('cuts a single overlong sentence at white space, and text without any at the limit', () => {
    const words = 'woord '.repeat(400);
    const parts = textParts(words, 1000);
    expect(join(words, parts)).toBe(words);
    for (const [s, e] of parts) expect(words.slice(s, e)).toMatch(/^woord/);
    const blob = 'x'.repeat(2500);
    expect(textParts(blob, 1000)).toEqual([[0, 1000], [1000, 2000], [2000, 2500]]);
  });
});
