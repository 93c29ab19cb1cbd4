import { describe, expect, it } from 'vitest';
import { formatDifference, formatFigure } from './format';

describe('formatFigure', () => {
  it('writes the figure as understood, in the reader\'s language', () => {
    expect(formatFigure({ value: 38000, unit: 'count', qualifier: 'more-than' }, 'en')).toBe('> 38,000');
    expect(formatFigure({ value: 38000, unit: 'count', qualifier: 'more-than' }, 'nl')).toBe('> 38.000');
    expect(formatFigure({ range: [84, 87], unit: 'percent', qualifier: 'exact' }, 'nl')).toBe('84–87%');
    expect(formatFigure({ value: 128000000, unit: 'EUR', qualifier: 'approximately' }, 'en')).toBe('≈ € 128,000,000');
    expect(formatFigure({ value: 1.5, unit: 'count' }, 'nl')).toBe('1,5');
  });
  it('writes a duration with its time word', () => {
    expect(formatFigure({ value: 17, unit: 'weeks' }, 'nl')).toBe('17 weken');
    expect(formatFigure({ value: 17, unit: 'weeks' }, 'en')).toBe('17 weeks');
    expect(formatFigure({ value: 2, unit: 'years', qualifier: 'less-than' }, 'nl')).toBe('< 2 jaar');
    expect(formatFigure({ value: 1, unit: 'months' }, 'en')).toBe('1 month');
  });
});

describe('formatDifference', () => {
  it('signs absolute and relative differences', () => {
    expect(formatDifference(1325, 0.0357, 'count', 'en')).toBe('+1,325 (+3.6%)');
    expect(formatDifference(-2000, -0.05, 'count', 'nl')).toBe('−2.000 (−5%)');
    expect(formatDifference(3, undefined, 'percent', 'en')).toBe('+3 percentage points');
  });
});
