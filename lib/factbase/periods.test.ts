import { describe, expect, it } from 'vitest';
import { periodBegin, periodEnd, periodSpan, samePeriodSpan } from './periods';

describe('period spans compare however they are written', () => {
  it('quarters, months and day spans', () => {
    expect(periodSpan('2025-Q1')).toEqual([20250101, 20250331]);
    expect(samePeriodSpan('2025-Q1', '2025-01/2025-03')).toBe(true);
    expect(samePeriodSpan('2025-01/2025-09', '2025-01-01/2025-09-30')).toBe(true);
    expect(samePeriodSpan('2024', '2024-01/2024-12')).toBe(true);
    expect(samePeriodSpan('2025-01/2025-09', '2025-01-01/2025-09-22')).toBe(false);
    expect(samePeriodSpan('2025', '2025-Q4')).toBe(false);
  });
});

describe('where a period begins and ends, in years', () => {
  it('a year, a quarter, a month and a span', () => {
    expect([periodBegin('2025'), periodEnd('2025')]).toEqual([2025, 2026]);
    expect([periodBegin('2024-Q4'), periodEnd('2024-Q3')]).toEqual([2024.75, 2024.75]);
    expect([periodBegin('2023-07'), periodEnd('2023-06')]).toEqual([2023.5, 2023.5]);
    expect([periodBegin('2015/2018'), periodEnd('2015/2018')]).toEqual([2015, 2019]);
  });
});
