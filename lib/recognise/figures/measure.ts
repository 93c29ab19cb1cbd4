/**
 * Which numbers are migration figures, and what they count (the measure slot).
 *
 * A number is a migration figure when a cue (cues.ts: a lexicon term or cue word) governs it:
 *  1. a cue within the next three words, with no punctuation between ("38.000 eerste
 *     asielaanvragen", "500 vluchtelingen") — the strongest link;
 *  2. "het aantal <cue> … N" / "the number of <cue> … N";
 *  3. otherwise a noun right after the number that counts something else ("37 zetels", "200
 *     agenten") makes it no migration figure; an unknown word right after the number (probably
 *     its counted noun) needs a cue in the same clause at most six words away; a generic noun
 *     (mensen, aanvragen, people), a verb or punctuation after the number lets a cue in the
 *     same clause, or in the sentence at most twelve words away, govern it.
 *  Money always needs a cue in its own clause: a price is not a migration figure.
 *
 * The measure: the governing cue's concept when it is a metric; else a metric cue later in
 * the clause ("47.000 migranten zijn vrijwillig teruggekeerd": the event says what is
 * counted), else the nearest metric cue in the clause. A percentage whose measure is one a
 * rate concept is a `shareOf` is that rate ("40 procent vertrekt daadwerkelijk" is the return
 * rate). Organisations are cues of last resort ("de IND kreeg 4.435 aanvragen" counts
 * applications, not the IND). A member of a list of groups counts all of them (unionOf); a
 * group that names no measure may stand for one (the pack's `countedAs`), read weakly.
 */
import { own } from '../../util/hash';
import { isUpperCaseAt, startsWithLetter } from '../chars';
import type { ConceptInfo } from '../lexicon';
import type { Lang, NumberMatch } from '../types';
import type { CueHit } from './cues';
import { countWords, type Span, type Word } from './structure';
import { BLOCK, LEFT_OUT, PLACES_COUNTED, CHANGE_VERB_CUE, CLAUSE_COUNTED_SUBJECT, COUNT_NOUN_WORD, COUNTED_SUBJECT, FUNCTION, GENERIC, NUMBER_ANAPHOR, OPENING_CREDIT, PART_WORDS, REQUEST_NOUNS } from './words';
import { cheapRegExp } from '../chars';

export interface MeasureReading {
  concept: string | null;
  governing: CueHit;
  /** Governed directly (rule 1 or 2): strong enough to accuse a figure of being wrong. */
  strong: boolean;
  words: Array<[number, number]>;
}

// "het aantal asielaanvragen … 38.000", "the number of refugees … 38,000"
const AANTAL_WORDS = ['aantal', 'number of', 'total of', 'totaal', 'percentage', 'share of', 'aandeel'];
const AANTAL_HEAD_RE = cheapRegExp(/(?:aantal|number of|total of|totaal aan|totaal van|percentage|share of|aandeel)\s+([\p{L}' -]{0,40})$/u);
const AANTAL_VERB_RE = cheapRegExp(
  /(?:aantal|number of|percentage|share of|aandeel)\s+([\p{L}\p{N}' -]{0,60})\b(?:is|was|waren|zijn|steeg|stijgt|daalde|daalt|groeide|nam|rose|fell|increased|decreased|grew|dropped|declined|climbed|reached|bereikte|kwam|lag|ligt|stood|totalled|bedroeg|bedraagt)\b[^.;:]{0,40}$/u,
);

/** A part opened after the figure: ", waarvan 87 duizend", ", van wie een groot deel", ", of whom some 900". */
const PART_AFTER = new RegExp(`[,;]\\s*(?:${PART_WORDS})\\s`, 'u');

/** Quotation marks, which may stand around a counted noun. */
const QUOTE_MARKS = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb']);

/** Words that start another clause or item: a cue after them governs something else. */
const CONJUNCTIONS = new Set(['en', 'maar', 'terwijl', 'dan', 'and', 'or', 'but', 'while', 'than', 'whereas']);

/** A clause that gives a total only: ", totalling", ", bringing the total to", ", in totaal". */
const TOTAL_OF_SUBJECT = /^\s*(?:totall?ing|totall?ed|bringing (?:the|its|their) (?:total|number) to|to a total of|for a total of|in totaal|tot een totaal van|samen)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|about|nearly|almost|some|over|more than|meer dan)\s+)?$/;

/** A whole spoken of without saying what it counts, before the number in its clause: "overall numbers", "the total", "het totaal" (not "the total of …"). */
const OVERALL_ANAPHOR =
  /(?:^|\s)(?:(?:the\s+)?(?:overall|total)\s+(?:numbers?|figures?|tally|count)|the\s+(?:overall\s+)?total|het\s+(?:totaal|totaalaantal|totale\s+aantal)|de\s+totale\s+aantallen)(?!\s+(?:of|van|aan)\b)[^;:()]{0,60}$/;

const COPULA_BEFORE = cheapRegExp(
  /\b(?:is|was|zijn|waren|bedroeg|bedraagt|lag op|ligt op|(?:kwam|komt)(?: in [\p{L}\p{N} ]{1,20}| daarmee| dus| daardoor| zo| hiermee| uiteindelijk)? (?:uit )?op|uitkwam op|uitkomt op|uitgekomen op|stood at|reached|totalled|totaled|amounted to|came to|were|are)(?:\s+(?:volgens|according to) (?:(?:de|het|the) )?[\p{L}.'-]+(?: [\p{L}.'-]+)?)?(?:\s+(?:nu|now|momenteel|currently|inmiddels))?(?:\s+(?:(?:in|over|for) [\p{L}\p{N} ]{1,20}|(?:vorig|afgelopen|dit|last|this) (?:jaar|year)))?\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|about|nearly|almost|some|over|more than|meer dan|less than|minder dan)\s+)?$/u,
);

/** "twee keer zoveel", "three times as many": a ratio of two counts, not a count of times. */
export function isRatio(after: Word[]): boolean {
  const [a, b, c] = after.map((w) => w.w);
  return ((a === 'keer' || a === 'maal') && (b === 'zoveel' || b === 'zo' || b === 'meer' || b === 'minder')) || (a === 'times' && (b === 'as' || b === 'more' || b === 'fewer') && c !== undefined);
}

const isMetric = (concepts: Readonly<Record<string, ConceptInfo>>, id: string | null | undefined) => !!id && !!own(concepts, id)?.measure;
/** An organisation: who counts or reports, never what is counted. */
export const isOrganisation = (concepts: Readonly<Record<string, ConceptInfo>>, id: string | null | undefined) => !!id && own(concepts, id)?.kind === 'organisation';

export function conceptOf(h: CueHit | null, concepts: Readonly<Record<string, ConceptInfo>>): string | null {
  if (!h) return null;
  // A term's own concept first; a metric among the candidates wins over a policy or group.
  const ids = h.term ? [h.concepts[0], ...h.concepts.slice(1).filter((c) => own(concepts, c))] : h.concepts.filter((c) => own(concepts, c));
  return ids.find((c) => isMetric(concepts, c)) ?? ids[0] ?? null;
}

// "vreemdelingen zonder verblijfsvergunning", "people without a permit": not what is counted.
const NEGATED = cheapRegExp(/(?:^|[^\p{L}])(?:zonder|without|geen|no|niet|not)\s+(?:een\s+|a\s+|an\s+)?$/u);

/** A cue named as what the counted people do not have or did not do. */
export function negated(t: string, h: CueHit): boolean {
  return NEGATED.test(t.slice(Math.max(0, h.start - 14), h.start));
}

// "via het nationale quotum hervestigd", "under the EU-Turkey statement": how, not what.
const MEANS = cheapRegExp(/(?:^|[^\p{L}])(?:via|door|onder|volgens|binnen|under|through|within|according to|in het kader van|as part of)\s+(?:[\p{L}-]+\s+){0,2}$/u);

/** A cue inside a phrase that says how or by what something happened. */
function means(t: string, h: CueHit): boolean {
  return MEANS.test(t.slice(Math.max(0, h.start - 36), h.start));
}

/** Whether `narrow` lies below `broad` in the metrics' broader relations. */
function isNarrower(concepts: Readonly<Record<string, ConceptInfo>>, narrow: string, broad: string, depth = 0): boolean {
  const up = own(concepts, narrow)?.broader ?? [];
  return up.includes(broad) || (depth < 4 && up.some((b) => isNarrower(concepts, b, broad, depth + 1)));
}

/**
 * The first cue of a metric within six words after `after` and ending by `upTo`, not negated, whose
 * measure `accept` takes. (A counting rule stands for the measure it refines: "awaiting a
 * first-instance decision" is EUAA's count of the backlog.)
 */
function metricAfter(g: GoverningInput, after: CueHit, upTo: number, accept: (measure: string) => boolean): CueHit | undefined {
  return g.cues.find((h) => {
    if (h.start < after.end || h.end > upTo || countWords(g.t, after.end, h.start) > 6 || negated(g.t, h)) return false;
    const id = conceptOf(h, g.concepts);
    return !!id && isMetric(g.concepts, id) && accept(own(g.concepts, id)?.refines ?? id);
  });
}

/**
 * "about 630,000 asylum application decisions in 2023": in an English noun compound the last noun
 * is what is counted, and a measure's term before it only says of what. The head: a cue of another
 * measure right after `c`, a plural noun (not a verb: "1.1 million asylum applications received").
 */
function compoundHead(g: GoverningInput, c: CueHit): CueHit | undefined {
  if (g.lang !== 'en') return undefined;
  const d = g.cues.find((h) => h.start > c.end && h.start - c.end <= 2 && /^\s+$/.test(g.t.slice(c.end, h.start)));
  if (!d) return undefined;
  // (Its first word: "decisions were taken" is one cue.)
  const word = /^\S+/.exec(g.t.slice(d.start, d.end))?.[0] ?? '';
  const id = conceptOf(d, g.concepts);
  if (!id || id === conceptOf(c, g.concepts) || !isMetric(g.concepts, id)) return undefined;
  return /s$/.test(word) && !CHANGE_VERB_CUE.test(word) ? d : undefined;
}

/** A cue of a measure narrower than the generic noun `c`'s, after it in its clause. */
function narrowerAfter(g: GoverningInput, c: CueHit): CueHit | undefined {
  const broad = conceptOf(c, g.concepts);
  return broad ? metricAfter(g, c, g.clause.end, (measure) => isNarrower(g.concepts, measure, broad)) : undefined;
}

/** Between a request noun and what it asks for: "tot", "voor", "in het kader van", "for". */
const ASKED_FOR = cheapRegExp(/^\s+(?:tot|voor|in het kader van|for)\s+(?:(?:de|het|een|the|a|an)\s+)?$/u);

/**
 * "9.400 verzoeken tot gezinshereniging" (or "in het kader van" it), "requests for family reunification":
 * a request noun is an asylum word only in a text about asylum; the measure named right after
 * "for" says which requests these are (read weakly, as the noun's own reading would be).
 */
function askedFor(g: GoverningInput, c: CueHit): CueHit | undefined {
  if (!REQUEST_NOUNS.has(g.t.slice(c.start, c.end).toLowerCase())) return undefined;
  const noun = conceptOf(c, g.concepts);
  return g.cues.find((h) => {
    if (h.start < c.end || h.end > g.clause.end || !ASKED_FOR.test(g.t.slice(c.end, h.start))) return false;
    const id = conceptOf(h, g.concepts);
    return !!id && id !== noun && isMetric(g.concepts, id) && !isOrganisation(g.concepts, id);
  });
}

function nearest(hits: CueHit[], ns: number): CueHit | null {
  let best: CueHit | null = null;
  let bd = Infinity;
  for (const h of hits) {
    const d = h.start >= ns ? h.start - ns : ns - h.end;
    if (d < bd) {
      bd = d;
      best = h;
    }
  }
  return best;
}

function pickCue(pool: CueHit[], ns: number, clause: Span, concepts: Readonly<Record<string, ConceptInfo>>): CueHit {
  // Score: distance, with a bonus for same clause, following the number, and metric concepts.
  let best = pool[0];
  let bs = Infinity;
  for (const h of pool) {
    let d = h.start >= ns ? h.start - ns : (ns - h.end) * 1.2;
    if (h.start < clause.start || h.end > clause.end) d += 60;
    const c = conceptOf(h, concepts);
    if (isMetric(concepts, c)) d *= 0.6;
    if (isOrganisation(concepts, c)) d = d * 3 + 80;
    if (d < bs) {
      bs = d;
      best = h;
    }
  }
  return best;
}

export interface GoverningInput {
  t: string;
  orig: string;
  /** Maps normalised offsets to original ones. */
  map: Uint32Array;
  num: NumberMatch;
  ns: number;
  ne: number;
  clause: Span;
  cues: CueHit[];
  after: Word[];
  concepts: Readonly<Record<string, ConceptInfo>>;
  /** The figure's sentence (its opening subject may say what a later clause counts). */
  sentence?: Span;
  /** The text's language ("of" joins a Dutch list, never an English one). */
  lang?: Lang;
  /** The cues of the sentence before (what "the latter" at a sentence's opening points at). */
  cuesBefore?: () => CueHit[];
}

/** Words that point back at a kind of thing: "zo'n soort verzoek", "zulke aanvragen", "such requests". */
const SAME_KIND_WORDS = new Set(["zo'n", 'soort', 'zulke', 'dergelijke', 'such']);

/** After a time word: it counts back or on from the figure's time ("een jaar eerder", "a year ago"). */
const COUNTED_BACK = new Set(['eerder', 'geleden', 'daarvoor', 'ervoor', 'later', 'daarna', 'earlier', 'ago', 'before', 'previously']);

/** Before a time word: it names a time ("73,000 last year", "38.000 vorig jaar"), not what is counted. */
const DEICTIC = new Set(['last', 'this', 'next', 'that', 'previous', 'vorig', 'vorige', 'dit', 'deze', 'dat', 'volgend', 'volgende', 'afgelopen', 'komend', 'komende', 'hetzelfde', 'dezelfde', 'same']);

const COMPARISON_OR_SPAN = new Set(['meer', 'minder', 'dan', 'more', 'less', 'fewer', 'than', 'in', 'binnen', 'within', 'sinds', 'since', 'over']);

export type Governing = { hit: CueHit; strong: boolean } | { hit: null; blocked: boolean; generic: boolean };

/** The cue that makes the number a migration figure (rules 1–3), or why there is none. */
export function governingCue(g: GoverningInput): Governing {
  const { t, ns, ne, clause, cues, num } = g;
  // ("… toen dit er nog 58.900 waren', zo meldt de IND": a closing quote glued to the word after
  // the number is no part of it.)
  const quoted = (w: Word) => w.w.length > 1 && w.w.endsWith("'");
  const after = g.after.some(quoted) ? g.after.map((w) => (quoted(w) ? { ...w, w: w.w.replace(/'+$/, '') } : w)) : g.after;
  // 0. in brackets right after its cue: "immigreerden (79.000)", "Eritrea (ruim 2300)"
  if (t[ns - 1] === '(') {
    let e = ns - 1;
    while (e > 0 && t[e - 1] === ' ') e--;
    const c = cues.find((h) => h.end === e);
    if (c) return { hit: groupBefore(g, c) ?? c, strong: true };
  }
  // 0b. "decisions were taken on 12,000 first asylum applications", "besliste op 12.000
  //     aanvragen": what a body decided on is counted as its decisions, not as applications
  //     received (not "moest nog beslissen op 20.400 aanvragen": those await a decision).
  const onTail = t.slice(Math.max(clause.start, ns - 60), ns);
  const on = DECIDED_ON.exec(onTail);
  const onAt = on ? ns - onTail.length + on.index : -1;
  const decided = on ? cues.find((h) => h.start <= onAt && onAt < h.end && h.end <= ns && isMetric(g.concepts, conceptOf(h, g.concepts))) : undefined;
  if (decided && !STILL_TO.test(t.slice(Math.max(clause.start, decided.start - 24), decided.start))) return { hit: decided, strong: true };
  // 1. a cue within the next three words, no punctuation or conjunction in between; a cue
  //    starting at one of them first, one that only spans them ("kwamen … naar Nederland"
  //    around "11.000 van deze nareizigers") after.
  const next: Word[] = [];
  for (let k = 0, n = 0; k < after.length && n < 3; k++) {
    const w = after[k];
    // ("13.845 'nareizigers'": a quoted noun is still the number's noun.)
    if (QUOTE_MARKS.has(w.w)) continue;
    if ((!startsWithLetter(w.w) && !/^\d/.test(w.w)) || CONJUNCTIONS.has(w.w)) break;
    next.push(w);
    // ("14.176 mensen zo'n soort verzoek": words that say "of that kind" do not count.)
    if (!SAME_KIND_WORDS.has(w.w)) n++;
  }
  for (const w of next) {
    const c = cues.find((h) => h.start === w.start);
    if (!c) continue;
    // (The head of an English noun compound is what is counted, weakly: it is read, not stated.)
    const compound = compoundHead(g, c);
    if (compound) return { hit: compound, strong: false };
    // ("Het migratiesaldo … ligt nu boven de 100.000 mensen": a generic noun after the value
    // of a measure the clause names as its subject counts that measure.)
    const subject = subjectOverGeneric(g, c) ?? (!c.term && GENERIC.has(t.slice(c.start, c.end)) ? copulaSubject(g, t.slice(clause.start, ns)) : undefined);
    if (subject) return { hit: subject, strong: true };
    // ("some 800,000 applications not yet decided at first instance": the words after a
    // generic noun that name a narrower measure of it say which part is counted — weakly.)
    const narrower = GENERIC.has(t.slice(c.start, c.end)) ? (narrowerAfter(g, c) ?? askedFor(g, c)) : undefined;
    if (narrower) return { hit: narrower, strong: false };
    // A generic noun that is only a context cue ("50,000 applications were processed digitally")
    // says what is counted as far as its text is about asylum: read weakly, it may agree, never accuse.
    return { hit: c, strong: c.term || !GENERIC.has(t.slice(c.start, c.end)) };
  }
  for (const w of next) {
    const c = cues.find((h) => h.start < w.start && w.start < h.end);
    if (c) return { hit: c, strong: true };
  }
  const head = t.slice(clause.start, ns);
  // 2e. "er vertrokken ook mensen naar het buitenland en dat aantal bedroeg volgens het CBS 170.000":
  //     "dat aantal" / "that number" points back at what the sentence counted before it, not at
  //     the words after it (an organisation there only says who counted).
  // (The anaphor stands in the last words before the number: a bounded look-back.)
  const tail = head.slice(-100);
  const anaphor = NUMBER_ANAPHOR.exec(tail);
  if (anaphor) {
    const at = ns - tail.length + anaphor.index;
    const from = g.sentence?.start ?? clause.start;
    // ("en dat aantal asielzoekers steeg tot …" names its own measure.)
    const named = cues.some((h) => h.start >= at && h.end <= ns && !isOrganisation(g.concepts, conceptOf(h, g.concepts)));
    // ("Net migration (arrivals less departures) stayed below zero for years, i.e. more people left
    // than came; by 2019 this figure …": a word of a gloss explains the subject; it is not it.)
    const c = named ? undefined : [...cues].reverse().find((h) => h.end <= at && h.start >= from && isMetric(g.concepts, conceptOf(h, g.concepts)) && !negated(t, h) && !inGloss(t, from, h.start));
    if (c) return { hit: c, strong: false };
  }
  // 2. "het aantal asielaanvragen … 38.000"
  if (AANTAL_WORDS.some((w) => head.includes(w))) {
    const m = AANTAL_HEAD_RE.exec(head) ?? AANTAL_VERB_RE.exec(head);
    if (m) {
      const from = clause.start + m.index;
      const c = cues.find((h) => h.start >= from && h.end <= ns);
      if (c) return { hit: definedBy(g, c, ns) ?? c, strong: true };
    }
  }
  // 2b. "<cue> … was 45,000": the measure is the subject and the number its value (copulaSubject).
  const subject = copulaSubject(g, head);
  if (subject) return { hit: subject, strong: true };
  // 2c. "The number of family reunification applications, in which …, increased by 14 percent to
  //     3,700": a clause that names no measure by a term of its own counts the subject the
  //     sentence opens with.
  if (g.sentence && g.sentence.start < clause.start && !cues.some((h) => h.term && h.start >= clause.start && h.end <= clause.end)) {
    // ("…, terwijl het aantal nareizende gezinsleden toenam; van 9.100 naar 12.300": a later
    // clause's own subject is nearer than the opening one; one the vocabulary does not know
    // leaves the measure to the weak rules below.)
    // (A term may run past the subject's first words: "the number of files still
    // awaiting a first-instance decision".)
    const later = laterCountedSubject(g, clause.start);
    if (later) {
      const c = cues.find((h) => h.start >= later[0] && h.start < later[1] && h.end <= clause.start);
      if (c) return { hit: c, strong: true };
    } else {
      const end = countedSubjectEnd(g, clause.start);
      const c = end < 0 ? undefined : cues.find((h) => h.start >= g.sentence!.start && h.start < end && h.end <= clause.start);
      if (c) return { hit: definedBy(g, c, clause.start) ?? c, strong: true };
      // "Asylum requests across the EU plus Norway and Switzerland eased …, yet stayed above
      // half a million": so does a sentence opening with a measure's own term, where the clause
      // names no whole of its own ("the total of files still open") — weakly: it may count a
      // whole of which the opening names a part.
      const opening = end < 0 && !COUNT_NOUN_WORD.test(t.slice(clause.start, ns)) ? cues.find((h) => h.term && h.start === openingAt(g) && h.end <= clause.start && isMetric(g.concepts, conceptOf(h, g.concepts))) : undefined;
      if (opening) return { hit: opening, strong: false };
    }
  }
  // 2d. "een positief saldo (immigratie min emigratie) van 223.798": the clause after a
  //     gloss that only gives the value ("van N", "of N") is the value of the noun before the gloss.
  if (/^\s*(?:van|of)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|about|nearly|almost|some|over|more than|meer dan)\s+)?$/.test(head)) {
    const c = subjectBeforeGloss(t, clause, cues);
    if (c) return { hit: c, strong: true };
  }
  // 2d'. A Dutch subordinate clause, its verb after the value:
  //   - the value right after a gloss counts the noun before the gloss, as in 2d: "…, terwijl het
  //     migratiesaldo (immigratie min emigratie) 107.198 bedroeg";
  //   - the measure as the clause's subject right before the value: "…, net als in 2021, toen het
  //     migratiesaldo 107.198 was".
  if (after.length && CLAUSE_FINAL_VERB.test(after[0].w)) {
    const c =
      (QUALIFIER_ONLY.test(head) ? subjectBeforeGloss(t, clause, cues) : undefined) ??
      cues.find((h) => h.end <= ns && QUALIFIER_ONLY.test(t.slice(h.end, ns)) && SUBORDINATE_SUBJECT.test(t.slice(Math.max(0, h.start - 40), h.start)));
    if (c) return { hit: c, strong: true };
  }
  // 2f. "Detected crossings dropped sharply from January to July, totalling 95,200":
  //     a clause that only gives the total of what the sentence opened with counts that subject
  //     (read weakly: the subject may lie far back).
  // 2g. "Asylum applications from four visa-free countries rose, lifting overall numbers by
  //     9 percent to 640,000": so does a whole a later clause names without a measure of its
  //     own ("overall numbers", "the total", "het totaal").
  if (g.sentence && g.sentence.start < clause.start && (TOTAL_OF_SUBJECT.test(head) || ((OVERALL_ANAPHOR.test(head) || WITH_OPENING_TOTAL.test(head)) && !cues.some((h) => h.term && h.start >= clause.start && h.end <= ns)))) {
    // ("… a 10% fall in asylum applications (…), with the final total still above one
    // million": a whole named after a change counts what changed, the last measure before it.)
    const c = openingSubject(g, clause.start) ?? (WITH_OPENING_TOTAL.test(head) ? changedBefore(g, clause.start) : undefined);
    // (The total of what grew is a level no growth counts: no migration figure.)
    if (c && GROWTH_WORD.test(t.slice(c.start, c.end))) return { hit: null, blocked: true, generic: false };
    if (c) return { hit: c, strong: false };
  }
  // 2h. "…, en mensen die zonder toezicht vertrekken. De laatste groep is de grootste: 5.070":
  //     a sentence that opens on "the latter" and names no measure before the number speaks of
  //     the last one the sentence before it named — as plainly as if it named it again.
  if (g.sentence && LATTER_OPENING.test(t.slice(g.sentence.start, Math.min(ns, g.sentence.start + 40)))) {
    const s = g.sentence.start;
    const namesOwn = cues.some((h) => h.start >= s && h.end <= ns && isMetric(g.concepts, conceptOf(h, g.concepts)));
    const c = namesOwn ? undefined : g.cuesBefore?.().findLast((h) => h.end <= s && s - h.end <= 240 && isMetric(g.concepts, conceptOf(h, g.concepts)) && !negated(t, h));
    if (c) return { hit: c, strong: true };
  }
  // 3. the counted noun decides how far a cue may be
  const nextW = after.length ? after[0].w : '';
  if ((BLOCK.has(nextW) && !isRatio(after)) || /^(?:jarig|jarige|year-old|years-old)/.test(nextW)) return { hit: null, blocked: true, generic: false };
  // "88 of the 150 seats", "12 van de 30 zetels": the whole names what is counted.
  // "twee keer zoveel als een jaar eerder": a ratio to another figure, which says what it counts.
  const ratio = isRatio(after);
  const four = ratio ? [] : after.slice(0, 4);
  for (let k = 0; k < four.length; k++) {
    const w = four[k];
    // "15.000 per jaar" is a yearly figure; "40 procent hoger dan een jaar eerder", "fallen by a
    // quarter in a year": a time word after a comparison or a preposition is not what is counted,
    // nor one that counts back ("tegenover 108 duizend een jaar eerder", "a year ago") or is
    // pointed at ("73,000 last year", "38.000 vorig jaar").
    if (w.w === 'per' || COMPARISON_OR_SPAN.has(w.w)) break;
    if (BLOCK.has(w.w) && (COUNTED_BACK.has(four[k + 1]?.w ?? '') || DEICTIC.has(four[k - 1]?.w ?? ''))) break;
    if (BLOCK.has(w.w) || (num.unit === 'count' && PLACES_COUNTED.has(w.w))) return { hit: null, blocked: true, generic: false };
    // ("de 20 armste gemeenten", "the 20 largest cities": a superlative right after the number,
    // before the noun counted.)
    if (!(FUNCTION.has(w.w) || /^\d/.test(w.w) || (k === 0 && SUPERLATIVE_FORM.test(w.w)))) break;
  }
  const origNext = after.length ? g.orig.slice(g.map[after[0].start], g.map[after[0].end - 1] + 1) : '';
  const generic = ratio || !nextW || !startsWithLetter(nextW) || GENERIC.has(nextW) || FUNCTION.has(nextW) || (origNext.length > 1 && isUpperCaseAt(origNext, 0));
  const money = num.unit === 'EUR' || num.unit === 'USD' || num.unit === 'GBP';
  const dist = (h: CueHit) => countWords(t, h.end <= ns ? h.end : ne, h.end <= ns ? ns : h.start);
  const inClause = cues.filter((h) => h.start >= clause.start && h.end <= clause.end && !negated(t, h));
  // ("In 2016 met bijna 110 duizend, waarvan 80 duizend omdat er meer mensen kwamen dan er
  // vertrokken", "179.300 mensen, van wie velen eerder immigreerden": what is said after a part
  // the figure opens is the part's.)
  const ofPart = (h: CueHit) => h.start >= ne && PART_AFTER.test(t.slice(ne, h.start));
  // ("above a million in 2023, leaving aside the millions of refugees from Ukraine": a cue
  // after words that leave it out names what the figure does not count.)
  const leftOut = (h: CueHit) => h.start >= ne && LEFT_OUT.test(t.slice(ne, h.start));
  const near = (money || !generic ? inClause.filter((h) => dist(h) <= 6) : [...inClause, ...cues.filter((h) => !inClause.includes(h) && dist(h) <= 12 && !negated(t, h) && !leftOut(h))]).filter((h) => !ofPart(h));
  // ("Net migration (immigration less emigration) came out positive, at 224 thousand": a gloss in
  // brackets explains the noun before it, which is what is counted.)
  const explained = [...new Set(near.map((h) => explainedBy(t, h, ns, cues) ?? h))];
  // ("In 2023 groeide het aantal asielzoekers met 20 procent": a verb of change around a measure's
  // term, or a group's news counts as one, says how that count moved; the term is what is counted.)
  const countable = (o: CueHit) => o.term && (isMetric(g.concepts, conceptOf(o, g.concepts)) || !!own(g.concepts, conceptOf(o, g.concepts) ?? '')?.countedAs);
  // (Also "asylum applications increased by half to almost 1 million": a verb of change after
  // the term it has for subject in the clause says how that count moved, not that a population grew.)
  const subjectOf = (h: CueHit, o: CueHit) => o.end <= h.start && o.start >= clause.start && h.end <= ns;
  const moved = explained.filter((h) => h.term || !CHANGE_VERB_CUE.test(t.slice(h.start, h.end)) || !explained.some((o) => o !== h && ((o.start >= h.start && o.end <= h.end) || subjectOf(h, o)) && countable(o)));
  // ("the recognition rate among first-time applicants dropped to 25%": what a rate is taken of,
  // after "for"/"of", only qualifies the rate; the rate is what the percentage is.)
  const qualifiesRate = (h: CueHit) => num.unit === 'percent' && moved.some((r) => r !== h && r.end <= h.start && isRate(g.concepts, conceptOf(r, g.concepts)) && RATE_OF.test(t.slice(r.end, h.start)));
  const pool = moved.filter((h) => !qualifiesRate(h));
  if (pool.length === 0) {
    // ("Het migratiesaldo blijft volgens de raming zowel in 2026 als in 2027 boven de 80.000": a measure's
    // term that opens the sentence, in the figure's own clause, is its subject however many words
    // of time stand between — weakly, where nothing nearer names what is counted.)
    const opening = g.sentence && g.sentence.start >= clause.start ? openingSubject(g, ns) : undefined;
    return opening && opening.term && !cues.some((h) => h.start > opening.end && h.end <= ns) ? { hit: opening, strong: false } : { hit: null, blocked: false, generic };
  }
  // ("Frontex counted irregular crossings, detected at the bloc's outer borders: about 180,000":
  // a word of no measure after "at the"/"aan de" says where the measure before it was counted.)
  // (Where only such a word is near, the measure it is said of is what is counted, weakly.)
  const from = g.sentence?.start ?? clause.start;
  const measureBefore = (h: CueHit) => [...cues].reverse().find((o) => o.term && o.end <= h.start && o.start >= from && isMetric(g.concepts, conceptOf(o, g.concepts)));
  const located = (h: CueHit) => !isMetric(g.concepts, conceptOf(h, g.concepts)) && LOCATED_BEFORE.test(t.slice(Math.max(from, h.start - 48), h.start)) && !!measureBefore(h);
  const unlocated = pool.filter((h) => !located(h));
  if (!unlocated.length) return { hit: measureBefore(pool[0])!, strong: false };
  // ("… 24.000 mensen die om asiel vroegen en kwamen er 10.000 gezinsleden van statushouders bij":
  // a conjunct that opens with "en" and its own verb has its own cues; those of the conjunct
  // before count something else.)
  const opened = conjunctOpening(t, g.sentence?.start ?? clause.start, ns);
  const ownConjunct = opened < 0 ? [] : unlocated.filter((h) => h.start >= opened);
  return { hit: pickCue(ownConjunct.length ? ownConjunct : unlocated, ns, clause, g.concepts), strong: false };
}

/**
 * 2b. "<cue> … was 45,000", "De asielinstroom kwam in 2022 uit op 47.991": the measure is the
 * subject and the number its value (`head`: the clause up to the number). The subject may stand
 * before a gloss between dashes ("Het migratiesaldo - wie komt min wie vertrekt -
 * is …"), in brackets or between commas, not in it.
 */
function copulaSubject(g: GoverningInput, head: string): CueHit | undefined {
  const { t, clause, cues } = g;
  const copula = COPULA_BEFORE.exec(head);
  if (!copula) return undefined;
  const at = clause.start + copula.index;
  const dashed = /\s[-–—]\s*$/.exec(t.slice(clause.start, at));
  const c =
    (dashed ? subjectBeforeGloss(t, { start: clause.start + dashed.index + dashed[0].length, end: clause.end }, cues) : undefined) ??
    [...cues].reverse().find((h) => h.end <= at && h.start >= clause.start && countWords(t, h.end, at) <= 6) ??
    subjectBeforeGloss(t, clause, cues);
  return c ? headOfGroup(t, cues, headOfList(t, cues, c, g.lang), g.concepts) : undefined;
}

/**
 * The measure a sentence opens with (a metric cue within its first three words, before `upTo`),
 * whose total a later clause may give. (When it is itself a change — "De bevolking groeide met
 * 95.000, waardoor het totaal op 17,8 miljoen kwam" — the caller reads that total as no figure.)
 */
/** Before a gloss: "i.e.", "that is,", "namely", "dat wil zeggen", "d.w.z.", "oftewel". */
const GLOSS_MARK = /(?:^|[\s,(])(?:i\.\s?e\.|that is,|namely|dat wil zeggen|d\.w\.z\.|oftewel|ofwel)\s/g;
/** Between a gloss and the word after it: a clause that goes on past the gloss ("…, but", "…, maar", ";"). */
const PAST_GLOSS = /;|,\s+(?:but|yet|while|maar|terwijl)\b/;
/** True when `at` stands in a bracket opened after `from`, or in a gloss after "i.e." that has not ended. */
function inGloss(t: string, from: number, at: number): boolean {
  const open = t.lastIndexOf('(', at);
  if (open >= from && t.lastIndexOf(')', at) < open) return true;
  let mark = -1;
  for (const m of t.slice(from, at).matchAll(GLOSS_MARK)) mark = from + m.index + m[0].length;
  return mark >= 0 && !PAST_GLOSS.test(t.slice(mark, at));
}

/** A clause that gives a whole after the main one: ", with the (final) total (still) …", ", met een totaal van …". */
const WITH_OPENING_TOTAL = /^\s*(?:with|met)\s+(?:the|het|een)\s+(?:[\p{L}-]+\s+){0,2}(?:total|totaal)\b/u;
/** Right before what a change is of: "a decrease in", "a rise in", "een daling van het aantal". */
const CHANGE_OF = /\b(?:de|in)crease (?:in|of)\s+|\b(?:rise|drop|fall|decline|growth) in\s+|\b(?:daling|stijging|toename|afname) van (?:het aantal\s+)?/;
/** The measure a change before `upTo` in the sentence is of: "a decrease in asylum applications". */
function changedBefore(g: GoverningInput, upTo: number): CueHit | undefined {
  const { t, cues, sentence } = g;
  const change = CHANGE_OF.exec(t.slice(sentence!.start, upTo));
  if (!change) return undefined;
  const from = sentence!.start + change.index + change[0].length;
  return cues.find((h) => h.start >= from && h.start < from + 4 && h.end <= upTo && isMetric(g.concepts, conceptOf(h, g.concepts)) && !negated(t, h));
}

/** Where a sentence's own words begin: past quotes, a dateline or a credit it opens with. */
function openingAt(g: GoverningInput): number {
  return g.sentence!.start + (OPENING_CREDIT.exec(g.t.slice(g.sentence!.start, g.sentence!.start + 80))?.[0].length ?? 0);
}

function openingSubject(g: GoverningInput, upTo: number): CueHit | undefined {
  const { t, cues, sentence } = g;
  const c = cues.find((h) => h.start >= sentence!.start && h.end <= upTo && isMetric(g.concepts, conceptOf(h, g.concepts)) && !negated(t, h));
  return c && countWords(t, sentence!.start, c.start) <= 3 ? c : undefined;
}

/** A word of growth inside a measure's own words ("bevolkingsgroei", "grew by", "net increase"). */
const GROWTH_WORD = /(?:groei|grew|grow|rose|rise|risen|steeg|gestegen|increase|toename|toegenomen)/;

/** "en kwamen er", "maar vertrokken er", "and there were": a conjunct with a verb of its own opens. */
const CONJUNCT_WITH_VERB = /(?<![\p{L}])(?:(?:en|maar)\s+\p{L}+\s+er|(?:and|but)\s+there\s+(?:were|was|came))(?![\p{L}])/gu;

/** Where the last conjunct with a verb of its own opens before `upTo` in the sentence, or -1. */
function conjunctOpening(t: string, from: number, upTo: number): number {
  const last = [...t.slice(from, upTo).matchAll(CONJUNCT_WITH_VERB)].pop();
  return last ? from + last.index : -1;
}

/** "De laatste", "deze laatste", "the latter" opening a sentence (not "de laatste jaren", "the last few months"). */
const LATTER_OPENING = /^(?:(?:de|deze|die) laatste(?! (?:jaren|jaar|maanden|maand|weken|week|dagen|tijd|decennia|decennium|keer|periode|kwartaal|kwartalen|cijfers)\b)|the latter)\b/;

/** A word shaped like a superlative adjective: "armste", "grootste", "richest", "largest". */
const SUPERLATIVE_FORM = /^\p{L}{2,}(?:ste|est)$/u;

/** Between a rate and what it is taken of: "for", "of", "among", "voor", "van", "bij", a few modifiers. */
const RATE_OF = /^\s+(?:for|of|among|voor|van|bij)\s+(?:[\p{L}+-]+\s+){0,2}$/u;

/** Right before a place-like phrase: "at the", "at the EU's", "at the European Union's", "at Europe's", "aan de", "op de". */
const LOCATED_BEFORE = /(?:^|\s)(?:at|on|along|aan|op|langs)\s+(?:(?:the|de|het)\s+(?:(?:[\p{L}]+\s+){0,2}[\p{L}]+['’]s\s+)?|[\p{L}]+['’]s\s+)$/u;

/** A relative clause right after a counted group: "asielzoekers dat zelfstandig is vertrokken", "asylum seekers who left". */
const RELATIVE_AFTER_GROUP = /^\s*(?:dat|die|who|that|which)\s/;

/**
 * "Het aantal asielzoekers dat zelfstandig is vertrokken, daalde van 6.700 …": where the subject
 * names a group and then, in a relative clause, what the group did, the measure of that clause is
 * what is counted (the departures), not the group's own count (asylum applications). Only a
 * measure within six words of the group and before `upTo`.
 */
function definedBy(g: GoverningInput, group: CueHit, upTo: number): CueHit | undefined {
  if (isMetric(g.concepts, conceptOf(group, g.concepts)) || !RELATIVE_AFTER_GROUP.test(g.t.slice(group.end, group.end + 8))) return undefined;
  // (Not a measure the group's own count lies within: "asylum seekers who came to the
  // Netherlands" are still counted as asylum seekers, not as all immigrants.)
  const counted = own(g.concepts, conceptOf(group, g.concepts) ?? '')?.countedAs;
  return metricAfter(g, group, upTo, (measure) => !counted || (counted !== measure && !isNarrower(g.concepts, counted, measure)));
}

/**
 * "van alle asielzoekers die toen naar Nederland kwamen (6 900)", "the asylum seekers who
 * reached Europe that year (1.3 million)": a cue that ends a relative clause on a counted group
 * only says what the group did; where the group's own count lies within that cue's measure, the
 * bracket counts the group (the converse of `definedBy`). Only a group at most eight words back.
 */
function groupBefore(g: GoverningInput, c: CueHit): CueHit | undefined {
  const measure = conceptOf(c, g.concepts);
  if (!measure || !isMetric(g.concepts, measure)) return undefined;
  const group = g.cues.findLast((h) => h.end < c.start && RELATIVE_AFTER_GROUP.test(g.t.slice(h.end, h.end + 8)));
  if (!group || countWords(g.t, group.end, c.start) > 8 || /[.;:()]/.test(g.t.slice(group.end, c.start))) return undefined;
  const id = conceptOf(group, g.concepts);
  if (isMetric(g.concepts, id)) return undefined;
  const counted = own(g.concepts, id ?? '')?.countedAs;
  return counted && counted !== measure && isNarrower(g.concepts, counted, own(g.concepts, measure)?.refines ?? measure) ? group : undefined;
}

/** Where the sentence's opening "Het aantal …" / "The number of …" (before `upTo`) ends; -1 without one. */
function countedSubjectEnd(g: GoverningInput, upTo: number): number {
  const subject = COUNTED_SUBJECT.exec(g.t.slice(g.sentence!.start, Math.min(upTo, g.sentence!.start + 90)));
  return subject ? g.sentence!.start + subject[0].length : -1;
}

/** A clause's "het aantal …" / "the number of …" after the sentence's opening and before `upTo`: the span of its words, the last one. */
function laterCountedSubject(g: GoverningInput, upTo: number): [number, number] | null {
  const from = g.sentence!.start;
  let found: [number, number] | null = null;
  for (const m of g.t.slice(from, upTo).matchAll(CLAUSE_COUNTED_SUBJECT)) {
    const at = from + m.index + m[0].length - m[1].length;
    found = [at, at + m[1].length];
  }
  return found;
}

/**
 * "Het aantal gezinsleden dat … een verblijfsvergunning aanvroeg, daalde van 13.800 naar 11.800
 * aanvragen": where the number's own noun is a generic one ("aanvragen", "applications") and the
 * sentence opens with "het aantal …"/"the number of …" naming a measure, the subject says what
 * the generic noun counts.
 */
function subjectOverGeneric(g: GoverningInput, c: CueHit): CueHit | undefined {
  if (!g.sentence || !GENERIC.has(g.t.slice(c.start, c.end)) || c.start < g.sentence.start) return undefined;
  const opened = countedSubjectEnd(g, c.start);
  if (opened < 0) return undefined;
  // The subject runs to its first comma ("Het aantal gezinsleden dat voor gezinshereniging
  // een verblijfsvergunning heeft aangevraagd,"): a metric named in it, else a group
  // news counts as one ("het aantal gezinsleden").
  const from = g.sentence.start;
  const comma = g.t.indexOf(',', opened);
  const end = Math.min(comma < 0 ? g.sentence.end : comma, from + 140, c.start);
  const inSubject = g.cues.filter((h) => h !== c && h.start >= from && h.end <= end && conceptOf(h, g.concepts) !== conceptOf(c, g.concepts));
  return inSubject.find((h) => isMetric(g.concepts, conceptOf(h, g.concepts))) ?? inSubject.find((h) => !!own(g.concepts, conceptOf(h, g.concepts) ?? '')?.countedAs);
}

/** When the cue lies in a bracketed gloss that closes before the number, right after another cue: that cue (the noun the gloss explains). */
function explainedBy(t: string, h: CueHit, ns: number, cues: readonly CueHit[]): CueHit | undefined {
  if (h.end > ns || h.start < ns - 200) return undefined;
  // (Looked for between the cue and the number only, a few hundred characters at most.)
  const before = t.slice(Math.max(0, ns - 200), h.start);
  const open = before.lastIndexOf('(') + Math.max(0, ns - 200);
  const close = t.slice(h.end, ns).indexOf(')') + h.end;
  if (open < Math.max(0, ns - 200) || close < h.end || /[()]/.test(t.slice(open + 1, h.start))) return undefined;
  return cues.find((g) => g.end <= open && /^\s*$/.test(t.slice(g.end, open)));
}

/** A dash that may open or close a gloss. */
const DASH = /[-–—]/;
/** Nothing before the value in its clause but perhaps a qualifier ("ruim", "slechts"). */
const QUALIFIER_ONLY = /^\s*(?:(?:ruim|bijna|circa|ongeveer|zo'n|meer dan|minder dan|slechts|maar)\s+)?$/;
/** Words of deciding on something, right before what was decided on (at most a qualifier between). */
const DECIDED_ON = /(?<![\p{L}])(?:decisions|decided|decide|deciding|beslissingen|besluiten|beslist|besliste|beslisten|beslissen)\s+(?:on|op)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|meer dan|minder dan|slechts|maar|some|about|around|nearly|almost|over|more than|fewer than|just over|just under|only)\s+)?$/u;
/** Before a decision still to come: "nog beslissen op", "still to decide on", "yet to rule on". */
const STILL_TO = /(?:^|\s)(?:nog|still|yet|waiting|wachten|await\w*)(?:\s+\S+){0,2}\s*$/;
/** A Dutch verb that ends a subordinate clause after its value ("… 107.198 bedroeg", "… 38.000 was"). */
const CLAUSE_FINAL_VERB = /^(?:bedroeg|bedroegen|bedraagt|bedragen|was|waren|is|zijn|lag|ligt)$/;

/** A Dutch subordinating word and the article of the clause's subject ("toen het …", "terwijl dit …"). */
const SUBORDINATE_SUBJECT = /(?:^|[\s,(])(?:toen|terwijl|omdat|nadat|hoewel|doordat|zodat|waarbij|wanneer|als|nu|dat|waar)\s+(?:het|de|dit|deze|dat)\s+$/;

/** An apposition's opening: a noun phrase that glosses the noun before it ("het aantal …", "the difference …"). */
const APPOSITION_OPENING = /^,\s*(?:het|de|een|dat wil zeggen|oftewel|bestaande uit|the|a|an|i\.e\.|that is|consisting of|made up of)\s/;

/**
 * "Het migratiesaldo (immigratie minus emigratie) lag op 89 duizend", "Het migratiesaldo,
 * het aantal nieuwkomers minus het aantal vertrekkers, komt daarmee op 80.000": a clause that
 * opens after a gloss (in brackets, or an apposition between commas) has its subject right
 * before the gloss, not in it.
 */
function subjectBeforeGloss(t: string, clause: Span, cues: CueHit[]): CueHit | undefined {
  let k = clause.start - 1;
  while (k >= 0 && t[k] === ' ') k--;
  let open: number;
  if (t[k] === ')') open = t.lastIndexOf('(', k);
  else if (t[k] === ',') {
    // The gloss may list things with commas of its own (", bestaande uit eerste aanvragen,
    // herhaalde aanvragen en nareizigers, was 58.880"): its opening is the comma it starts at.
    open = t.lastIndexOf(',', k - 1);
    while (open >= 0 && k - open <= 160 && !APPOSITION_OPENING.test(t.slice(open, open + 20)) && !/[.!?]/.test(t.slice(open, k))) open = t.lastIndexOf(',', open - 1);
    if (open < 0 || !APPOSITION_OPENING.test(t.slice(open, open + 20))) return undefined;
  } else if (DASH.test(t[k]) && t[k - 1] === ' ') {
    // ("Het migratiesaldo - wie komt min wie gaat - is nu 100.000": between dashes.)
    open = k - 2;
    while (open >= 0 && k - open <= 160 && !(DASH.test(t[open]) && t[open - 1] === ' ' && t[open + 1] === ' ') && !/[.!?]/.test(t[open])) open--;
    if (open < 0 || !DASH.test(t[open])) return undefined;
  } else return undefined;
  if (open < 0 || k - open > 160) return undefined;
  // ("De gehele asielinstroom in 2015, bestaande uit …": a time may stand between.)
  return [...cues].reverse().find((h) => h.end <= open && (countWords(t, h.end, open) <= 1 || /^\s+(?:in|of|van) (?:19|20)\d\d\s*$/.test(t.slice(h.end, open))));
}

/** What the figure counts, given its governing cue (see the header). */
/** A rate or share measure (it, or the measure it refines, is a share of others: a grant rate, a return rate). */
function isRate(concepts: Readonly<Record<string, ConceptInfo>>, id: string | null): boolean {
  const c = id ? own(concepts, id) : undefined;
  return !!(c?.shareOf ?? (c?.refines ? own(concepts, c.refines)?.shareOf : undefined));
}

/** Between a rate and the group it is of: "recognition rate for asylum seekers", "erkenningspercentage van Syriërs". */
const RATE_COMPLEMENT = /^\s+(?:for|of|among|voor|van|onder)\s+(?:(?:the|all|de|het|alle)\s+)?$/;

export function measureOf(
  governing: CueHit,
  all: CueHit[],
  clause: Span,
  ns: number,
  ne: number,
  num: NumberMatch,
  concepts: Readonly<Record<string, ConceptInfo>>,
  t: string,
  change = false,
  lang?: Lang,
): { concept: string | null; hits: CueHit[]; countedAs?: true } {
  const cues = all.filter((h) => h === governing || !negated(t, h));
  const union = unionOf(governing, cues, concepts, t, lang) ?? measuresListed(governing, cues, clause, ne, concepts, t, lang);
  if (union) return union;
  let concept = conceptOf(governing, concepts);
  const hits = [governing];
  const group = concept;
  if (!isMetric(concepts, concept)) {
    // ("The number of asylum seekers increased by 18% to 1.14 million": of a group news counts as
    // a measure, a verb of change says how the count moved, not what was counted.)
    const countedGroup = !!concept && !!own(concepts, concept)?.countedAs;
    const moves = (h: CueHit) => countedGroup && !h.term && CHANGE_VERB_CUE.test(t.slice(h.start, h.end));
    // A later event in the clause says what is counted, unless another number stands between
    // ("Van de ruim 30.000 asielzoekers betrof het in 80 procent een eerste asielaanvraag": the
    // share's); else the nearest metric cue nearby.
    const later = cues.find((h) => h !== governing && h.start >= ne && h.end <= clause.end && !means(t, h) && !moves(h) && isMetric(concepts, conceptOf(h, concepts)) && !/\d/.test(t.slice(ne, h.start)));
    // (Nor a metric cue past another number: "35.535 asielzoekers en 10.927 nareizigers" counts
    // asylum seekers; the nareizigers are the next number's.)
    const between = (h: CueHit) => h.start >= ne && /\d/.test(t.slice(ne, h.start).replace(/\b(?:19|20)\d\d\b/g, ''));
    // ("In 2015 steeg het aantal aantoonbaar vertrokken asielzoekers naar …": a measure's words
    // right before the group's noun say what of the group is counted, however far the number.)
    const modifier = own(concepts, concept ?? '')?.kind !== 'group' ? undefined : cues.find((h) => h !== governing && h.start >= clause.start && h.end < governing.start && /^\s+$/.test(t.slice(h.end, governing.start)) && isMetric(concepts, conceptOf(h, concepts)));
    const near = later ?? modifier ?? nearest(cues.filter((h) => h !== governing && h.start >= clause.start && h.end <= clause.end && !moves(h) && isMetric(concepts, conceptOf(h, concepts)) && !between(h)), ns);
    // ("The recognition rate for asylum seekers across the EU+ came to 25%": a percentage of the rate whose
    // complement the group is, however far the rate stands.)
    const rateOfGroup = !!near && num.unit === 'percent' && isRate(concepts, conceptOf(near, concepts)) && near.end <= governing.start && RATE_COMPLEMENT.test(t.slice(near.end, governing.start));
    // ("people seeking for international protection were …": a cue whose words hold the group's
    // term says what of the group is counted, however far it starts.)
    const holds = !!near && near.start <= governing.start && near.end >= governing.end;
    if (near && (later || near === modifier || !concept || Math.abs(near.start - ns) < 40 || rateOfGroup || holds)) {
      concept = conceptOf(near, concepts);
      hits.push(near);
    }
  }
  // A narrower measure named in the clause wins over a broad one said in everyday words
  // ("kwamen 3.700 mensen naar Nederland om zich bij een familielid aan te sluiten" counts family
  // reunification); not over one named by its own term ("Immigration rose to 403,000 as asylum
  // applications climbed" is immigration).
  // Also over a measure's own term, by words after the number that say in which state the
  // counted things are ("918,000 asylum applications still pending a decision" are the backlog).
  const stateAfter = (h: CueHit) => !h.term && h.start >= ne && h.end <= clause.end && !/\d/.test(t.slice(ne, h.start));
  if (isMetric(concepts, concept)) {
    // (Not one of the conjunct before the figure's own: "… een asielverzoek in en kwamen er …".)
    const opened = conjunctOpening(t, clause.start, ns);
    for (const h of cues) {
      if (h === governing || h.start < clause.start || h.end > clause.end || h.end <= opened) continue;
      if (hits[hits.length - 1].term && !stateAfter(h)) continue;
      const c = conceptOf(h, concepts);
      if (c && c !== concept && isNarrower(concepts, c, concept!)) {
        concept = c;
        hits.push(h);
        break;
      }
    }
  }
  if (!concept) {
    const ev = nearest(cues.filter((h) => h !== governing && h.start >= clause.start && h.end <= clause.end && conceptOf(h, concepts)), ns);
    if (ev) {
      concept = conceptOf(ev, concepts);
      hits.push(ev);
    }
  }
  // "Dat jaar kwamen 31.600 asielzoekers naar Nederland": the group counted arriving is the
  // group's own inflow, a part of the broad one the words name (the pack's `countedAs`, read
  // weakly); a group counted where it stays ("30.000 asielzoekers zaten in de opvang") is not.
  const inflow = num.unit === 'count' && group && group !== concept && concept ? own(concepts, group)?.countedAs : undefined;
  if (inflow && isNarrower(concepts, inflow, concept!)) return { concept: inflow, hits, countedAs: true };
  // A share of people leaving is the return rate ("40 procent vertrekt daadwerkelijk"); a
  // percentage change of them is not ("Deportations up 4%").
  const rate = num.unit === 'percent' && !change && concept ? own(concepts, concept)?.rate : undefined;
  if (rate) concept = rate;
  // No measure word: a count of a group news uses as a measure ("31.642 asielzoekers") is read
  // as that measure, weakly (it may agree, never accuse).
  const countedAs = num.unit === 'count' && concept && !isMetric(concepts, concept) ? own(concepts, concept)?.countedAs : undefined;
  if (countedAs) return { concept: countedAs, hits, countedAs: true };
  return { concept, hits };
}

/**
 * "de totale asielinstroom van eerste aanvragen, opvolgende aanvragen en nareizigers bedroeg
 * 31.600": the last member of a list that glosses a head noun ("X van A, B en C",
 * "X of A, B and C") is not the subject; the head is.
 */
function headOfList(t: string, cues: CueHit[], c: CueHit, lang?: Lang): CueHit {
  let i = cues.indexOf(c);
  if (i <= 0) return c;
  const join = listJoin(lang);
  while (i > 0 && cues[i - 1].end <= cues[i].start && join.test(t.slice(cues[i - 1].end, cues[i].start))) i--;
  if (cues[i] === c) return c;
  const head = cues[i - 1];
  return head && head.end <= cues[i].start && LIST_HEAD_JOIN.test(t.slice(head.end, cues[i].start)) ? head : c;
}
const LIST_HEAD_JOIN = /^\s+(?:van|of|bestaande uit|consisting of|made up of)\s+$/;

/**
 * "Het totale vertrek van onrechtmatig verblijvende vreemdelingen bedroeg 15.120": of a subject
 * "<measure> van <group>", the measure is what is counted; the group only says whose.
 */
function headOfGroup(t: string, cues: CueHit[], c: CueHit, concepts: Readonly<Record<string, ConceptInfo>>): CueHit {
  if (own(concepts, conceptOf(c, concepts) ?? '')?.kind !== 'group') return c;
  const i = cues.indexOf(c);
  const head = i > 0 ? cues[i - 1] : undefined;
  if (!head || head.end > c.start || !OF_MODIFIERS.test(t.slice(head.end, c.start))) return c;
  const info = own(concepts, conceptOf(head, concepts) ?? '');
  return info && info.kind !== 'group' && info.kind !== 'organisation' && (info.measure || isMetric(concepts, conceptOf(head, concepts))) ? head : c;
}
/** Between a measure and the group it is of: "van", "of", a few modifiers ("van onrechtmatig in Nederland verblijvende"). */
const OF_MODIFIERS = /^\s+(?:van|of)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** What joins the members of a list: a comma, "en", "of", "and", "or", then perhaps "als", "as", "om", "to". */
const LIST_JOIN = /^(?:\s*,\s*(?:(?:en|of|and|or)\s+)?|\s+(?:en|of|and|or|en\/of|and\/or)\s+)(?:(?:als|as|om|to|voor|for)\s+)?$/;
/** In English "of" joins no list: "family members of status holders" is one group, not two. */
const LIST_JOIN_EN = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and\/or)\s+)(?:(?:as|to|for)\s+)?$/;
const listJoin = (lang: Lang | undefined) => (lang === 'en' ? LIST_JOIN_EN : LIST_JOIN);

/**
 * "403,000 people arrived as asylum seekers, labour migrants or family members": a figure governed
 * by one member of a list of several groups counts all of them, not that one. The event outside
 * the list that says what happened to them ("moved to the Netherlands") is the measure; without
 * one, no single measure is named and the figure has none (a union of groups is none of them) —
 * unless the list gives the roles people arrived in (`ARRIVED_AS`) and its members are counted
 * by two measures or more: then it counts what those measures are part of (their common broader
 * measure in the packs: asylum and family reunification are parts of immigration).
 */
function unionOf(governing: CueHit, cues: CueHit[], concepts: Readonly<Record<string, ConceptInfo>>, t: string, lang?: Lang): { concept: string | null; hits: CueHit[] } | null {
  const join = listJoin(lang);
  const i = cues.indexOf(governing);
  if (i < 0) return null;
  let a = i;
  let b = i;
  while (a > 0 && cues[a - 1].end <= cues[a].start && join.test(t.slice(cues[a - 1].end, cues[a].start))) a--;
  while (b < cues.length - 1 && cues[b].end <= cues[b + 1].start && join.test(t.slice(cues[b].end, cues[b + 1].start))) b++;
  const members = cues.slice(a, b + 1);
  const kinds = new Set(members.map((h) => conceptOf(h, concepts)));
  if (members.length < 2 || kinds.size < 2) return null;
  // ("Came here as refugees, as highly skilled migrants or to join family": roles, even where one
  // of them names a measure.)
  const roles = ARRIVED_AS.test(t.slice(Math.max(0, members[0].start - 60), members[0].start));
  // A list of groups, not of events ("kwamen er 6000 Oekraïners en vertrokken er 4000" joins two clauses).
  if ([...kinds].some((c) => !c || (isMetric(concepts, c) && !roles))) return null;
  // The event stands next to the list ("arrived as …", "… kwamen naar Nederland"), not in
  // another part of the sentence.
  const named = new Set(kinds);
  const near = cues.filter((h) => !members.includes(h) && h.end > members[0].start - 80 && h.start < members[members.length - 1].end + 40);
  const event = near.find((h) => !means(t, h) && isMetric(concepts, conceptOf(h, concepts)) && !named.has(conceptOf(h, concepts)));
  if (event) return { concept: conceptOf(event, concepts), hits: [governing, event] };
  return { concept: roles ? sharedBroader([...kinds], concepts) : null, hits: [governing] };
}

/**
 * "31,000 first-time applicants and family reunification migrants": a count right before a
 * list of two measures' nouns, with no number after the list in its clause, counts them together —
 * which neither measure does alone, so it has none ("6000 Oekraïners kwamen en vertrokken er 4000"
 * joins two clauses, each with its own number).
 */
function measuresListed(governing: CueHit, cues: CueHit[], clause: Span, ne: number, concepts: Readonly<Record<string, ConceptInfo>>, t: string, lang?: Lang): { concept: null; hits: CueHit[] } | null {
  const i = cues.indexOf(governing);
  const next = cues[i + 1];
  if (i < 0 || !next || governing.start < ne || countWords(t, ne, governing.start) > 2 || /\d/.test(t.slice(ne, governing.start))) return null;
  // (Joined by a conjunction only: after a comma a verb may follow, "9,000 claims, got the most".)
  if (next.start < governing.end || !(lang === 'en' ? /^\s+(?:and|or)\s+$/ : /^\s+(?:and|or|en|of)\s+$/).test(t.slice(governing.end, next.start))) return null;
  const a = conceptOf(governing, concepts);
  const b = conceptOf(next, concepts);
  if (!a || !b || a === b || !isMetric(concepts, a) || !isMetric(concepts, b) || isNarrower(concepts, a, b) || isNarrower(concepts, b, a)) return null;
  if (/\d/.test(t.slice(next.end, clause.end))) return null;
  return { concept: null, hits: [governing, next] };
}

/** "arrived as", "came to the Netherlands as", "kwamen naar Nederland als": what follows are the roles people came in. */
const ARRIVED_AS = /(?:^|[^\p{L}])(?:arrived|arrive|arriving|came|come|coming|kwamen|kwam|komen|gekomen|arriveerden)(?:\s+[\p{L}\p{N}.,']+){0,4}\s+(?:as|als)\s+$/u;

/**
 * The measure the members' own measures (a group's through `countedAs`) are all parts of, when
 * they are two or more: the nearest one every one of them lies below. Null with fewer, or none shared.
 */
function sharedBroader(kinds: Array<string | null>, concepts: Readonly<Record<string, ConceptInfo>>): string | null {
  const countedBy = (c: string | null) => (!c ? null : isMetric(concepts, c) ? c : (own(concepts, c)?.countedAs ?? null));
  const measures = new Set(kinds.map(countedBy).filter((c): c is string => !!c));
  if (measures.size < 2) return null;
  const [first, ...rest] = [...measures];
  const above: string[] = [];
  for (let up = own(concepts, first)?.broader ?? [], depth = 0; up.length && depth < 4; depth++) {
    above.push(...up);
    up = up.flatMap((b) => own(concepts, b)?.broader ?? []);
  }
  return above.find((b) => rest.every((m) => isNarrower(concepts, m, b))) ?? null;
}
