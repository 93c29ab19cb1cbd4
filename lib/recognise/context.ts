/**
 * Is this text about migration, and may a context-only term stand here?
 *
 * Some surface forms are migration words only in context ("opvang" is also child care,
 * "instroom" also pupils, "terugkeer" a footballer's return): packs list them as
 * `contextTerms`, and cue words that are ordinary words elsewhere ("vertrokken", "were housed")
 * as `contextCues`. Everything else a pack lists — `terms` and `cues` ("vroegen … asiel aan") —
 * is unambiguous, and so is evidence that a text speaks of migration (an anchor).
 *
 * - Page gate: a text is about migration when it has at least three anchors, or at least one
 *   per 200 words (so a sentence or a caption needs one; each other concept named by context words
 *   beside it counts half), or, without any, context words of five different concepts, one per 25
 *   words (a short item). On a text that is not
 *   about migration, no figure is flagged and only unambiguous terms are marked.
 * - Context terms stand only on a migration text, with an anchor within WINDOW characters.
 */
import type { TermMatch } from './terms';
import { lowerBound } from '../util/sorted';

export const WINDOW = 800;

export function aboutMigration(text: string, terms: readonly TermMatch[], cues: readonly TermMatch[]): boolean {
  // A word that is both a term and a cue counts once.
  const anchors = new Set([...terms, ...cues].filter((m) => !m.context).map((m) => m.nStart)).size;
  if (anchors >= 3) return true;
  if (anchors === 0) return manyContextWords(text, terms, cues);
  // (Context words of other concepts beside an anchor count half an anchor each: "migratiesaldo"
  // once in a short item on CBS figures that also names migrants, emigration and integration.)
  const beside = new Set([...terms, ...cues].filter((m) => m.context).map((m) => m.concept)).size;
  const weight = anchors + beside / 2;
  return weight * 200 >= wordCount(text, Math.ceil(200 * weight));
}

/** How many different migration concepts, named only by context words, make a short text about migration. */
const CONTEXT_CONCEPTS = 5;

/**
 * A short text without an unambiguous word that names several different migration concepts by
 * context words ("population growth … due to migration … Statistics Netherlands … leaving the
 * Netherlands"): one such word may be another field's, five different ones in a few sentences are
 * not — at least one per 25 words.
 */
function manyContextWords(text: string, terms: readonly TermMatch[], cues: readonly TermMatch[]): boolean {
  const concepts = new Set([...terms, ...cues].map((m) => m.concept)).size;
  return concepts >= CONTEXT_CONCEPTS && concepts * 25 >= wordCount(text, 25 * concepts);
}

/** Words in the text, counting stops once past `limit`. */
function wordCount(text: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The terms that stand: unambiguous ones always, context terms only near an anchor on a migration text. */
export function gateTerms(terms: TermMatch[], cues: readonly TermMatch[], migration: boolean): TermMatch[] {
  if (!terms.some((m) => m.context)) return terms;
  if (!migration) return terms.filter((m) => !m.context);
  const anchors = [...terms.filter((m) => !m.context), ...cues.filter((m) => !m.context)].map((m) => m.nStart).sort((a, b) => a - b);
  return terms.filter((m) => {
    if (!m.context) return true;
    const lo = lowerBound(anchors, m.nStart);
    const near = (k: number) => k >= 0 && k < anchors.length && Math.abs(anchors[k] - m.nStart) <= WINDOW;
    return near(lo) || near(lo - 1);
  });
}
