/**
 * A group counted as the people of one nationality: "82.000 vluchtelingen met de Oekraïense
 * nationaliteit" counts the people who fled Ukraine, a group of its own in the packs
 * (`nationalityOf`) whose count news means as the Ukrainians received (`countedAs`) — not
 * refugees of one nationality among all asylum applications, which Ukrainians under temporary
 * protection never filed.
 *
 * A text that opens by naming one such nationality and no other ("Gevluchte Oekraïense kinderen
 * …", "Een jaar Oekraïense vluchtelingen") speaks of that group: a bare count of the broader group
 * later on ("Op 1 november verbleven er 82 duizend vluchtelingen in Nederland") is that group
 * too, unless its sentence names another nationality. Both readings stand on a bare group count,
 * so they stay weak: they may agree with a fact, never accuse.
 */
import { own } from '../../util/hash';
import type { ConceptInfo } from '../lexicon';
import type { PlaceHit } from './places';
import type { Structure } from './structure';
import { STATE_NOUN_AFTER } from './subset';
import { LEFT_OUT } from './words';

/** True when words before `at` in its sentence leave out what stands at `at`. */
function leftOut(t: string, at: number): boolean {
  const before = t.slice(Math.max(0, at - 80), at);
  return LEFT_OUT.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1));
}

/** The group of `nationality` among the people `group` names, and the measure its count is read as. */
export function nationalGroup(concepts: Readonly<Record<string, ConceptInfo>>, group: string | null, nationality: string | undefined): { group: string; measure: string } | null {
  if (!group || !nationality) return null;
  const id = own(own(concepts, group)?.byNationality ?? {}, nationality);
  const measure = id ? own(concepts, id)?.countedAs : undefined;
  return id && measure ? { group: id, measure } : null;
}

/**
 * The one nationality the text's opening paragraph names as people (not a state's act or body,
 * "de Russische invasie"), if a group of it exists among the packs' groups; else null. A first
 * paragraph of one sentence (a caption, a headline) takes the next paragraph with it.
 */
export function openingNationality(st: Structure, t: string, places: readonly PlaceHit[], concepts: Readonly<Record<string, ConceptInfo>>): string | null {
  if (!st.sentences.length) return null;
  const firstPara = st.sentences[0].para;
  const oneSentence = st.sentences.length < 2 || st.sentences[1].para !== firstPara;
  const lastPara = oneSentence ? firstPara + 1 : firstPara;
  let end = 0;
  for (const s of st.sentences) if (s.para <= lastPara) end = s.end;
  const named = new Set<string>();
  for (const p of places) {
    if (p.start >= end) break;
    // ("Number doesn't include the 4 million Ukrainians …": a nationality left out is not the one spoken of.)
    if (p.nationality && !STATE_NOUN_AFTER.test(t.slice(p.end, p.end + 24)) && !leftOut(t, p.start)) named.add(p.nationality);
  }
  if (named.size !== 1) return null;
  const [n] = named;
  return Object.values(concepts).some((c) => c.byNationality && own(c.byNationality, n)) ? n : null;
}
