import { describe, expect, it } from 'vitest';
import { daysInMonth, MONTH_ABBREVIATIONS, MONTH_NAMES, monthWords } from './months';

describe('month names', () => {
  it('has twelve names and abbreviations per language, each abbreviation the start of its name', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(MONTH_NAMES[lang]).toHaveLength(12);
      MONTH_ABBREVIATIONS[lang].forEach((a, i) => {
        // Dutch "mrt" is the one abbreviation that is not the name's first letters.
        if (a !== 'mrt') expect(MONTH_NAMES[lang][i].toLowerCase().startsWith(a.toLowerCase()), a).toBe(true);
      });
    }
  });

  it('reads every name and abbreviation, lower-cased, as its month', () => {
    const words = monthWords();
    expect(['januari', 'october', 'mrt', 'mar', 'okt', 'oct', 'sept', 'mei', 'may'].map((w) => words.get(w))).toEqual([1, 10, 3, 3, 10, 10, 9, 5, 5]);
    expect(words.has('May')).toBe(false);
  });

  it('knows how many days each month has, February of leap years included', () => {
    expect([daysInMonth(2022, 12), daysInMonth(2022, 4), daysInMonth(2023, 2), daysInMonth(2024, 2)]).toEqual([31, 30, 28, 29]);
  });
});
