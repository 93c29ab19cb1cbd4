/**
 * How long something takes, as a figure: "het duurt 17 weken tot het eerste gesprek", "doet
 * gemiddeld een jaar over een asielzaak, tegenover 36 weken begin dit jaar", "housing within 14
 * weeks". A number of days, weeks, months or years is otherwise never a figure (it says how
 * long, not how many), so one is read as a duration only when all of these hold:
 * 1. its sentence frames it as how long something takes, lasts or may take (ordinary language,
 *    below: "duurt", "doet … over", "wachten", "binnen", "takes", "within", "on average"), or
 *    it is joined by "en/and" or "tegenover/compared with" to a duration that is;
 * 2. a word of the sentence says what takes that long: a `durationCues` form of a concept in
 *    the data ("aanvraag", "huisvesting"), which is also what the figure measures;
 * 3. it is not a threshold ("langer dan 15 maanden" qualifies a count of people), a change of
 *    a term ("van 6 naar 15 maanden"), an age, or part of a mention of time ("de eerste negen
 *    maanden", which period.ts reads).
 * Pure: the caller gives the normalised text and the words found in it.
 */
import type { Unit } from '../types';
import type { CueHit } from './cues';

/** Time words after a number, normalised, → the unit of the duration. */
const UNIT_OF: ReadonlyMap<string, Unit> = new Map([
  ...['dag', 'dagen', 'day', 'days'].map((w) => [w, 'days'] as const),
  ...['week', 'weken', 'weeks'].map((w) => [w, 'weeks'] as const),
  ...['maand', 'maanden', 'month', 'months'].map((w) => [w, 'months'] as const),
  ...['jaar', 'jaren', 'year', 'years'].map((w) => [w, 'years'] as const),
]);

/** The duration unit a number's next word names, if it names one. */
export function durationUnit(nextWord: string | undefined): Unit | null {
  return (nextWord && UNIT_OF.get(nextWord)) || null;
}

/** A unit of time: the figure says how long, not how many. */
export function isDurationUnit(unit: Unit): boolean {
  return unit === 'days' || unit === 'weeks' || unit === 'months' || unit === 'years';
}

/** Words that frame a duration as how long something takes (before the number, in its sentence). */
const TAKES = /\b(?:duurt|duurde|duren|duurden|doet|deed|doen|deden|wacht|wachten|wachtte|wachtten|gewacht|wachttijd|wachttijden|doorlooptijd|behandeltijd|beslistermijn|takes?|took|taking|lasts?|lasted|waits?|waited|waiting time|processing time)\b/;
/** Right before the number, words that frame it as how long: "gemiddeld 17 weken", "binnen 14 weken", "within 14 weeks". */
const FRAME_BEFORE = /\b(?:gemiddeld|gemiddelde van|binnen|within|average of|on average)\s*$/;
/** Right before the number, words that leave the frame to the sentence ("nu 17 weken"). */
const NEUTRAL_BEFORE = /\b(?:nu|now|inmiddels|ongeveer|bijna|ruim|circa|about|around|nearly|almost)\s*$/;
/** Right before the number, a threshold, a span or a change of a term ("van 6 naar 15 maanden"), not a measured duration. */
const NOT_MEASURED = /\b(?:(?:langer|korter|meer|minder|ouder|jonger|longer|shorter|more|less|older|younger) (?:dan|than)|over|under|onder|na|after|in|sinds|since|voor|for|van|from|naar|to|tot|up to|per|elke|iedere|every|each|afgelopen|past|last|komende|next|coming|eerste|first|laatste)\s*$/;
/** After the time word: an age ("18 jaar oud") or a time counted back or on ("twee jaar eerder", "a year ago"). */
const NOT_A_LENGTH_AFTER = /^\s*(?:oud|old|of age|jong|eerder|geleden|later|terug|daarvoor|ervoor|daarna|earlier|ago|before|previously|on)\b/;
/** Right before the number: a term to be met ("binnen zes maanden", "within six months"). */
const WITHIN_BEFORE = /\b(?:binnen|within)\s*$/;
/** Opening the number's clause: a condition ("als", "wanneer", "indien", "if", "unless"). */
const CONDITION_BEFORE = /\b(?:als|wanneer|indien|tenzij|if|unless)\b[^,;:.]*$/;
/** Joined to a duration before it: "17 weken … en daarna bijna twee jaar", "een jaar, tegenover 36 weken". */
const JOINED = /\b(?:en|and|daarna|then|tegenover|vergeleken met|compared with|compared to|against|versus|vs)\s*(?:daarna\s*)?(?:\S+\s+){0,2}$/;

export interface DurationInput {
  /** The normalised text, the number's span in it and its sentence. */
  t: string;
  ns: number;
  ne: number;
  sentence: { start: number; end: number };
  /** Duration cue words of the sentence (data: `durationCues`), in reading order. */
  cues: readonly CueHit[];
  /** The durations already read as figures in this sentence (their spans). */
  earlier: readonly [number, number][];
}

/** The cue word that says what takes this long, when the number is a duration figure; else null. */
export function durationCue(d: DurationInput): CueHit | null {
  const { t, ns, ne, sentence } = d;
  if (!d.cues.length) return null;
  const before = t.slice(sentence.start, ns);
  const near = before.slice(-40);
  if (!FRAME_BEFORE.test(near) && !NEUTRAL_BEFORE.test(near) && NOT_MEASURED.test(near)) return null;
  if (NOT_A_LENGTH_AFTER.test(t.slice(ne, ne + 40).replace(/^\s*\S+/, ''))) return null;
  const framed = TAKES.test(before) || FRAME_BEFORE.test(near) || (d.earlier.some(([, e]) => e <= ns) && JOINED.test(near));
  if (!framed) return null;
  // ("Als de dienst niet binnen een half jaar heeft beslist, …", "if no decision comes within six
  // months": a term in a condition is a rule's, not a time anything took.)
  if (WITHIN_BEFORE.test(near) && !TAKES.test(before) && CONDITION_BEFORE.test(before)) return null;
  // What takes that long: the nearest cue word of the sentence.
  let best: CueHit | null = null;
  let bestDistance = Infinity;
  for (const h of d.cues) {
    if (h.start < sentence.start || h.end > sentence.end) continue;
    const distance = h.end <= ns ? ns - h.end : h.start - ne;
    if (distance >= 0 && distance < bestDistance) {
      best = h;
      bestDistance = distance;
    }
  }
  return best;
}
