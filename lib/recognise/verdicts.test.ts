/**
 * Verdicts on claim frames, slot by slot, on a small fact table: what makes a figure
 * consistent, what may make it differ, and everything that must stop at context.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from './figures/frame';
import { interval, judgeClaim, roundingStep, type FactLite } from './verdicts';
import type { Qualifier } from './types';

const facts: FactLite[] = [
  // Two figures with the date of the page they were taken from.
  { id: 'late-2019', concept: 'late', value: 269064, unit: 'count', qualifier: 'exact', period: '2019', geo: 'NL', published: '2024' },
  { id: 'early-2017', concept: 'early', value: 14716, unit: 'count', qualifier: 'exact', period: '2017', geo: 'NL', published: '2018-01' },
  { id: 'first-2022', concept: 'first', value: 35535, unit: 'count', qualifier: 'exact', period: '2022', geo: 'NL' },
  { id: 'first-2023', concept: 'first', value: 38271, unit: 'count', qualifier: 'exact', period: '2023', geo: 'NL' },
  { id: 'first-2023-low', concept: 'first', value: 99999, unit: 'count', qualifier: 'exact', period: '2023', geo: 'NL', confidence: 'low' },
  { id: 'first-2019', concept: 'first', value: 22530, unit: 'count', qualifier: 'exact', period: '2019', geo: 'NL' },
  { id: 'first-2025q3', concept: 'first', value: 6740, unit: 'count', qualifier: 'exact', period: '2025-Q3', geo: 'NL', revises: 'first-2025q3-first' },
  { id: 'first-2025q3-first', concept: 'first', value: 6800, unit: 'count', qualifier: 'exact', period: '2025-Q3', geo: 'NL' },
  { id: 'first-2025-9m', concept: 'first', value: 16600, unit: 'count', qualifier: 'exact', period: '2025-01-01/2025-09-30', geo: 'NL' },
  { id: 'first-syria-2025q3', concept: 'first', value: 860, unit: 'count', qualifier: 'exact', period: '2025-Q3', geo: 'NL', subset: { nationality: 'SY' } },
  { id: 'nareis-2022', concept: 'nareis', value: 10927, unit: 'count', qualifier: 'exact', period: '2022', geo: 'NL' },
  { id: 'total-2019', concept: 'total', value: 29435, unit: 'count', qualifier: 'exact', period: '2019', geo: 'NL' },
  // A third count, silent on 2019, that stood about 5% above the total the year before.
  { id: 'total-2018', concept: 'total', value: 30380, unit: 'count', qualifier: 'exact', period: '2018', geo: 'NL' },
  { id: 'chain-2018', concept: 'chain', value: 31790, unit: 'count', qualifier: 'exact', period: '2018', geo: 'NL' },
  { id: 'first-2018', concept: 'first', value: 20353, unit: 'count', qualifier: 'exact', period: '2018', geo: 'NL' },
  // One count of 2022 as a report rounded it, another to the unit, 9 apart.
  { id: 'rounded-2022', concept: 'rounded', value: 48000, unit: 'count', qualifier: 'exact', period: '2022', geo: 'NL' },
  { id: 'fine-2022', concept: 'fine', value: 47991, unit: 'count', qualifier: 'exact', period: '2022', geo: 'NL' },
  { id: 'imm-2023', concept: 'imm', value: 90000, unit: 'count', qualifier: 'exact', period: '2023', geo: 'NL' },
  { id: 'imm-2023-change', concept: 'imm', value: 17, unit: 'percent', qualifier: 'exact', period: '2023', geo: 'NL', change: true, since: '2022', direction: 'decrease' },
  // Two parts of one measure (two resettlement schemes), far apart.
  { id: 'part-a-2018', concept: 'parts', value: 530, unit: 'count', qualifier: 'approximately', period: '2018', geo: 'NL' },
  { id: 'part-b-2018', concept: 'parts', value: 730, unit: 'count', qualifier: 'approximately', period: '2018', geo: 'NL' },
  // Two publishers' counts of one measure, 50 apart.
  { id: 'ind-2021', concept: 'ind', value: 24690, unit: 'count', qualifier: 'exact', period: '2021', geo: 'NL' },
  { id: 'cbs-2021', concept: 'cbs', value: 24740, unit: 'count', qualifier: 'exact', period: '2021', geo: 'NL' },
  { id: 'eu-2015', concept: 'first', value: 1255600, unit: 'count', qualifier: 'exact', period: '2015', geo: 'EU28' },
  // Every application of the EU with Norway and Switzerland, given roughly: another counting rule, 11% above.
  { id: 'all-2015', concept: 'all', value: 1400000, unit: 'count', qualifier: 'almost', period: '2015', geo: 'EU+ (EU28 + NO + CH)' },
  { id: 'grant', concept: 'grant', range: [84, 87], unit: 'percent', qualifier: 'exact', period: '2017', geo: 'NL' },
  // A final series and a provisional release of it, one period apart and one period shared (1% apart).
  { id: 'final-2021', concept: 'final', value: 252528, unit: 'count', qualifier: 'exact', period: '2021', geo: 'NL', published: '2023-01' },
  { id: 'final-2022', concept: 'final', value: 400000, unit: 'count', qualifier: 'exact', period: '2022', geo: 'NL', published: '2023-07' },
  { id: 'prov-2022', concept: 'prov', value: 396000, unit: 'count', qualifier: 'exact', period: '2022', geo: 'NL', published: '2023-01' },
  { id: 'copy-2022', concept: 'copy', value: 400000, unit: 'count', qualifier: 'exact', period: '2022', geo: 'NL' },
  { id: 'copy-2020', concept: 'copy', value: 220000, unit: 'count', qualifier: 'exact', period: '2020', geo: 'NL' },
  { id: 'prov-2020', concept: 'prov', value: 220000, unit: 'count', qualifier: 'exact', period: '2020', geo: 'NL', published: '2021-01' },
  // A source that gives its figure only roughly.
  { id: 'rough-2016', concept: 'rough', value: 1300000, unit: 'count', qualifier: 'almost', period: '2016', geo: 'NL' },
  // Sources that say on which side of their number the count lies.
  { id: 'below-2022', concept: 'below', value: 90000, unit: 'count', qualifier: 'almost', period: '2022', geo: 'NL' },
  { id: 'above-2025', concept: 'above', value: 4250000, unit: 'count', qualifier: 'more-than', period: '2025', geo: 'NL' },
  { id: 'rate', concept: 'rate', value: 20, unit: 'percent', qualifier: 'approximately', period: null, geo: 'EU' },
  // A source that gives its own figure as "about".
  { id: 'about-2014', concept: 'about', value: 24000, unit: 'count', qualifier: 'approximately', period: '2014', geo: 'NL' },
  { id: 'h1-2024', concept: 'h1', value: 513000, unit: 'count', qualifier: 'approximately', period: '2024-01/2024-06', geo: 'NL', published: '2024-09-16' },
  { id: 'sheltered-0411', concept: 'sheltered', value: 27842, unit: 'count', qualifier: 'exact', period: '2022-04-11', geo: 'NL' },
  { id: 'euplus-2020', concept: 'apps', value: 485000, unit: 'count', qualifier: 'exact', period: '2020', geo: 'EU27 + IS + LI + NO + CH' },
  // One count of the EU with Norway and Switzerland, one of the EU itself.
  { id: 'euaa-2019', concept: 'euaa', value: 671200, unit: 'count', qualifier: 'exact', period: '2019', geo: 'EU+ (EU27 + NO + CH)' },
  { id: 'eu27-2019', concept: 'eu27', value: 612700, unit: 'count', qualifier: 'exact', period: '2019', geo: 'EU27_2020' },
  // Two counting rules of returns, some 20% apart in the one year both are given for; the narrower also by quarter.
  { id: 'out-2023', concept: 'out', value: 91465, unit: 'count', qualifier: 'exact', period: '2023', geo: 'EU' },
  { id: 'any-2023', concept: 'any', value: 111185, unit: 'count', qualifier: 'exact', period: '2023', geo: 'EU' },
  { id: 'out-2025q3', concept: 'out', value: 34155, unit: 'count', qualifier: 'exact', period: '2025-Q3', geo: 'EU' },
];

type Over = {
  value?: number;
  range?: [number, number];
  qualifier?: Qualifier;
  concept?: string;
  period?: string | null;
  how?: Claim['period']['how'];
  alt?: string;
  granularity?: Claim['period']['granularity'];
  toDate?: boolean;
  geo?: string;
  scope?: Claim['geo']['scope'];
  assumed?: boolean;
  subset?: Claim['subset']['value'];
  restricted?: boolean;
  modality?: Claim['modality']['value'];
  aggregation?: Claim['aggregation']['value'];
  since?: string | null;
  strong?: boolean;
  ids?: string[];
  others?: string[];
  named?: string[];
  stated?: boolean;
  unit?: 'count' | 'percent';
  published?: string;
  /** A base another figure is set against: judged like any figure (kept to say so in the cases below). */
  base?: boolean;
  republishes?: Record<string, string>;
  closeBound?: boolean;
};

/** A complete, directly read claim about 2023 NL first applications, with some slots replaced. */
function judge(o: Over) {
  const q = o.qualifier ?? 'exact';
  const claim: Claim = {
    measure: { value: o.concept ?? 'first', determined: true, words: [], definitions: [], facets: [], strong: o.strong ?? true },
    aggregation: { value: o.aggregation ?? 'level', determined: true, words: [], since: o.since ?? null },
    period: { value: o.period === undefined ? '2023' : o.period, determined: o.period !== null, words: [], granularity: o.granularity ?? 'year', how: o.how ?? 'clause', toDate: o.toDate ?? false, ...(o.alt ? { alt: o.alt } : {}) },
    geo: { value: o.geo ?? 'NL', determined: true, words: [], scope: o.scope ?? 'country', how: 'clause', ...(o.assumed ? { assumed: true } : {}) },
    subset: { value: o.subset ?? null, determined: !o.restricted, words: [], restricted: !!o.restricted },
    modality: { value: o.modality ?? 'realised', determined: true, words: [] },
    qualifier: { value: q, determined: true, words: [], interval: interval(o.value, o.range, q) },
  };
  return judgeClaim({ claim, value: o.value, range: o.range, unit: o.unit ?? 'count', ids: o.ids ?? [claim.measure.value!], others: o.others ?? [], facts, published: o.published ?? '2024-03-01', named: o.named, stated: o.stated, republishes: o.republishes, closeBound: o.closeBound });
}

describe('a bound the source\'s figure satisfies', () => {
  it('"more than 30,000" for 35,535 is true but loose: no confirmation, no accusation', () => {
    expect(judge({ period: '2022', value: 30000, qualifier: 'more-than' })).toMatchObject({ verdict: 'context', reason: { why: 'bound-holds', factId: 'first-2022' } });
    expect(judge({ period: '2022', value: 40000, qualifier: 'less-than' })).toMatchObject({ verdict: 'context', reason: { why: 'bound-holds', factId: 'first-2022' } });
  });
  it('a bound the figure does not satisfy, or one said to be close ("just under 50,000"), is still accused', () => {
    expect(judge({ period: '2022', value: 40000, qualifier: 'more-than' })).toMatchObject({ verdict: 'differs' });
    expect(judge({ period: '2022', value: 30000, qualifier: 'less-than' })).toMatchObject({ verdict: 'differs' });
    expect(judge({ period: '2022', value: 50000, qualifier: 'less-than', closeBound: true })).toMatchObject({ verdict: 'differs' });
  });
});

describe('a lower bound said of a span of years', () => {
  it('"over 35,000 in 2022-2023" holds when the figure of each year reaches it; an exact figure for the span is not compared', () => {
    expect(judge({ period: '2022/2023', granularity: 'years', value: 35000, qualifier: 'more-than' }).verdict).toBe('consistent');
    // 2022's 35,535 does not reach 36,000.
    expect(judge({ period: '2022/2023', granularity: 'years', value: 36000, qualifier: 'more-than' }).verdict).not.toBe('consistent');
    expect(judge({ period: '2022/2023', granularity: 'years', value: 73000 }).verdict).not.toBe('consistent');
  });
  it('the lowest year is what the bound was rounded from: "over 33,000" is not what a writer makes of 35,535 and 38,271', () => {
    const j = judge({ period: '2022/2023', granularity: 'years', value: 33000, qualifier: 'more-than' });
    expect(j.verdict).toBe('context');
  });
});

describe('a figure said of "the EU" and a count of a wider area', () => {
  const eu = { period: '2019', concept: 'euaa', geo: 'EU', scope: 'eu' as const, stated: true };
  it('agrees with the asylum agency\'s EU+ count, which news calls the EU', () => {
    expect(judge({ ...eu, value: 671000, qualifier: 'approximately' }).verdict).toBe('consistent');
  });
  it('is not accused by it: the EU itself counts fewer than the EU with Norway and Switzerland', () => {
    expect(judge({ ...eu, value: 655000 })).toMatchObject({ verdict: 'context', reason: { why: 'other-area', factId: 'euaa-2019' } });
  });
  it('is accused by a count of the EU itself, and "the EU+" by the EU+ count', () => {
    expect(judge({ ...eu, concept: 'eu27', value: 655000 }).verdict).toBe('differs');
    expect(judge({ ...eu, geo: 'EU+', value: 655000 }).verdict).toBe('differs');
  });
});

describe('a round figure between the figures of two counting rules its words allow', () => {
  const eu = { period: '2015', concept: 'first', ids: ['first', 'all'], geo: 'EU', scope: 'eu' as const, stated: true };
  it('"1.3 million" reaches first-time applicants (1,255,600) and all applications (almost 1.4 million) only at the edges of its rounding: neither is confirmed', () => {
    expect(judge({ ...eu, value: 1300000 })).toMatchObject({ verdict: 'context', reason: { why: 'frame', slot: 'counting-rule' } });
    expect(judge({ ...eu, value: 1300000, qualifier: 'approximately' })).toMatchObject({ verdict: 'context', reason: { why: 'frame', slot: 'counting-rule' } });
  });
  it('a figure rounded from one of them, or read under one rule only, still agrees', () => {
    expect(judge({ ...eu, value: 1260000 }).verdict).toBe('consistent');
    expect(judge({ ...eu, value: 1400000 }).verdict).toBe('consistent');
    expect(judge({ ...eu, ids: ['first'], value: 1300000 }).verdict).toBe('consistent');
  });
});

describe('a figure beyond every counting rule its words allow', () => {
  const rules = { period: '2019', ids: ['first', 'total'], stated: true };
  it('below the narrowest count or above the broadest is wrong under each: accused', () => {
    // 22,530 first applications and 29,435 in all: "17,500 applied for asylum" is neither.
    expect(judge({ ...rules, value: 17500 })).toMatchObject({ verdict: 'differs', comparison: { factId: 'first-2019' } });
    expect(judge({ ...rules, value: 36000 })).toMatchObject({ verdict: 'differs', comparison: { factId: 'total-2019' } });
    // Between them, the rule decides: no accusation.
    expect(judge({ ...rules, value: 26000 })).toMatchObject({ verdict: 'context', reason: { why: 'frame', slot: 'counting-rule' } });
  });
  it('a rule silent on the period stops it only where its figures, scaled by a known rule, come near the figure', () => {
    const silent = { ...rules, ids: ['first', 'total', 'chain'] };
    expect(judge({ ...silent, value: 17500 }).verdict).toBe('differs');
    // The third count would give some 30,800 for 2019: 32,000 may be its.
    expect(judge({ ...silent, value: 32000 })).toMatchObject({ verdict: 'context', reason: { why: 'other-rule-silent' } });
    // Scaled by the count it stands nearest (the total), not by the first applications it is half
    // again as large as (which would give some 35,200): 38,000 is out of its reach.
    expect(judge({ ...silent, value: 38000 })).toMatchObject({ verdict: 'differs', comparison: { factId: 'total-2019' } });
  });
  it('where the words allow only one kind of count, a silent rule still stops it', () => {
    expect(judge({ period: '2019', ids: ['total', 'chain'], stated: true, value: 24000 })).toMatchObject({ verdict: 'context', reason: { why: 'other-rule-silent' } });
  });
});

describe('a rounded source and a finer one', () => {
  it('a figure written to the unit is not confirmed by a rounded source where a source as fine as it gives another number', () => {
    const both = { period: '2022', ids: ['rounded', 'fine'], stated: true };
    expect(judge({ ...both, value: 47911 })).toMatchObject({ verdict: 'context', reason: { why: 'coarse-source', factId: 'rounded-2022' } });
    // As rounded as the source, it agrees; so does the finer source's own number.
    expect(judge({ ...both, value: 48000 }).verdict).toBe('consistent');
    expect(judge({ ...both, value: 47991 }).verdict).toBe('consistent');
    // With no finer source the rounded one still confirms it to its precision.
    expect(judge({ ...both, ids: ['rounded'], value: 47911 }).verdict).toBe('consistent');
  });
});

describe('a figure between the sources\' own figures', () => {
  it('is not accused: no source is more right than another to that precision', () => {
    const two = { period: '2021', concept: 'ind', ids: ['ind', 'cbs'], stated: true };
    expect(judge({ ...two, value: 24725 })).toMatchObject({ verdict: 'context', reason: { why: 'sources-differ' } });
    // Outside their range it is: below both, or above both.
    expect(judge({ ...two, value: 24612 }).verdict).toBe('differs');
    expect(judge({ ...two, value: 24811 }).verdict).toBe('differs');
  });
  it('but figures far apart count different things: a number between them is neither', () => {
    expect(judge({ period: '2018', concept: 'parts', value: 620, stated: true }).verdict).toBe('differs');
  });
});

describe('precision: the text states its own tolerance', () => {
  it('derives the rounding step from the written value', () => {
    expect(roundingStep(38000)).toBe(1000);
    expect(roundingStep(38325)).toBe(1);
    expect(roundingStep(1.2e6)).toBe(100000);
    expect(roundingStep(17.5)).toBeCloseTo(0.1);
    // "circa 40" is rounded to tens: a step either way, but never more than 10 %: 36–44.
    expect(interval(40, undefined, 'approximately')).toEqual([36, 44]);
    expect(interval(38000, undefined, 'exact')).toEqual([37500, 38500]);
  });
  it('a qualifier widens by the written step only, never by a fixed percentage', () => {
    expect(interval(530, undefined, 'approximately')).toEqual([520, 540]);
    expect(interval(38000, undefined, 'more-than')).toEqual([38000, 39000]);
    expect(interval(11000, undefined, 'less-than')).toEqual([10000, 11000]);
    expect(interval(250000, undefined, 'almost', true)).toEqual([245000, 255000]);
    expect(interval(10000, undefined, 'almost', true)).toEqual([9500, 10500]);
    // A source's "almost 250,000" knows its count is below the number.
    expect(interval(250000, undefined, 'almost')).toEqual([245000, 250000]);
    // Precise digits stay precise: "ruim 38.271" is 38,271 to 38,272.
    expect(interval(38271, undefined, 'more-than')).toEqual([38271, 38272]);
    // "ruim 400" may not mean 480: the step is capped at a tenth of the value.
    expect(interval(400, undefined, 'more-than')).toEqual([400, 440]);
  });
  it('"more than a million" in a text covers up to a quarter more, as the next figure written that coarsely is 2 million', () => {
    expect(interval(1e6, undefined, 'more-than', true)).toEqual([1e6, 1.25e6]);
    expect(interval(20000, undefined, 'more-than', true)).toEqual([20000, 25000]);
    // Not a figure with more digits ("ruim 1,2 miljoen", "meer dan 38.000"), nor a source's own.
    expect(interval(1.2e6, undefined, 'more-than', true)).toEqual([1.2e6, 1.3e6]);
    expect(interval(38000, undefined, 'more-than', true)).toEqual([38000, 39000]);
    expect(interval(1e6, undefined, 'more-than')).toEqual([1e6, 1.1e6]);
  });
  it('"ruim 38.000" agrees with 38,271; "38.000" does too; "39.000" does not', () => {
    expect(judge({ value: 38000, qualifier: 'more-than' }).verdict).toBe('consistent');
    expect(judge({ value: 38000 }).verdict).toBe('consistent');
    expect(judge({ value: 39000 }).verdict).toBe('differs');
  });
  it('a plain round figure may be cut off: "35.000" agrees with 35,535, "36.000" does too, "34.000" does not', () => {
    // Rounded, 35,535 would be 36,000; news as often writes what it cuts off to.
    expect(judge({ period: '2022', value: 35000 }).verdict).toBe('consistent');
    expect(judge({ period: '2022', value: 36000 }).verdict).toBe('consistent');
    expect(judge({ period: '2022', value: 34000 }).verdict).toBe('differs');
    const [lo, hi] = interval(35000, undefined, 'exact', true);
    expect([lo, Math.round(hi)]).toEqual([34500, 36000]);
    // Up to the next step, not including it: "35.000" is not 36,000.
    expect(hi).toBeLessThan(36000);
    // A source's own figure is rounded, not cut off; precise digits stay precise.
    expect(interval(35000, undefined, 'exact')).toEqual([34500, 35500]);
    expect(interval(35535, undefined, 'exact', true)).toEqual([35535, 35535]);
  });
  it('"bijna 11.000" agrees with 10,927; "bijna 10.000" does not', () => {
    expect(judge({ concept: 'nareis', period: '2022', value: 11000, qualifier: 'almost' }).verdict).toBe('consistent');
    expect(judge({ concept: 'nareis', period: '2022', value: 10000, qualifier: 'almost' }).verdict).toBe('differs');
  });
  it('"bijna" claims what rounds to the number: "bijna 39.000" is not 38,271, "minder dan 39.000" is', () => {
    expect(judge({ value: 39000, qualifier: 'almost' }).verdict).toBe('differs');
    expect(judge({ value: 39000, qualifier: 'less-than' }).verdict).toBe('consistent');
    // Just over the number written is not held against "bijna": sources round differently.
    expect(judge({ value: 38000, qualifier: 'almost' }).verdict).toBe('consistent');
  });
  it('"82.000" does not agree with 90,000 (no fixed slack), "90.000" does', () => {
    const j = judge({ concept: 'imm', value: 82000 });
    expect(j.verdict).toBe('differs');
    expect(j.comparison).toMatchObject({ factId: 'imm-2023', sourceValue: 90000, diffAbs: -8000 });
    expect(j.comparison?.diffRel).toBeCloseTo(-8000 / 90000);
    expect(judge({ concept: 'imm', value: 90000 }).verdict).toBe('consistent');
  });
  it('an exact figure is as exact as its digits: 38,271 and 38,300 agree, 38,310 does not', () => {
    expect(judge({ value: 38271 }).verdict).toBe('consistent');
    expect(judge({ value: 38300 }).verdict).toBe('consistent');
    expect(judge({ value: 38310 }).verdict).toBe('differs');
  });
  it('a source rounded coarser than the text confirms it only if it covers all the text says', () => {
    // "almost 1.3 million" is 1.25–1.35 million: "bijna 1,25 miljoen" (1.245–1.255) only touches it.
    const edge = judge({ concept: 'rough', period: '2016', value: 1250000, qualifier: 'almost' });
    expect(edge).toMatchObject({ verdict: 'context', reason: { why: 'coarse-source', factId: 'rough-2016' } });
    expect(judge({ concept: 'rough', period: '2016', value: 1280000 }).verdict).toBe('consistent');
    expect(judge({ concept: 'rough', period: '2016', value: 1300000, qualifier: 'almost' }).verdict).toBe('consistent');
    // Clear of it, the coarse source still shows a difference.
    expect(judge({ concept: 'rough', period: '2016', value: 1100000 }).verdict).toBe('differs');
  });
  it('two approximations a whole step apart each way meet only at an edge: "around 22,000" is not a source\'s "about 24,000"', () => {
    // Each reaches one step (1,000) either side: 21,000–23,000 and 23,000–25,000 touch at 23,000.
    expect(judge({ concept: 'about', period: '2014', value: 22000, qualifier: 'approximately' }).verdict).not.toBe('consistent');
    expect(judge({ concept: 'about', period: '2014', value: 23000, qualifier: 'approximately' }).verdict).toBe('consistent');
    expect(judge({ concept: 'about', period: '2014', value: 24000 }).verdict).toBe('consistent');
  });
  it('a figure that reaches a source\'s "almost 90,000" only at 90,000 does not agree with it', () => {
    // "100 thousand" is 90,000–110,000 at the loosest; the source says below 90,000.
    const edge = judge({ concept: 'below', period: '2022', value: 100000 });
    expect(edge.verdict).not.toBe('consistent');
    expect(edge.verdict).not.toBe('differs');
    expect(judge({ concept: 'below', period: '2022', value: 89000, qualifier: 'approximately' }).verdict).toBe('consistent');
    // Above "more than 4.25 million", where the source's rounding was only taken to end, it still agrees.
    expect(judge({ concept: 'above', period: '2025', value: 4260000, qualifier: 'more-than' }).verdict).toBe('consistent');
  });
  it('a source that gives only a bound ("almost 1.3 million") does not confirm a figure written to the unit (1,251,815)', () => {
    expect(judge({ concept: 'rough', period: '2016', value: 1251815 })).toMatchObject({ verdict: 'context', reason: { why: 'coarse-source', factId: 'rough-2016' } });
    // A figure as rounded as the source's own still agrees with it.
    expect(judge({ concept: 'rough', period: '2016', value: 1280000 }).verdict).toBe('consistent');
  });
  it('ranges agree when they overlap', () => {
    expect(judge({ concept: 'grant', unit: 'percent', period: '2017', range: [84, 87], aggregation: 'share' }).verdict).toBe('consistent');
    expect(judge({ concept: 'grant', unit: 'percent', period: '2017', value: 70, aggregation: 'share' }).verdict).toBe('differs');
  });
});

describe('no accusation without a complete frame', () => {
  it('a forecast, a capacity, a target, a need or a hypothesis is context, never differs', () => {
    for (const modality of ['forecast', 'capacity', 'target', 'need', 'hypothetical'] as const) {
      const j = judge({ value: 20000, modality });
      expect(j.verdict, modality).toBe('context');
      expect(j.reason).toEqual({ why: 'frame', slot: 'modality' });
    }
    expect(judge({ value: 38000, modality: 'provisional' }).verdict).toBe('consistent');
  });
  it('a figure for a period still running when the text was written is context (it is a part)', () => {
    expect(judge({ value: 28000, toDate: true }).reason).toEqual({ why: 'frame', slot: 'period-to-date' });
    expect(judge({ value: 38000, toDate: true }).verdict).toBe('context');
  });
  it('a local or regional figure is never compared with a national one', () => {
    expect(judge({ value: 38000, geo: 'local:den-haag', scope: 'local' }).verdict).not.toBe('consistent');
    expect(judge({ value: 100, geo: 'local:den-haag', scope: 'local' }).verdict).not.toBe('differs');
  });
  it('a part of the population the engine cannot name is context', () => {
    expect(judge({ value: 580, restricted: true }).reason).toEqual({ why: 'frame', slot: 'subset' });
  });
  it('a nationality is compared with that nationality only', () => {
    expect(judge({ period: '2025-Q3', value: 860, subset: { nationality: 'SY' } }).comparison?.factId).toBe('first-syria-2025q3');
    expect(judge({ period: '2025-Q3', value: 860, subset: { nationality: 'SY' } }).verdict).toBe('consistent');
    // 860 against the quarter's total is no discrepancy: it is a part of it.
    expect(judge({ period: '2025-Q3', value: 860 }).verdict).not.toBe('differs');
    expect(judge({ period: '2025-Q3', value: 6740, subset: { nationality: 'ER' } }).verdict).not.toBe('consistent');
  });
  it('a rate per week and a ratio are never compared with a total', () => {
    expect(judge({ value: 1000, aggregation: 'rate' }).reason).toEqual({ why: 'frame', slot: 'aggregation' });
    expect(judge({ value: 2, aggregation: 'ratio' }).reason).toEqual({ why: 'frame', slot: 'aggregation' });
  });
});

describe('periods: like with like', () => {
  it('a quarter only with that quarter; the newest release first, the first release still agrees', () => {
    const j = judge({ period: '2025-Q3', value: 6740 });
    expect(j).toMatchObject({ verdict: 'consistent', comparison: { factId: 'first-2025q3' } });
    expect(judge({ period: '2025-Q3', value: 6800 })).toMatchObject({ verdict: 'consistent', comparison: { factId: 'first-2025q3-first' } });
    // Never a year's total against one quarter.
    expect(judge({ period: '2025-Q3', value: 38000 }).verdict).not.toBe('consistent');
  });
  it('nine months with the same nine months, however written', () => {
    expect(judge({ period: '2025-01/2025-09', value: 16600 })).toMatchObject({ verdict: 'consistent', comparison: { factId: 'first-2025-9m' } });
    expect(judge({ period: '2025', value: 16600 }).verdict).not.toBe('consistent');
  });
  it('other periods give context, nearest first', () => {
    const j = judge({ value: 30000, period: '2021' });
    expect(j.verdict).toBe('context');
    // 2022 is nearest; 2023 and 2019 are as near, and the newer comes first.
    expect(j.factIds.slice(0, 3)).toEqual(['first-2022', 'first-2023', 'first-2019']);
  });
  it('a period after the newest fact: no verdict, and the newest fact named', () => {
    const j = judge({ value: 30000, period: '2026' });
    expect(j.verdict).toBeNull();
    expect(j.beyond?.latest).toBe('first-2025q3');
  });
  it('a standing figure without a period is compared with the facts that have none', () => {
    const j = judge({ concept: 'rate', unit: 'percent', aggregation: 'share', geo: 'EU', scope: 'eu', period: null, value: 20, qualifier: 'approximately' });
    expect(j).toMatchObject({ verdict: 'consistent', comparison: { factId: 'rate' } });
  });
  it('a standing figure may only agree: "one in three" beside a source\'s "about 20%" is not accused (and does not break the page)', () => {
    const j = judge({ concept: 'rate', unit: 'percent', aggregation: 'share', geo: 'EU', scope: 'eu', period: null, value: 100 / 3 });
    expect(j.verdict).not.toBe('differs');
    expect(j.reason).toEqual({ why: 'frame', slot: 'period' });
  });
  it('an ambiguous "toen": agreeing with the other period it may mean is consistent, never differs', () => {
    expect(judge({ value: 35500, period: '2023', alt: '2022' })).toMatchObject({ verdict: 'consistent', tookAlt: true, comparison: { factId: 'first-2022' } });
    expect(judge({ value: 41000, period: '2023', alt: '2022' }).verdict).toBe('context');
  });
});

describe('changes and levels', () => {
  it('a percent change is compared only with a change since the same period', () => {
    expect(judge({ concept: 'imm', unit: 'percent', value: 17, aggregation: 'percent-change', since: '2022' }).verdict).toBe('consistent');
    expect(judge({ concept: 'imm', unit: 'percent', value: 17, aggregation: 'percent-change', since: '2021' }).verdict).not.toBe('consistent');
    // Without a baseline, a change in a year is against the year before.
    expect(judge({ concept: 'imm', unit: 'percent', value: 17, aggregation: 'percent-change', since: null }).verdict).toBe('consistent');
    expect(judge({ concept: 'imm', unit: 'percent', value: 17, aggregation: 'percent-change', since: null, period: '2023-Q2' }).reason).toEqual({ why: 'frame', slot: 'aggregation' });
  });
  it('an absolute change is never read as a level', () => {
    expect(judge({ concept: 'nareis', period: '2022', value: 800, aggregation: 'change', since: '2021' }).verdict).not.toBe('differs');
  });
});

describe('before accusing', () => {
  it('a counting rule the words allow that the sources give only for other periods, and that would give about this figure, withholds the accusation', () => {
    const q3 = (value: number, ids: string[]) =>
      judge({ concept: 'returned', ids, value, qualifier: 'almost', period: '2025-Q3', granularity: 'quarter', geo: 'EU', scope: 'eu', published: '2026-01-10' });
    // 34,155 returns outside the EU; every return was 1.22 times that in 2023: about 41,500.
    expect(q3(42000, ['out', 'any'])).toMatchObject({ verdict: 'context', reason: { why: 'frame', slot: 'counting-rule' } });
    // Far from what either rule would give: still accused.
    expect(q3(60000, ['out', 'any']).verdict).toBe('differs');
    // With the narrower rule named, nothing withholds it.
    expect(q3(42000, ['out']).verdict).toBe('differs');
  });
  it('a figure of another counting rule of the same period is context, naming that count', () => {
    const j = judge({ period: '2019', value: 29435, others: ['total'] });
    expect(j).toMatchObject({ verdict: 'context', reason: { why: 'other-rule-match', factId: 'total-2019' } });
  });
  it("a figure that is the same measure's figure for another period is context", () => {
    const j = judge({ period: '2023', value: 35535 });
    expect(j).toMatchObject({ verdict: 'context', reason: { why: 'other-period-match', factId: 'first-2022' } });
  });
  it('another period counts only when the text may mean it: within a year of the one read, or named in the text', () => {
    // 22,530 is 2019's figure; read as 2023, in a text that never names 2019: a coincidence, not a misread period.
    expect(judge({ period: '2023', value: 22530 })).toMatchObject({ verdict: 'differs', comparison: { factId: 'first-2023', sourceValue: 38271 } });
    // 35,535 is 2022's: a year off, always a period the text may mean.
    expect(judge({ period: '2023', value: 35535, named: ['2023'] }).reason?.why).toBe('other-period-match');
    expect(judge({ period: '2023', value: 22530, named: ['2023', '2019'] })).toMatchObject({ verdict: 'context', reason: { why: 'other-period-match', factId: 'first-2019' } });
  });
  it('a period the sentence states: another year\'s figure of the same measure differs, naming that year\'s fact', () => {
    expect(judge({ period: '2023', value: 35535, stated: true })).toMatchObject({ verdict: 'differs', reason: { why: 'other-period-match', factId: 'first-2022' }, comparison: { factId: 'first-2023' } });
    // Another counting rule's figure still withholds it: the measure may be misread.
    expect(judge({ period: '2019', value: 29435, stated: true, ids: ['first'], others: ['total'] }).reason?.why).toBe('other-rule-match');
  });
  it("another rule's figure of another period the text names: no doubt when the sentence states both the period and the measure", () => {
    // 29,435 is 2019's total inflow, written as 2022's first applications in a text that also names 2019.
    const twice = { period: '2022', value: 29435, ids: ['first'], others: ['total'], named: ['2022', '2019'] };
    expect(judge({ ...twice, stated: true })).toMatchObject({ verdict: 'differs', comparison: { factId: 'first-2022' } });
    // Without its year in the sentence the engine may have read the wrong one; without the measure
    // word at the figure, the wrong count.
    expect(judge(twice)).toMatchObject({ verdict: 'context', reason: { why: 'other-period-match', factId: 'total-2019' } });
    expect(judge({ ...twice, stated: true, strong: false }).verdict).toBe('context');
  });
  it('another period counts only when it was over by the time the text was written: no count of it existed before', () => {
    // 38,271 is 2023's figure; a text of July 2023 giving it under 2022 cannot have taken it from there.
    expect(judge({ period: '2022', value: 38271, published: '2023-07-15' })).toMatchObject({ verdict: 'differs', comparison: { factId: 'first-2022' } });
    // Written after 2023 was over, the text may well mean 2023.
    expect(judge({ period: '2022', value: 38271, published: '2024-07-15' })).toMatchObject({ verdict: 'context', reason: { why: 'other-period-match', factId: 'first-2023' } });
  });
  it('a figure more than twice or less than half the official one counts something else: context', () => {
    expect(judge({ value: 15000 }).reason?.why).toBe('far-off');
    expect(judge({ value: 90000 }).reason?.why).toBe('far-off');
  });
  it('a weak reading (no noun right after it, a period from another paragraph, an assumed country) is context', () => {
    expect(judge({ value: 41000, strong: false }).reason?.why).toBe('weak-reading');
    expect(judge({ value: 41000, how: 'discourse' }).reason?.why).toBe('weak-reading');
    expect(judge({ value: 41000, assumed: true }).reason?.why).toBe('weak-reading');
    expect(judge({ value: 41000 }).verdict).toBe('differs');
  });
  it('a source figure published after the text is no ground to accuse it (it may report a provisional release)', () => {
    expect(judge({ concept: 'late', period: '2019', value: 272200, published: '2020-01-31' })).toMatchObject({ verdict: 'context', reason: { why: 'later-release', factId: 'late-2019' } });
    expect(judge({ concept: 'late', period: '2019', value: 272200, published: '2025-01-01' }).verdict).toBe('differs');
    // Published the month the text was written: it could have been known.
    expect(judge({ concept: 'early', period: '2017', value: 14176, published: '2018-01-20' }).verdict).toBe('differs');
    // A source dated only by its year came out some time that year: a text of its first half may
    // have been written before it, one of its second half is taken to have known it.
    expect(judge({ concept: 'late', period: '2019', value: 272200, published: '2024-03-10' })).toMatchObject({ verdict: 'context', reason: { why: 'later-release' } });
    expect(judge({ concept: 'late', period: '2019', value: 272200, published: '2024-11-02' }).verdict).toBe('differs');
  });
  it('a provisional release silent on the period stops an accusation only as far as its releases differ from the final series', () => {
    const both = { concept: 'final', period: '2021', ids: ['final', 'prov'], republishes: { prov: 'final' } };
    // 1% between the releases of 2022: 256,000 (1.4% off) may be an early release of 2021's figure.
    expect(judge({ ...both, value: 256000 }).reason?.why).toBe('other-rule-silent');
    // 298,000 is 18% off: no release of this series said it.
    expect(judge({ ...both, value: 298000 })).toMatchObject({ verdict: 'differs', comparison: { factId: 'final-2021' } });
    // Releases that never differed in the sources say nothing of how far they may: still silent.
    expect(judge({ ...both, ids: ['final', 'copy'], republishes: { copy: 'final' }, value: 298000 }).reason?.why).toBe('other-rule-silent');
    // Without the relation the provisional rule stays a rule of its own that may say anything.
    expect(judge({ ...both, value: 298000, republishes: {} }).reason?.why).toBe('other-rule-silent');
  });
  it('a source published after the text does not shield a figure no release of its series could have said', () => {
    const both = { concept: 'final', period: '2021', ids: ['final', 'prov'], republishes: { prov: 'final' }, published: '2022-06-01' };
    expect(judge({ ...both, value: 256000 }).verdict).toBe('context');
    expect(judge({ ...both, ids: ['final'], value: 256000 }).reason?.why).toBe('later-release');
    expect(judge({ ...both, value: 298000 }).verdict).toBe('differs');
    // Written within weeks of the year's end, a figure can only be an estimate made before the
    // count was complete: however far from the final figure, no accusation.
    expect(judge({ ...both, value: 298000, published: '2022-01-03' })).toMatchObject({ verdict: 'context', reason: { why: 'later-release' } });
    expect(judge({ ...both, value: 298000, published: '2022-03-01' }).verdict).toBe('differs');
  });
  it('a counting rule that publishes such figures but is silent on the period stops an accusation', () => {
    const j = judge({ period: '2023', value: 41000, ids: ['first', 'nareis'] });
    expect(j.reason?.why).toBe('other-rule-silent');
  });
  it("a precise figure equal to another period's under a stated period is that period's, whatever rule is silent", () => {
    // 35,535 is 2022's first applications, written under 2023 (e.g. "35.535 (2023)").
    expect(judge({ period: '2023', value: 35535, ids: ['first', 'nareis'], stated: true })).toMatchObject({ verdict: 'differs', reason: { why: 'other-period-match', factId: 'first-2022' } });
    // Not stated: the engine may have misread the period.
    expect(judge({ period: '2023', value: 35535, ids: ['first', 'nareis'] }).verdict).toBe('context');
    // A round figure may equal another period's by chance.
    expect(judge({ period: '2023', value: 35500, ids: ['first', 'nareis'], stated: true }).verdict).toBe('context');
  });
});

describe('what backs a verdict', () => {
  it('geo EU matches EU28; NL does not match EU', () => {
    expect(judge({ value: 1.26e6, period: '2015', geo: 'EU', scope: 'eu', qualifier: 'approximately' }).verdict).toBe('consistent');
    expect(judge({ value: 1.26e6, period: '2015' }).verdict).toBe('context');
  });
  it('a low-confidence fact never backs a verdict, nor is it cited', () => {
    const j = judge({ value: 99999 });
    expect(j.factIds).not.toContain('first-2023-low');
    expect(j.verdict).not.toBe('consistent');
  });
  it('never a verdict without a fact', () => {
    expect(judge({ concept: 'unknown', value: 1 })).toMatchObject({ verdict: null, factIds: [], comparison: null });
    expect(judge({ unit: 'percent', value: 1, aggregation: 'share' }).verdict).toBeNull();
  });
});

describe('areas', () => {
  it('the EU with other countries added ("EU27 + IS + LI + NO + CH") is the EU+, not the EU27', () => {
    const euPlus = { concept: 'apps', period: '2020', scope: 'eu' as const, value: 485000 };
    expect(judge({ ...euPlus, geo: 'EU+' }).verdict).toBe('consistent');
    // A page's EU27 figure is not held against it.
    expect(judge({ ...euPlus, geo: 'EU27', value: 417000 }).verdict).not.toBe('differs');
    expect(judge({ ...euPlus, geo: 'EU27' }).verdict).not.toBe('consistent');
  });
});

describe('a count of the month of writing', () => {
  const now = { concept: 'sheltered', period: '2022-04', granularity: 'month' as const, value: 27842 };
  it('"momenteel 27.842" agrees with the source\'s count of a few days before the day of writing', () => {
    expect(judge({ ...now, alt: '2022-04-12', published: '2022-04-12' }).verdict).toBe('consistent');
    // A page dated only to the month: a count of that month.
    expect(judge({ ...now, published: '2022-04' }).verdict).toBe('consistent');
  });
  it('not a count of after the day of writing, nor one weeks before it, and never an accusation', () => {
    expect(judge({ ...now, alt: '2022-04-09', published: '2022-04-09' }).verdict).not.toBe('consistent');
    expect(judge({ ...now, alt: '2022-04-30', published: '2022-04-30' }).verdict).not.toBe('consistent');
    expect(judge({ ...now, alt: '2022-04-12', published: '2022-04-12', value: 25000 }).verdict).not.toBe('differs');
  });
  it('a stock at the end of a month written later ("eind april 2022", its last day the other reading) is not confirmed by a count of weeks before that day', () => {
    // The source counted on 11 April: 19 days before the month's end, in a stock that moves.
    expect(judge({ ...now, alt: '2022-04-30', published: '2023-01-15' }).verdict).toBe('context');
    expect(judge({ ...now, alt: '2022-04-30', published: '2023-01-15', value: 25000 }).verdict).not.toBe('differs');
  });
  it('a stock at the start of a month ("begin april 2022") may still agree with a count of that month', () => {
    expect(judge({ ...now, alt: '2022-04-01', published: '2023-01-15' }).verdict).toBe('consistent');
  });
});

describe('a figure written long after its source', () => {
  const h1 = { concept: 'h1', period: '2024-01/2024-06', granularity: 'part-year' as const, value: 518000, qualifier: 'approximately' as const };
  it('close to the source, a year after it was first released, it may be a later release: no accusation, a base or not', () => {
    expect(judge({ ...h1, base: true, published: '2025-09-08' })).toMatchObject({ verdict: 'context', reason: { why: 'revised-base' } });
    expect(judge({ ...h1, published: '2025-09-08' })).toMatchObject({ verdict: 'context', reason: { why: 'revised-base' } });
  });
  it('the same figure is accused when the text came soon after the source, or when it is far off', () => {
    expect(judge({ ...h1, published: '2024-10-01' }).verdict).toBe('differs');
    expect(judge({ ...h1, base: true, published: '2024-10-01' }).verdict).toBe('differs');
    expect(judge({ ...h1, published: '2025-09-08', value: 560000 }).verdict).toBe('differs');
  });
});
