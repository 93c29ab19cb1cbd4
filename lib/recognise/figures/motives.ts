/**
 * Immigration told by motive. Statistics of why migrants come (work, family, study, asylum) are
 * kept of immigrants without the country's nationality: its own nationals coming home have no
 * motive recorded. A text that breaks its immigrants down by motive may give that smaller total
 * under the plain word "immigrants" (some 190 thousand "immigranten" of 2018 in a piece on why
 * people came, where all immigration was near 244 thousand), so its immigration figures are read
 * weakly: they may agree, never accuse. Measures a group may be a part of (the pack's `partOf`)
 * are the ones affected.
 */
import type { ConceptInfo } from '../lexicon';

/** Words that name the motive statistics themselves ("de voornaamste reden om naar ons land te komen"). */
const MOTIVE_NOUN = /(?:^|[^\p{L}])(?:beweegreden|migratiemotie[fv]|migratiemotieven|migration motives?|motives? for migrat|reasons? for migrat|reden(?:en)? om (?:naar|in) \p{L}+(?: \p{L}+)? te komen|reasons? (?:for coming|to come) to)/u;

/** One class of motive each: work, family, study. */
const MOTIVE_CLASSES: readonly RegExp[] = [
  /(?:^|[^\p{L}])(?:om te werken|voor (?:werk|arbeid)|op zoek naar werk|arbeidsmigra\p{L}*|to work\b|for work\b|in search of work|labou?r migra\p{L}*|work migra\p{L}*)/u,
  /(?:^|[^\p{L}])(?:voor (?:hun|het|een) gezin|gezinsmigra\p{L}*|gezinsvorming|family migra\p{L}*|to join (?:their )?famil\p{L}*|for family reasons)/u,
  /(?:^|[^\p{L}])(?:om te studeren|voor (?:hun |een )?studie|studiemigra\p{L}*|to study\b|student migra\p{L}*|for study\b)/u,
];

/** The text tells immigration by motive: names the motive statistics, or two classes of motive. */
export function toldByMotive(t: string): boolean {
  if (MOTIVE_NOUN.test(t)) return true;
  let n = 0;
  for (const re of MOTIVE_CLASSES) if (re.test(t) && ++n >= 2) return true;
  return false;
}

const wholesByLexicon = new WeakMap<object, ReadonlySet<string>>();

/** The measures some group may count a part of (the pack's `partOf`): fixed per lexicon, so built once for it. */
export function measuresWithParts(concepts: Readonly<Record<string, ConceptInfo>>): ReadonlySet<string> {
  let wholes = wholesByLexicon.get(concepts);
  if (!wholes) wholesByLexicon.set(concepts, (wholes = new Set(Object.values(concepts).flatMap((c) => c.partOf ?? []))));
  return wholes;
}
