/** Why a figure got no verdict, in words a reader sees on the card and in the exports. */
import { describe, expect, it } from 'vitest';
import { CONTEXT_REASONS } from '../recognise/verdicts';
import type { Annotation } from '../recognise/types';
import { figures } from '../../test/helpers/recognise';
import { readAs, whyNoVerdict } from './claim-text';

const figure = (why: (typeof CONTEXT_REASONS)[number]): Annotation => ({
  kind: 'figure',
  start: 0,
  end: 6,
  text: '38.000',
  concept: 'first-asylum-applications',
  value: 38000,
  verdict: 'context',
  reason: { why, slot: why === 'frame' ? 'period' : null, factId: 'fact-2023' },
});
const describe2023 = (id: string) => (id === 'fact-2023' ? '38.271 (2023)' : null);

describe('whyNoVerdict', () => {
  it('words every reason for context in both languages', () => {
    for (const why of CONTEXT_REASONS) {
      const nl = whyNoVerdict(figure(why), 'nl', describe2023);
      const en = whyNoVerdict(figure(why), 'en', describe2023);
      expect(nl, why).toBeTruthy();
      expect(en, why).toBeTruthy();
      expect(nl, why).not.toBe(en);
    }
  });
  it('names the coarse source figure it could neither confirm nor contradict', () => {
    expect(whyNoVerdict(figure('coarse-source'), 'en', describe2023)).toContain('38.271 (2023)');
    expect(whyNoVerdict(figure('coarse-source'), 'nl', describe2023)).toMatch(/te grof/);
  });
  it('says when the counting rule the text leaves open decides', () => {
    const open: Annotation = { ...figure('frame'), reason: { why: 'frame', slot: 'counting-rule', factId: 'fact-2023' } };
    expect(whyNoVerdict(open, 'en', describe2023)).toMatch(/counting rule/);
    expect(whyNoVerdict(open, 'nl', describe2023)).toMatch(/telwijze/);
  });
  it('says nothing for a verdict', () => {
    expect(whyNoVerdict({ ...figure('coarse-source'), verdict: 'consistent' }, 'en', describe2023)).toBeNull();
  });
});

describe('readAs', () => {
  it('names the currency of an amount in pounds in the reader\'s language', () => {
    const money = figures('The government will spend £128 million on resettlement of refugees.', 'en', '2016-05-01').find((f) => f.unit === 'GBP')!;
    expect(readAs(money, 'Resettlement', 'en')).toMatch(/128,000,000 pound$/);
    expect(readAs(money, 'Hervestiging', 'nl')).toMatch(/128\.000\.000 pond$/);
  });
});
