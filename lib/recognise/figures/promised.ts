/**
 * Measures that count what was promised (pledged places, a quota; pack field `modality:
 * "target"`): a figure the text frames as a pledge or quota is one of their figures, and a figure
 * of what happened is none of them. The figure's candidate counting rules narrow accordingly.
 */
import { own } from '../../util/hash';
import type { ConceptInfo } from '../lexicon';
import type { FrameN } from './frame';

export interface PromisedReading {
  ids: string[];
  concept: string | null;
  /** Set when the figure is read as a pledge of a pledge measure (verdicts.ts `checkable`). */
  measureModality?: 'target';
}

/**
 * Narrow `ids` by what the figure is: a pledge (the frame's modality, or a measure word that names
 * one — "het hervestigingsquotum lag op 750", which then sets the modality) keeps only the
 * pledge measures; a realised or provisional count drops them, unless nothing else is left.
 */
export function readPromised(frame: Pick<FrameN, 'modality' | 'measure'>, ids: string[], concept: string | null, concepts: Readonly<Record<string, ConceptInfo>>): PromisedReading {
  const isPromise = (id: string) => own(concepts, id)?.modality === 'target';
  const promised = ids.filter(isPromise);
  if (!promised.length) return { ids, concept };
  // (A pledge is for a time ahead: a period after the writing, or "will", reads a forecast, but
  // what a pledge measure's words count is still the pledge.)
  if ((frame.modality.value === 'realised' || frame.modality.value === 'forecast') && concept && isPromise(concept)) {
    frame.modality = { value: 'target', determined: true, words: frame.measure.words.slice(0, 1) };
  }
  if (frame.modality.value === 'target') {
    return { ids: promised, concept: concept && !promised.includes(concept) ? promised[0] : concept, measureModality: 'target' };
  }
  if (promised.length < ids.length && (frame.modality.value === 'realised' || frame.modality.value === 'provisional')) {
    return { ids: ids.filter((id) => !isPromise(id)), concept };
  }
  return { ids, concept };
}
