/**
 * Cues: the words in a sentence that can say what a number counts — the lexicon's terms (with
 * their concept) and its cue words (count nouns and verb phrases that name a measure without
 * being terms to mark, e.g. "vroegen … asiel aan"). Both come from data (lexicon.ts); this
 * file only puts them in reading order per sentence.
 */
import type { TermMatch } from '../terms';
import { partitionPoint } from '../../util/sorted';
import type { Span } from './structure';

export interface CueHit {
  /** Normalised offsets. */
  start: number;
  end: number;
  /** Candidate concepts, the most specific first. */
  concepts: string[];
  /** From a lexicon term (its concept is exact). */
  term: boolean;
}

/** First index in a sorted list of matches whose normalised end is after `pos`. */
export function firstEndingAfter(list: readonly TermMatch[], pos: number): number {
  return partitionPoint(list.length, (i) => list[i].nEnd <= pos);
}

/** Whether a term from index `k` on (sorted by start) begins before `end` and ends after it. */
function endsInsideTerm(inTerms: readonly CueHit[], k: number, end: number): boolean {
  for (let i = k; i < inTerms.length && inTerms[i].start < end; i++) if (inTerms[i].end > end) return true;
  return false;
}

/**
 * The cues of one sentence, sorted by start: every term match, and every cue-word match not
 * inside a term or ending inside one (at a term's start its concepts are added to the term's as
 * alternatives).
 */
export function cueHitsIn(s: Span, terms: readonly TermMatch[], cueWords: readonly TermMatch[]): CueHit[] {
  const hits: CueHit[] = [];
  const termAt = new Map<number, CueHit>();
  for (let k = firstEndingAfter(terms, s.start); k < terms.length && terms[k].nStart < s.end; k++) {
    const tm = terms[k];
    if (tm.nStart < s.start) continue;
    const h: CueHit = { start: tm.nStart, end: tm.nEnd, concepts: [tm.concept, ...(tm.also ?? [])], term: true };
    hits.push(h);
    termAt.set(h.start, h);
  }
  const inTerms = hits.slice();
  let k = 0;
  for (let q = firstEndingAfter(cueWords, s.start); q < cueWords.length && cueWords[q].nStart < s.end; q++) {
    const cw = cueWords[q];
    if (cw.nStart < s.start) continue;
    const ids = [cw.concept, ...(cw.also ?? [])];
    const th = termAt.get(cw.nStart);
    if (th) {
      th.concepts = [...th.concepts, ...ids.filter((id) => !th.concepts.includes(id))];
      if (cw.nEnd > th.end) th.end = cw.nEnd;
      continue;
    }
    while (k < inTerms.length && inTerms[k].end <= cw.nStart) k++;
    if (k < inTerms.length && inTerms[k].start < cw.nStart && cw.nStart < inTerms[k].end) continue;
    // Nor one that ends inside a term: its last words belong to a name ("… van de Immigratie- en
    // Naturalisatiedienst" is no "van de immigratie").
    if (endsInsideTerm(inTerms, k, cw.nEnd)) continue;
    hits.push({ start: cw.nStart, end: cw.nEnd, concepts: ids, term: false });
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}
