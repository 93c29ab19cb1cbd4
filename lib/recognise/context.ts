/**
 * Is this text about migration, and may a context-only term stand here?
 *
 * Some surface forms are migration words only in context ("opvang" is also child care,
 * "instroom" also pupils, "terugkeer" a footballer's return): packs list them as
 * `contextTerms`. Everything else a pack lists as `terms` is unambiguous, and so is evidence
 * that a text speaks of migration (an anchor); cue words ("vroegen … asiel aan") are half
 * evidence, since some are ordinary verbs ("vertrokken").
 *
 * - Page gate: a text is about migration when it has at least three anchors, at least one per
 *   200 words, or — a short text of at most 120 words — any. On a text that is not, no figure
 *   is flagged and only unambiguous terms are marked.
 * - Context terms stand only on a migration text, with an anchor within WINDOW characters.
 */
import type { TermMatch } from './terms';

export const WINDOW = 800;

export function aboutMigration(text: string, terms: readonly TermMatch[], cues: readonly TermMatch[]): boolean {
  const anchors = terms.filter((m) => !m.context).length + cues.length / 2;
  if (anchors === 0) return false;
  const words = (text.match(/\S+/g) ?? []).length;
  return anchors >= 3 || anchors * 200 >= words || words <= 120;
}

/** The terms that stand: unambiguous ones always, context terms only near an anchor on a migration text. */
export function gateTerms(terms: TermMatch[], cues: readonly TermMatch[], migration: boolean): TermMatch[] {
  if (!terms.some((m) => m.context)) return terms;
  if (!migration) return terms.filter((m) => !m.context);
  const anchors = [...terms.filter((m) => !m.context), ...cues].map((m) => m.nStart).sort((a, b) => a - b);
  return terms.filter((m) => {
    if (!m.context) return true;
    let lo = 0;
    let hi = anchors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[mid] < m.nStart) lo = mid + 1;
      else hi = mid;
    }
    const near = (k: number) => k >= 0 && k < anchors.length && Math.abs(anchors[k] - m.nStart) <= WINDOW;
    return near(lo) || near(lo - 1);
  });
}
