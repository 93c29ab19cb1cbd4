import { describe, expect, it } from 'vitest';
import { interval, judge, roundingStep, type FactLite } from './verdicts';

const facts: FactLite[] = [
  { id: 'first-2022', concept: 'first', value: 35535, unit: 'count', qualifier: 'exact', period: '2022', geo: 'NL' },
  { id: 'first-2023', concept: 'first', value: 38325, unit: 'count', qualifier: 'exact', period: '2023', geo: 'NL' },
  { id: 'first-2023-low', concept: 'first', value: 99999, unit: 'count', qualifier: 'exact', period: '2023', geo: 'NL', confidence: 'low' },
  { id: 'first-2019', concept: 'first', value: 22530, unit: 'count', qualifier: 'exact', period: '2019', geo: 'NL' },
  { id: 'ret-2018', concept: 'ret', value: 41, unit: 'percent', qualifier: 'exact', period: '2018', geo: 'NL' },
  { id: 'eu-2015', concept: 'first', value: 1255600, unit: 'count', qualifier: 'exact', period: '2015', geo: 'EU28' },
  { id: 'grant', concept: 'grant', range: [84, 87], unit: 'percent', qualifier: 'exact', period: '2017', geo: 'NL' },
];

const fig = (o: Partial<Parameters<typeof judge>[0]>) =>
  judge({ concept: 'first', unit: 'count', qualifier: 'exact', period: '2023', geo: 'NL', ...o }, facts);

describe('roundingStep / interval', () => {
  it('derives the precision from the written value', () => {
    expect(roundingStep(38000)).toBe(1000);
    expect(roundingStep(38325)).toBe(1);
    expect(roundingStep(1.2e6)).toBe(100000);
    expect(roundingStep(17.5)).toBeCloseTo(0.1);
    expect(interval(40, undefined, "approximately")).toEqual([36, 44]);
    expect(interval(38000, undefined, 'exact')).toEqual([37500, 38500]);
  });
});

describe('judge', () => {
  it('ruim 38.000 is consistent with 38.325', () => {
    const j = fig({ value: 38000, qualifier: 'more-than' });
    expect(j.verdict).toBe('consistent');
    expect(j.factIds).toEqual(['first-2023']);
    expect(j.comparison).toMatchObject({ factId: 'first-2023', sourceValue: 38325 });
  });
  it('circa 40 procent is consistent with 41', () => {
    const j = judge({ concept: 'ret', unit: 'percent', qualifier: 'approximately', period: '2018', geo: 'NL', value: 40 }, facts);
    expect(j.verdict).toBe('consistent');
  });
  it('a wrong figure differs, with absolute and relative difference', () => {
    const j = fig({ value: 45000 });
    expect(j.verdict).toBe('differs');
    expect(j.comparison?.diffAbs).toBe(45000 - 38325);
    expect(j.comparison?.diffRel).toBeCloseTo((45000 - 38325) / 38325);
    expect(fig({ value: 38325 }).verdict).toBe('consistent');
    expect(fig({ value: 38400 }).verdict).toBe('differs');
    expect(fig({ value: 38330 }).verdict).toBe('consistent'); // read as rounded to tens
    expect(fig({ value: 30000, qualifier: 'more-than' }).verdict).toBe('differs');
  });
  it('other periods give context, nearest first', () => {
    const j = fig({ value: 30000, period: '2021' });
    expect(j.verdict).toBe('context');
    expect(j.factIds.slice(0, 2)).toEqual(['first-2022', 'first-2023']);
  });
  it('without a period: context ordered by publication year', () => {
    const j = judge({ concept: 'first', unit: 'count', qualifier: 'exact', period: null, geo: 'NL', value: 30000 }, facts, { published: '2020-01-01' });
    expect(j.factIds[0]).toBe('first-2019');
  });
  it('geo EU matches EU28; NL does not match EU', () => {
    expect(fig({ value: 1.26e6, period: '2015', geo: 'EU', qualifier: 'approximately' }).verdict).toBe('consistent');
    expect(fig({ value: 1.26e6, period: '2015', geo: 'NL' }).verdict).toBe('context');
  });
  it('ranges overlap', () => {
    const j = judge({ concept: 'grant', unit: 'percent', qualifier: 'exact', period: '2017', geo: 'NL', range: [84, 87] }, facts);
    expect(j.verdict).toBe('consistent');
    expect(judge({ concept: 'grant', unit: 'percent', qualifier: 'exact', period: '2017', geo: 'NL', value: 60 }, facts).verdict).toBe('differs');
  });
  it('never a verdict without a fact', () => {
    expect(fig({ concept: 'unknown', value: 1 })).toEqual({ verdict: null, factIds: [], comparison: null });
    expect(fig({ concept: null, value: 1 })).toEqual({ verdict: null, factIds: [], comparison: null });
    expect(fig({ unit: 'EUR', value: 1 }).verdict).toBeNull();
  });
});
