/** Pledge measures narrow a figure's candidate rules by what the figure is (promised.ts). */
import { describe, expect, it } from 'vitest';
import type { ConceptInfo } from '../lexicon';
import type { FrameN } from './frame';
import type { Modality } from './modality';
import { readPromised } from './promised';

const concepts: Record<string, ConceptInfo> = {
  pledges: { kind: 'metric', measure: true, modality: 'target' },
  'pledges-official': { kind: 'metric', measure: true, modality: 'target', refines: 'pledges' },
  resettled: { kind: 'metric', measure: true },
};
const frame = (modality: Modality): Pick<FrameN, 'modality' | 'measure'> => ({
  modality: { value: modality, determined: true, words: [] },
  measure: { value: null, determined: true, words: [[10, 20]], definitions: [], facets: [], strong: true },
});
const all = ['resettled', 'pledges', 'pledges-official'];

describe('pledge measures', () => {
  it('a figure framed as a pledge is checked against the pledge rules only, and says so', () => {
    expect(readPromised(frame('target'), all, 'resettled', concepts)).toEqual({ ids: ['pledges', 'pledges-official'], concept: 'pledges', measureModality: 'target' });
  });
  it('a count of what happened is never a pledge\'s figure', () => {
    expect(readPromised(frame('realised'), all, 'resettled', concepts)).toEqual({ ids: ['resettled'], concept: 'resettled' });
    expect(readPromised(frame('provisional'), all, 'resettled', concepts).ids).toEqual(['resettled']);
  });
  it('a measure word that names a pledge makes the figure one ("het quotum lag op 750")', () => {
    const f = frame('realised');
    expect(readPromised(f, all, 'pledges', concepts)).toMatchObject({ ids: ['pledges', 'pledges-official'], measureModality: 'target' });
    expect(f.modality).toEqual({ value: 'target', determined: true, words: [[10, 20]] });
  });
  it('a pledge measure named for a time ahead is still a pledge, not a forecast ("places for 2024-2025")', () => {
    const f = frame('forecast');
    expect(readPromised(f, all, 'pledges', concepts)).toMatchObject({ ids: ['pledges', 'pledges-official'], measureModality: 'target' });
    expect(f.modality.value).toBe('target');
  });
  it('leaves forecasts, capacities and measures without pledges as they are', () => {
    expect(readPromised(frame('forecast'), all, 'resettled', concepts)).toEqual({ ids: all, concept: 'resettled' });
    expect(readPromised(frame('target'), ['resettled'], 'resettled', concepts)).toEqual({ ids: ['resettled'], concept: 'resettled' });
  });
});
