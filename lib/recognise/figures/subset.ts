/**
 * The population-subset slot: does the figure count everyone its measure counts, or a part —
 * a nationality ("12.640 Syriërs", "Syrische asielzoekers", "uit Eritrea"), a group that is a
 * part of a wider population (unaccompanied minors; children, women …), or a part of a total
 * the sentence names ("waarvan 580", "of whom 2,000", "580 van de 4.800")?
 *
 * A nationality and a group concept (a `group` concept narrower than another group, from the
 * packs) are named subsets: the figure is compared only with facts of that subset. Any other
 * restriction makes the subset `restricted`: nothing in the fact base can be known to count
 * the same part, so no verdict is given.
 */
import { own } from '../../util/hash';
import { cheapRegExp } from '../chars';
import type { ConceptInfo } from '../lexicon';
import type { CueHit } from './cues';
import type { PlaceHit } from './places';
import type { Span } from './structure';
import { countWords } from './structure';
import { PART_WORDS, SUBORDINATOR } from './words';

export interface Subset {
  nationality?: string;
  group?: string;
}

export interface SubsetReading {
  subset: Subset | null;
  /** The figure counts a part the engine cannot name: no verdict. */
  restricted: boolean;
  /**
   * "Een deel van hen vertrok zelfstandig (2450)": the part is the one the measure's own words
   * name, so it is the measure's count; but "hen" may be a part already, so it is read weakly
   * (it may agree, never accuse).
   */
  partByMeasure?: true;
  /**
   * "191.000 migranten kwamen naar Nederland": the people counted are a group that may leave out
   * part of what the measure counts (the pack's `partOf`): the whole or that part, read weakly
   * (it may agree, never accuse).
   */
  partByGroup?: true;
  words: Array<[number, number]>;
}

// Words that restrict a count to a part: before the number, in its clause.
const PART_BEFORE = cheapRegExp(new RegExp(`\\b(?:${PART_WORDS})\\b[^.;:]*$`, 'u'));
/**
 * "immigranten … die niet de Nederlandse nationaliteit bezaten", "terugkeerders met de
 * Nederlandse nationaliteit", "immigrants without Dutch citizenship": people told apart by a
 * country's nationality in words after the count are a part of it the facts do not count apart.
 */
const NATIONALITY_AFTER = /^[^.;:\d]{0,60}?\b(?:die|dat|who|that|with|without|met|zonder)\b[^.;:\d]{0,30}?\b(?:nationaliteit|nationality|citizenship|staatsburgerschap)\b/u;
// "580 van de 4.800", "2,000 of the 5,000": the figure is a part of the other number.
const PART_OF_NUMBER = cheapRegExp(/^\s+(?:van de|van het|van alle|of the|out of)\s+(?:[\p{L}]+\s+)?\d/u);
// Right before the whole a part is taken from: "1,1 van de (in totaal) 2,65 duizend", "out of a total of".
// ("Syrians accounted for more than half of the 1,204,300 applicants", "30 procent van de …": a share's whole too.)
const WHOLE_BEFORE = cheapRegExp(/(?:\d(?:\s*(?:%|procent|percent|per cent))?|\b(?:half|helft|third|thirds|derde|quarter|quarters|kwart|majority|meerderheid|merendeel))\s+(?:van de|van het|van alle|van deze|van die|of the|of all|of these|of those|out of(?: a total of)?|of a total of)\s+(?:in totaal\s+|totaal\s+|total\s+)?$/u);
// After a nationality adjective: what a state did or is, or a stretch of its land or sea ("the
// Italian coast"), not people counted.
export const STATE_NOUN_AFTER = /^\s+(?:invasie|inval|oorlog|aanval|agressie|bezetting|regering|overheid|autoriteiten|leger|grens|president|kust|eilanden|wateren|havens|grondgebied|invasion|war|attack|aggression|occupation|government|authorities|army|border|president|coast|coastline|islands|waters|ports|territory|soil)\b/;
// Counted nouns that name a part of a population (not a migration concept).
const GROUP_NOUN = cheapRegExp(
  /^\s+(?:[\p{L}-]+\s+)?(kinderen|minderjarigen|jongeren|tieners|baby'?s|vrouwen|mannen|meisjes|jongens|ouderen|gezinnen|children|minors|teenagers|youngsters|women|men|girls|boys|elderly|families)\b/u,
);

/** A number other than a year between a and b. */
function numberBetween(t: string, a: number, b: number): boolean {
  return /\d/.test(t.slice(a, b).replace(/\b(?:19|20)\d\d\b/g, ''));
}

export function readSubset(
  t: string,
  clause: Span,
  ns: number,
  ne: number,
  places: readonly PlaceHit[],
  cues: readonly CueHit[],
  concepts: Readonly<Record<string, ConceptInfo>>,
  /** The measure read and the cue words that named it: "Oekraïners" counting Ukrainians received is no subset. */
  measure: { concept: string | null; hits: readonly CueHit[] },
  /** Words between a subject and the count — an apposition, or the main clause a "with" clause elaborates: no distance. */
  aside?: [number, number],
): SubsetReading {
  // Only a term naming the measure's people, or a cue that is that one word ("27.842 mensen uit
  // Oekraïne" read as Ukrainians received), counts as its own; a cue phrase around the number
  // ("vroegen 860 Syriërs … asiel aan") does not swallow the nationality.
  // (So is a group's term the measure counts it as: "Oekraïense nieuwkomers" read as Ukrainians received.)
  const names = (h: CueHit) => !!measure.concept && h.concepts.some((c) => c === measure.concept || own(concepts, c)?.countedAs === measure.concept);
  const own_ = (a: number, b: number) => measure.hits.some((h) => (h.term || !/\s/.test(t.slice(h.start, h.end))) && h.start <= a && b <= h.end && names(h));
  // (A group's own term that may count a part of the measure, near the number in its clause.)
  const partOfMeasure = (h: CueHit) =>
    h.term && !!measure.concept && !!own(concepts, h.concepts[0])?.partOf?.includes(measure.concept) && h.start >= clause.start && h.end <= clause.end && (h.start >= ne ? countWords(t, ne, h.start) : countWords(t, h.end, ns)) <= 4;
  const partGroup = measure.hits.find(partOfMeasure) ?? cues.find(partOfMeasure);
  // (The country those people left, "Ukrainians who had to leave Ukraine", names them again.)
  const ownNationalities = new Set(places.filter((p) => p.nationality && own_(p.start, p.end)).map((p) => p.nationality));
  places = places.filter((p) => !own_(p.start, p.end) && !(p.origin && ownNationalities.has(p.nationality)));
  cues = cues.filter((h) => !own_(h.start, h.end));
  const words: Array<[number, number]> = [];
  const subset: Subset = {};
  let restricted = false;
  // "uit Syrië (1,1 van de in totaal 2,65 duizend)": the whole a part is taken from counts everyone.
  const whole = WHOLE_BEFORE.test(t.slice(Math.max(clause.start, ns - 40), ns));
  // A nationality in the clause, at most eight words from the number; not the adjective of
  // a state's act or body ("de Russische invasie", "the Turkish government").
  for (const p of places) {
    if (whole || !p.nationality || p.start < clause.start || p.end > clause.end) continue;
    if (STATE_NOUN_AFTER.test(t.slice(p.end, p.end + 24))) continue;
    // (Past a conjunction the nationality is another clause's: "a million applications, as Syrian refugees fled".)
    const clauseBetween = p.start >= ne ? SUBORDINATOR.exec(t.slice(ne, Math.min(clause.end, p.end + 30))) : null;
    if (clauseBetween && clauseBetween.index < p.start - ne) continue;
    // (Past another number it is that number's: "Van de in totaal 9.800 nareizigers kwamen er
    // 5100 uit Syrië" — the Syrians are the 5100, the whole counts everyone. A year is no such number.)
    // (Before the figure, a number between may be an old level or a list's: "from Syrians dropped by
    // 70% to 3,300" stays the Syrians'.)
    if (p.start >= ne && numberBetween(t, ne, p.start)) continue;
    const d = p.start >= ne ? countWords(t, ne, p.start) : countWords(t, p.end, ns) - (aside && p.end <= aside[1] ? countWords(t, Math.max(aside[0], p.end), aside[1]) : 0);
    if (d > 8) continue;
    if (subset.nationality && subset.nationality !== p.nationality) {
      restricted = true; // two nationalities: a sum or a comparison the fact base cannot match
      continue;
    }
    subset.nationality = p.nationality;
    words.push([p.start, p.end]);
  }
  // People from a region ("uit andere Europese landen"): a part the fact base does not count apart.
  // (Not the world, where everyone comes from: "people from the world's war-torn regions".)
  for (const p of places) {
    if (!p.origin || p.nationality || p.scope === 'world' || p.start < clause.start || p.end > clause.end) continue;
    restricted = true;
    words.push([p.start, p.end]);
  }
  // A group concept narrower than another group, in the clause, near the number.
  for (const h of cues) {
    if (!h.term || h.start < clause.start || h.end > clause.end) continue;
    const id = h.concepts.find((c) => Object.hasOwn(concepts, c) && concepts[c].subgroup);
    if (!id) continue;
    const d = h.start >= ne ? countWords(t, ne, h.start) : countWords(t, h.end, ns);
    if (d > 4) continue;
    subset.group = id;
    words.push([h.start, h.end]);
  }
  const g = GROUP_NOUN.exec(t.slice(ne, Math.min(clause.end, ne + 40)));
  if (g && !subset.group) {
    restricted = true;
    const a = ne + g.index + g[0].length - g[1].length;
    words.push([a, a + g[1].length]);
  }
  const before = t.slice(clause.start, ns);
  const p = PART_BEFORE.exec(before);
  let partByMeasure = false;
  if (p) {
    const from = clause.start + p.index;
    // (Also when the measure's words follow the number: "…, waarvan ca. 570 via klassieke
    // hervestiging" — the part is the one they name.)
    partByMeasure = !!measure.concept && measure.hits.some((h) => h.start > from && (h.end <= ns || (h.start >= ne && h.end <= clause.end)) && h.concepts.includes(measure.concept!));
    if (!subset.nationality && !subset.group && !partByMeasure) restricted = true;
    words.push([from, from + p[0].split(/\s/)[0].length]);
  }
  // (A country's: "without citizenship of an EU country" is what Eurostat's return measures count.)
  const nationality = subset.nationality ? null : NATIONALITY_AFTER.exec(t.slice(ne, ne + 120));
  const country = nationality && places.findLast((p) => p.scope === 'country' && p.start >= ne && p.end <= ne + nationality.index + nationality[0].length);
  if (country) {
    restricted = true;
    words.push([country.start, country.end]);
  }
  const of = PART_OF_NUMBER.exec(t.slice(ne, Math.min(clause.end, ne + 40)));
  if (of) {
    restricted = true;
    words.push([ne, ne + of[0].length]);
  }
  const named = subset.nationality || subset.group ? subset : null;
  if (partGroup && !restricted) words.push([partGroup.start, partGroup.end]);
  return { subset: named, restricted, words, ...(partByMeasure && !restricted ? { partByMeasure: true as const } : {}), ...(partGroup && !restricted ? { partByGroup: true as const } : {}) };
}
