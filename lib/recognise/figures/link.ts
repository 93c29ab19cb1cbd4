/**
 * Figure linking: which parsed numbers are migration figures, and the claim frame of each —
 * measure, aggregation, period, geography, subset, modality, qualifier — read from the words
 * around it (one concern per file in this folder; this one only puts them together).
 *
 * Numbers without a cue of their own that continue a figure are figures too:
 * - siblings: "resettle 500 refugees per year, down from the 750 pledged in 2018" — a number
 *   in the same sentence as a figure, with the same unit and within a factor of 10 of it;
 * - continuations: "Across the EU, 1,049,500 applications … Germany alone recorded more than
 *   329,000." — a sentence without any cue, right after a sentence with a figure in the same
 *   paragraph, whose number ends the clause or is followed by a function word.
 *
 * The order of the rules is the reading: decoys, then a governing cue; then the figures framed on
 * the model of a neighbour (borrow.ts: bracketed bases, lists, anaphors, old levels, headings),
 * which need what the first pass found. The slot readers are in their files.
 */
import { own } from '../../util/hash';
import type { ConceptInfo } from '../lexicon';
import type { Normalised } from '../normalise';
import type { TermMatch } from '../terms';
import type { Lang, NumberMatch } from '../types';
import { interval } from '../precision';
import { readAggregation } from './aggregation';
import { hasSpacedYearsLine, spacedTableCell, tableCell } from './tables';
import { cueHitsIn, type CueHit } from './cues';
import { countsEuMembers, isDecoy, mayBeYear, yearByWordsBefore } from './decoys';
import { ANAPHORIC_CHANGED_COUNT, ANAPHORIC_COUNT, ANAPHORIC_START, FALL_FROM, PART_WORDS, ATTRIBUTIVE_HEAD, THING_RECEIVED_BEFORE, CHANGED_TO, CONTRAST, NUMBER_ANAPHOR, PERCENT_CHANGE, PROCESSED_AFTER, PROCESSED_BEFORE, SET_AGAINST_FIGURE_BEFORE, YEAR_NUMBER_ANAPHOR } from './words';
import type { FrameN } from './frame';
import { GeoReader } from './geo';
import { durationCue, durationUnit, isDurationUnit } from './durations';
import { conceptOf, governingCue, isOrganisation, isRatio, measureOf } from './measure';
import { nationalGroup, openingNationality } from './national-group';
import { readModality } from './modality';
import { parsePub, readPeriod, type PeriodMention } from './period';
import { ONE_YEAR_BACK, shiftYears } from './period-rules';
import { mentionsOf } from './period-mentions';
import { splitChanges } from './changes';
import { placeHits, placeHitsIn, type PlaceHit } from './places';
import { clauseAt, countWords, structure, toNorm, words, type Span, type Structure } from './structure';
import { partitionPoint } from '../../util/sorted';
import { baselinePeriod, comparable, frameFromNeighbours, frameOldLevels, partsOfWholes, shareTimes, type Linking, type Pending } from './borrow';
import { isUpperCaseAt } from '../chars';
import { readSubset } from './subset';
import { requestsOfKind } from './requests';
import { RESPECTIVELY, respectiveNationality } from './respectively';
import { measuresWithParts, toldByMotive } from './motives';

const YEAR_BACK = new RegExp(ONE_YEAR_BACK.source);
/** Between two figures, a clause set against the first, or a comparison: no list of one measure. */
const SET_AGAINST = new RegExp(`\\b(?:${CONTRAST}|tegenover)\\b`);
/** From a bracketed count to the next one of its list: "(410 aanvragen), gevolgd door Jemenieten (", "(900), followed by Afghans (". */
const NEXT_BRACKETED = /^[^()]{0,24}\)\s*,?\s*(?:(?:gevolgd door|followed by|en|and|then|dan)\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+\s*\($/u;


/** A clause that hangs on the noun before it: ", which fell to", ", die steeg tot". */
const RELATIVE_OPENING = /^[\s,]*(?:which|who|that|die|dat|wat|welke)\b[^\d]*$/;
/** A clause that elaborates the one before: ", with just 235 …", ", met ruim 2000 …". */
const WITH_OPENING = /^[\s,]*(?:with|met)\s+(?:(?:only|just|some|about|around|nearly|almost|over|more than|slechts|maar|ruim|bijna|circa|ongeveer|zo'n|meer dan)\s+)?$/;
/** A clause that gives the levels of the change the one before named: ", from over 1,900 to just 640", ", van 9000 naar 7000". */
const CHANGE_OPENING = /^[\s,]*(?:from|van)\s+(?:(?:[^,;:]|,(?=\d)){0,40}?\s(?:to|naar)\s+)?(?:[\p{L}']+\s+){0,2}$/u;
/**
 * "Eritrean nationals, long the second largest group, lodged 235": an apposition (a noun phrase:
 * an article, perhaps after an adverb of time) between a subject of one clause and its verb.
 */
const APPOSITION_THEN_VERB = /^[^,;:]*,(\s*(?:(?:previously|once|formerly|long|still|until recently|traditionally|ooit|voorheen|eerder|lang|jarenlang|nog steeds|tot voor kort|traditioneel)\s+)?(?:the|a|an|de|het|een)\s[^,;:.()\d]{3,80}),\s*(?:\p{L}+\s+){1,2}$/u;

/** "down by 13% compared with 2023 (1,049,500)": the bracketed level of the year a change is measured from. */
/** (Also with the total named again: "hoger dan het totaal in 2021 (10.120)", "than the number in 2021 (…".) */
const BASE_IN_BRACKETS =
  /\b(?:compared (?:with|to)|in comparison (?:with|to)|than(?: (?:the (?:total|number|figure|level))?(?: in)?)?|vergeleken met|in vergelijking met|ten opzichte van|dan (?:(?:het|de) (?:totaal|aantal|niveau) )?in|tegenover)\s+(?:(?:in|the same period (?:of|in)|dezelfde periode (?:van|in))\s+)?(?:19|20)\d\d\s*\(\s*$/;
/** "… down by 11% compared with 2017 (650,000) and by half with 2015 (1,250,000)": the comparison's second base. */
const SECOND_BASE_IN_BRACKETS = /\b(?:with|to|met)\s+(?:19|20)\d\d\s*\(\s*$/;
const COMPARISON_BEFORE = /\b(?:compared|in comparison|vergeleken|in vergelijking|ten opzichte)\b/;
/** A sentence opening on what the one before was about: "Het ging om", "Het gaat om", "It concerned". */
const IT_CONCERNED = /^[\s"'“‘(]*(?:het|dat) (?:ging|gaat) (?:om|over)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|meer dan|minder dan)\s+)?$|^[\s"'“‘(]*(?:it|this) (?:concerned|involved|was about)\s+(?:(?:about|nearly|almost|some|over|more than)\s+)?$/;

export interface LinkedFigure {
  /** Original offsets. */
  start: number;
  end: number;
  number: NumberMatch;
  /** Normalised offsets: the number, and the sentence it stands in. */
  nStart: number;
  nEnd: number;
  sentence: [number, number];
  /** The sentences next to it in its paragraph (where "meldt het CBS" often stands). */
  around: [number, number];
  frame: FrameN;
}

export interface LinkOptions {
  lang: Lang;
  published?: string | null;
  /** findUrlSpans() of the normalised text. */
  urls: Array<[number, number]>;
  /** The unplaced default (NL) counts as determined: the text is Dutch or speaks of the Netherlands. */
  dutchContext: boolean;
}

export interface LinkInput {
  text: string;
  norm: Normalised;
  numbers: NumberMatch[];
  terms: TermMatch[];
  cueWords: TermMatch[];
  /**
   * Words that say what takes the time a duration figure gives (durations.ts). Asked for only
   * when a number is followed by a unit of time, so most texts never match them.
   */
  durationWords?: () => TermMatch[];
  concepts: Readonly<Record<string, ConceptInfo>>;
}

export interface Candidate {
  num: NumberMatch;
  ns: number;
  ne: number;
  si: number;
  clause: Span;
  cues: CueHit[];
  /** The brackets' own clause, where a figure in brackets was read with the words before them. */
  aside?: Span;
}

/**
 * Every figure of a text with its claim frame. The first pass walks the numbers in order and frames
 * those a cue governs; its per-text state (structure, period mentions, places, cue and memo tables,
 * the figures framed per sentence) is handed to borrow.ts as a `Linking` for the rest.
 */
export function linkFigures(input: LinkInput, opts: LinkOptions): { figures: LinkedFigure[]; periods: PeriodMention[] } {
  const { text, norm, terms, cueWords, concepts } = input;
  if (input.numbers.length === 0) return { figures: [], periods: [] };
  const { numbers, oldLevelOf } = splitChanges(input.numbers, opts.lang);
  const t = norm.text;
  const st = structure(t, norm, text);
  // "912, 000" (wire copy's spaced thousands separator) is one number: its comma ends no clause.
  const numberSpans = numbers.map((n) => [toNorm(norm, n.start), toNorm(norm, n.end)] as const).sort((a, b) => a[0] - b[0]);
  let nk = 0;
  st.clauseMarks = st.clauseMarks.filter((m) => {
    while (nk < numberSpans.length && numberSpans[nk][1] <= m) nk++;
    return !(nk < numberSpans.length && numberSpans[nk][0] < m);
  });
  const urls = opts.urls;
  const pub = parsePub(opts.published);
  // Names hide the years in them ("Vreemdelingenwet 2000", "Wet inburgering 2021"); a measure's own
  // words do not: "registered in 2022" still dates its figure.
  const names = terms.flatMap((m): Array<[number, number]> => {
    const kind = own(concepts, m.concept)?.kind;
    return kind === 'metric' ? [] : [[m.nStart, nameEnd(text, t, m, kind)]];
  });
  // "de grens van 2000 asielzoekers": a four-digit number right before a noun for what is counted
  // is a count, as the figures below read it (isDecoy), and no time for the others.
  const countedNouns = new Set(terms.filter((m) => own(concepts, m.concept)?.kind === 'group' || !!own(concepts, m.concept)?.measure).map((m) => m.nStart));
  const countedYears = numbers.flatMap((n): Array<[number, number]> => {
    if (!mayBeYear(n)) return [];
    const ns = toNorm(norm, n.start);
    const ne = toNorm(norm, n.end);
    if (t[ne] !== ' ') return [];
    const next = words(t, ne, Math.min(t.length, ne + 40))[0];
    const counted = !!next && countedNouns.has(next.start);
    const before = words(t, Math.max(0, ns - 40), ns);
    return counted && !yearByWordsBefore(before.at(-1)?.w ?? '', before.at(-2)?.w ?? '') ? [[ns, ne]] : [];
  });
  const mentions = mentionsOf(t, st, pub, [...names, ...countedYears].sort((a, b) => a[0] - b[0]));
  // Where the other numbers stand (a time after another number is that number's, period.ts).
  // (Not a count of the EU's members, "in the 28 EU nations … last year": it owns no time.)
  const numberStarts: number[] = [];
  {
    let k = 0;
    const owner = (n: NumberMatch) => {
      const next = words(t, toNorm(norm, n.end), Math.min(t.length, toNorm(norm, n.end) + 40));
      return !countsEuMembers(next[0]?.w, next[1]?.w);
    };
    for (const p of numbers.filter(owner).map((n) => toNorm(norm, n.start)).sort((a, b) => a - b)) {
      while (k < mentions.length && mentions[k].end <= p) k++;
      if (!(k < mentions.length && mentions[k].start <= p)) numberStarts.push(p);
    }
  }
  const places = placeHits(text, norm);
  // A place inside a measure's own name says where it is counted ("asylum applications in the
  // EU"); inside any other term it is part of a name ("EU-Turkije Verklaring").
  const geo = new GeoReader(places, st, terms.filter((m) => !own(concepts, m.concept)?.measure).map((m) => [m.nStart, m.nEnd]), t);
  const opening = openingNationality(st, t, places, concepts) ?? undefined;
  const placesMemo = new Map<number, PlaceHit[]>();
  const placesOf = (si: number) => {
    let p = placesMemo.get(si);
    if (!p) placesMemo.set(si, (p = placeHitsIn(places, st.sentences[si].start, st.sentences[si].end)));
    return p;
  };
  /** Whether the text has any bar at all (a table written as text). */
  const bars = t.includes('|');
  /** Whether it has a line of years over columns set apart by spaces. */
  const spacedYears = hasSpacedYearsLine(t);
  /** Whether it pairs lists with "respectively" anywhere. */
  const respectively = RESPECTIVELY.test(t);
  /** In a text that tells immigration by motive, the measures some group may count a part of (motives.ts). */
  const wholes = toldByMotive(t) ? measuresWithParts(concepts) : null;
  const cuesMemo = new Map<number, CueHit[]>();
  // The words of a number's own qualifier are no cue ("kwamen om en nabij de 332.900 mensen …":
  // "om" is part of "om en nabij", not of "kwamen om", died).
  const inNumber = (h: CueHit) => {
    // (Its first or last word: a cue with a gap may span a number, "verhuisden … naar Nederland".)
    const within = (p: number) => {
      const k = partitionPoint(numberSpans.length, (i) => numberSpans[i][1] <= p);
      return k < numberSpans.length && numberSpans[k][0] <= p;
    };
    return within(h.start) || within(h.end - 1);
  };
  // ("the asylum applications received by member states": "received" says they were handed in, no one was received.)
  const handedIn = (h: CueHit) => t.startsWith('received', h.start) && h.end - h.start === 8 && THING_RECEIVED_BEFORE.test(t.slice(Math.max(0, h.start - 16), h.start));
  const cuesOf = (i: number): CueHit[] => {
    let hits = cuesMemo.get(i);
    // ("The immigration service IND said …": a migration word naming a body or its rules is no cue.)
    if (!hits) {
      const own = cueHitsIn(st.sentences[i], terms, cueWords).filter((h) => !inNumber(h) && !ATTRIBUTIVE_HEAD.test(t.slice(h.end, h.end + 16)) && !handedIn(h));
      cuesMemo.set(i, (hits = requestsOfKind(besideOpposites(own, i, st, cuesOf, concepts), i, st, t, cuesOf, concepts)));
    }
    return hits;
  };
  const durationsMemo = new Map<number, CueHit[]>();
  let durationWords: TermMatch[] | undefined;
  const usedMentions = new Set<PeriodMention>();
  const out: LinkedFigure[] = [];
  const bySentence = new Map<number, LinkedFigure[]>();
  const pending: Pending[] = [];
  const oldLevels: Candidate[] = [];
  const sorted = [...numbers].sort((a, b) => a.start - b.start);
  let si = 0;
  let ui = 0;

  const frameOf = (c: Candidate, governing: CueHit | null, strong: boolean, model: LinkedFigure | null): FrameN => {
    const sent = st.sentences[c.si];
    const sentence: Span = { start: sent.start, end: sent.end };
    let concept: string | null;
    let measureWords: Array<[number, number]>;
    let hits: CueHit[] = [];
    let counted = false;
    let agg = readAggregation(t, c.clause, sentence, c.ns, c.ne, c.num);
    if (governing) {
      // (A percentage that is a change of a count is not a rate: "Deportations up 4%".)
      const change = c.num.unit === 'percent' && /change/.test(agg.aggregation);
      const m = measureOf(governing, c.cues, c.clause, c.ns, c.ne, c.num, concepts, t, change, opts.lang);
      concept = m.concept;
      if (m.countedAs) strong = false;
      // ("in 2022 behandelde de IND 24 duizend asielaanvragen": what a body processed may be
      // its decisions, not what was filed — read, not stated.)
      // (So with the participle after it: "heeft de IND vorig jaar zo'n 35.000 aanvragen behandeld".)
      if (PROCESSED_BEFORE.test(t.slice(Math.max(c.clause.start, c.ns - 48), c.ns)) || PROCESSED_AFTER.test(t.slice(c.ne, c.clause.end))) strong = false;
      counted = !!m.countedAs;
      hits = m.hits;
      measureWords = m.hits.map((h) => [h.start, h.end]);
    } else {
      concept = model!.frame.measure.value;
      measureWords = model!.frame.measure.words;
    }
    const speaksOfMeasure = (k: number) => !!concept && k < c.si && !bySentence.get(k)?.length && cuesOf(k).some((h) => h.concepts[0] === concept);
    const period = readPeriod(t, st, mentions, c.si, c.clause, c.ns, c.ne, numberStarts, usedMentions, pub, speaksOfMeasure);
    if (period.mention) usedMentions.add(period.mention);
    /** The figure's clause up to the number, where its opening words stand. */
    const head = t.slice(c.clause.start, c.ns);
    // "Het aantal … klom naar bijna 25.000 aanvragen. Een jaar eerder stond de teller op krap 14.000": where no
    // time was named before it, "een jaar eerder" counts back from the figure before.
    const back = period.how === 'clause' || period.how === 'apposition' || !YEAR_BACK.test(head) ? undefined : figureBefore(c)?.frame.period;
    const periodSlot: FrameN['period'] = back?.value
      ? { value: shiftYears(back.value, 1), determined: true, words: back.words, granularity: back.granularity, how: 'baseline', toDate: false }
      : { value: period.period, determined: period.period !== null, words: period.words, granularity: period.granularity, how: period.how, toDate: period.toDate, ...(period.alt ? { alt: period.alt } : {}), ...(period.running ? { running: true } : {}) };
    const g = geo.read(c.si, c.clause, c.ns, c.ne);
    // "requests for asylum from Syrians, which dropped to 11,500": a relative clause counts the people
    // of the noun it hangs on, in the clause before.
    // So does a count whose verb follows an apposition to its subject ("Eritrean nationals, long
    // the second largest group, lodged 235 …"); the apposition's words are no distance.
    const sentenceStart = st.sentences[c.si].start;
    const apposed = APPOSITION_THEN_VERB.exec(t.slice(sentenceStart, c.ns));
    const asideStart = apposed ? sentenceStart + apposed[0].indexOf(',') + 1 : -1;
    const aside: [number, number] | undefined = apposed && asideStart <= c.clause.start ? [asideStart, asideStart + apposed[1].length] : undefined;
    // And a count in a clause that opens with "with"/"met" after the main one ("requests from
    // Eritreans fell …, with just 235 …") elaborates that clause: its people are the main
    // clause's, when no number stands before it (the whole main clause is no distance).
    const elaborates = !aside && c.clause.start > sentenceStart && (WITH_OPENING.test(head) || CHANGE_OPENING.test(head)) && !/\d/.test(t.slice(sentenceStart, c.clause.start).replace(/\b(?:19|20)\d\d\b/g, ''));
    const main: [number, number] | undefined = elaborates ? [sentenceStart, c.clause.start] : aside;
    const subsetClause = main || RELATIVE_OPENING.test(head) ? { start: sentenceStart, end: c.clause.end } : c.clause;
    let subset = readSubset(t, subsetClause, c.ns, c.ne, placesOf(c.si), c.cues, concepts, { concept, hits }, main);
    if (subset.partByMeasure || subset.partByGroup) strong = false;
    // (Immigrants in a text that tells them by motive may be those without the country's
    // nationality only: motives.ts.)
    if (wholes && concept && wholes.has(concept)) strong = false;
    // "82.000 vluchtelingen met de Oekraïense nationaliteit", or "82 duizend vluchtelingen" in a
    // text that opened on Ukrainians: the group of that nationality (national-group.ts).
    if (counted && !subset.restricted && !subset.subset?.group) {
      const byText = !subset.subset;
      // (The text's nationality only for the group the number counts by its own noun: "82
      // duizend vluchtelingen", not "403,000 people came in as refugees, students, knowledge migrants …".)
      const ownNoun = hits[0].start >= c.ne && countWords(t, c.ne, hits[0].start) <= 1;
      const national = nationalGroup(concepts, conceptOf(hits[0], concepts), subset.subset?.nationality ?? (ownNoun ? opening : undefined));
      if (national) {
        concept = national.measure;
        if (!byText) measureWords = [...measureWords, ...subset.words];
        subset = { subset: null, restricted: false, words: [] };
      }
    }
    // "Ook 2.400 Syriërs vroegen asiel aan; een jaar eerder was dat aantal nog 8.900": the
    // figure an anaphor counts is the same group as the one before.
    // (Not a part the figure before opened, "14.700 mensen, waarvan 2.200 Syriërs. In 2016 waren dat
    // er 18.200": the anaphor counts the whole again.)
    if (!subset.subset && !subset.restricted && (ANAPHORIC_COUNT.test(head) || ANAPHORIC_CHANGED_COUNT.test(head))) {
      const before = wholeBefore(c);
      if (before?.frame.subset.value) subset = { subset: before.frame.subset.value, restricted: false, words: before.frame.subset.words };
      // ("ruim 200 duizend immigranten zonder de Nederlandse nationaliteit …, daalde dat aantal tot 160
      // duizend immigranten": a part the facts do not count apart stays that part.)
      else if (before?.frame.subset.restricted) subset = { subset: null, restricted: true, words: before.frame.subset.words };
    }
    // "Vooral Eritreeërs vroegen dit jaar vaker asiel aan. Het ging om 2400 mensen.":
    // a sentence that opens by saying what the one before was about counts that sentence's people
    // (one nationality only).
    if (!subset.subset && !subset.restricted && c.clause.start === sent.start && c.ns - sent.start <= 40 && IT_CONCERNED.test(t.slice(sent.start, c.ns))) {
      const prevSent = st.sentences[c.si - 1];
      const people = prevSent && prevSent.para === sent.para ? [...new Set(placesOf(c.si - 1).filter((p) => p.nationality).map((p) => p.nationality!))] : [];
      if (people.length === 1) subset = { subset: { nationality: people[0] }, restricted: false, words: [] };
    }
    // "Syria and Eritrea came next, with 900 and 235 requests respectively": each count of
    // the list is of the people in its place of the list before it.
    // (It decides even where the clause names all the list's peoples: "Uit Syrië en Eritrea kwamen
    // respectievelijk 900 en 235 aanvragen".)
    const respective = respectively ? respectiveNationality(t, sentence, numberSpans, c.ns, placesOf(c.si)) : null;
    if (respective) subset = { subset: { nationality: respective.nationality }, restricted: false, words: [respective.words] };
    // A figure read on the model of the one before ("860 Syriërs …, tegen ruim 2900 een jaar
    // eerder", a list member, the base of a change) counts the same group.
    if (!subset.subset && !subset.restricted && model?.frame.subset.value) subset = { subset: model.frame.subset.value, restricted: false, words: model.frame.subset.words };
    // "asielaanvragen van Eritreeërs" names a counting rule of one nationality: its people are
    // the figure's subset, as if the nationality had been named apart.
    const implied = concept ? own(concepts, concept)?.subset : undefined;
    if (!subset.subset && !subset.restricted && implied) subset = { subset: implied, restricted: false, words: measureWords };
    // "it would be a few dozen a year (last year almost 50,000 came)": an aside in brackets that
    // names its own time is a statement of its own; the modal words before it are not its.
    const ownTime = c.aside && period.words.some(([a, b]) => a >= c.aside!.start && b <= c.aside!.end);
    const modality = readModality(t, sentence, ownTime ? c.aside! : c.clause, c.ns, c.ne, period.future, period.words);
    // "De bevolking groeide met 87.000", "grew by 87,000": where the change's own words are the
    // measure's cue, the measure is itself a change (population growth) and the figure its level.
    if (agg.aggregation === 'change' && hits.some((h) => agg.words.some(([a, b]) => h.start < b && h.end > a))) agg = { aggregation: 'level', words: [] };
    const since: PeriodMention | null = period.since;
    // ("steeg vorig jaar tot 714.000": after words of change "tot" gives the level reached.)
    const q = c.num.qualifier === 'at-most' && /^tot\s/i.test(c.num.text) && CHANGED_TO.test(head) ? 'exact' : c.num.qualifier;
    return {
      measure: { value: concept, determined: !!concept && !!own(concepts, concept)?.measure, words: measureWords, definitions: [], facets: [], strong },
      aggregation: { value: agg.aggregation, determined: true, words: agg.words, ...(agg.direction ? { direction: agg.direction } : {}), ...(agg.per ? { per: agg.per } : {}), since: since?.period ?? null, sinceMention: since },
      period: periodSlot,
      geo: { value: g.geo, determined: true, words: g.words, scope: g.scope, how: g.how, ...((g.how === 'default' && !opts.dutchContext) || g.how === 'text' ? { assumed: true } : {}) },
      subset: { value: subset.subset, determined: !subset.restricted, words: subset.words, restricted: subset.restricted },
      modality: { value: modality.modality, determined: true, words: modality.words },
      qualifier: { value: q, determined: true, words: c.num.text.length > 0 && q !== 'exact' ? [[c.ns, c.ne]] : [], interval: interval(c.num.value, c.num.range, q, true) },
    };
  };

  /** A cue that names something counted: a measure, or a group news counts as one. */
  const measureLike = (h: CueHit): boolean => {
    const id = conceptOf(h, concepts);
    return !!id && (!!own(concepts, id)?.measure || !!own(concepts, id)?.countedAs);
  };
  /** A figure that is a part opened by "waarvan", "of whom" of a whole before it. */
  const isPart = (f: LinkedFigure) => PART_RIGHT_BEFORE.test(t.slice(Math.max(f.sentence[0], f.nStart - 32), f.nStart));
  /** Of figures in reading order, the last that is no such part (else the last). */
  const lastWhole = (list: LinkedFigure[] | undefined): LinkedFigure | undefined => list?.findLast((f) => !isPart(f)) ?? list?.at(-1);
  /** The figure `pick` takes of those read before c in its sentence, else of the sentence before in its paragraph. */
  const pickBefore = (c: Candidate, pick: (list: LinkedFigure[] | undefined) => LinkedFigure | undefined): LinkedFigure | undefined => {
    const prev = st.sentences[c.si - 1];
    return pick(bySentence.get(c.si)?.filter((f) => f.nStart < c.ns)) ?? (prev && prev.para === st.sentences[c.si].para ? pick(bySentence.get(c.si - 1)) : undefined);
  };
  /** The figure read last before c that is no part of another: in its sentence, else the sentence before in its paragraph. */
  const wholeBefore = (c: Candidate) => pickBefore(c, lastWhole);
  /** The figure read last before c in its sentence. */
  const beforeInSentence = (c: Candidate): LinkedFigure | undefined => bySentence.get(c.si)?.findLast((f) => f.nStart < c.ns);
  /** The figure read last before c: in its sentence, else the sentence before in its paragraph. */
  const figureBefore = (c: Candidate) => pickBefore(c, (list) => list?.at(-1));

  const push = (c: Candidate, frame: FrameN) => {
    const sent = st.sentences[c.si];
    const prev = st.sentences[c.si - 1];
    const next = st.sentences[c.si + 1];
    const around: [number, number] = [prev && prev.para === sent.para ? prev.start : sent.start, next && next.para === sent.para ? next.end : sent.end];
    const f: LinkedFigure = { start: c.num.start, end: c.num.end, number: c.num, nStart: c.ns, nEnd: c.ne, sentence: [sent.start, sent.end], around, frame };
    out.push(f);
    const list = bySentence.get(c.si);
    if (list) list.push(f);
    else bySentence.set(c.si, [f]);
  };

  // "9.005 eerste aanvragen in Q1, 7.755 in Q2 en 7.175 in Q3": a member of a list whose head
  // its cue governs firmly counts the same thing as firmly.
  const listMember = (c: Candidate, hit: CueHit): boolean => {
    const head = bySentence.get(c.si)?.at(-1);
    if (!head || !head.frame.measure.strong || head.number.unit !== c.num.unit) return false;
    if (!head.frame.measure.words.some(([a, b]) => a === hit.start && b === hit.end)) return false;
    const between = t.slice(head.nEnd, c.ns);
    // (Not a clause set against the head's: "272,200 moved to the Netherlands, while 157,900 moved out".)
    return between.length <= 60 && /,|\b(?:en|and)\b/.test(between) && !/[.;:]/.test(between) && !SET_AGAINST.test(between) && !c.cues.some((h) => h.start >= head.nEnd && h.end <= c.ns && (h.end <= hit.start || h.start >= hit.end));
  };

  for (const num of sorted) {
    const ns = toNorm(norm, num.start);
    const ne = Math.max(ns + 1, toNorm(norm, num.end));
    while (si < st.sentences.length - 1 && st.sentences[si].end <= ns) si++;
    const sent = st.sentences[si];
    if (!sent) continue;
    while (ui < urls.length && urls[ui][1] <= ns) ui++;
    if (ui < urls.length && urls[ui][0] <= ns) continue;
    let clause = clauseAt(st, sent, ns);
    let aside: Span | undefined;
    // "de Eritrese nationaliteit (990 personen)": a figure in brackets belongs to the words before them.
    if (t[clause.start - 1] === '(' && clause.start - 2 > sent.start) {
      aside = clause;
      clause = { start: clauseAt(st, sent, clause.start - 2).start, end: clause.end };
    }
    const before = words(t, Math.max(sent.start, ns - 60), ns).slice(-4);
    const after = words(t, ne, Math.min(sent.end, ne + 80)).slice(0, 5);
    const pwOrig = before.length > 1 ? text.slice(norm.map[before[before.length - 2].start], norm.map[before[before.length - 2].start] + 1) : '';
    const last = before.at(-1);
    const prevIsCapitalA = !!last && last.w === 'a' && text[norm.map[last.start]] === 'A';
    const unit = durationUnit(after[0]?.w);
    if (unit && num.unit === 'count' && !isRatio(after)) {
      // How long something takes: a figure only as durations.ts says (else, as any number of
      // weeks or years, not one).
      const inMention = mentions.some((m) => m.start < ne && ns < m.end);
      const earlier = (bySentence.get(si) ?? []).filter((f) => isDurationUnit(f.number.unit)).map((f) => [f.nStart, f.nEnd] as [number, number]);
      let dcues = durationsMemo.get(si);
      durationWords ??= input.durationWords?.() ?? [];
      if (!dcues) durationsMemo.set(si, (dcues = cueHitsIn(sent, [], durationWords)));
      const hit = inMention ? null : durationCue({ t, ns, ne, sentence: sent, cues: dcues, earlier });
      if (hit) {
        const d: Candidate = { num: { ...num, unit }, ns, ne, si, clause, cues: cuesOf(si) };
        push(d, frameOf(d, hit, true, null));
      }
      continue;
    }
    // A noun for people or a count right after a year-like number ("2000 asielzoekers"), not a verb or a name.
    const countedNounAfter = mayBeYear(num) && after.length > 0 && cuesOf(si).some((h) => h.start === after[0].start && h.term && (own(concepts, h.concepts[0])?.kind === 'group' || !!own(concepts, h.concepts[0])?.measure));
    if (isDecoy(num, { t, ns, ne, before, after, prevIsName: isUpperCaseAt(pwOrig, 0), prevIsCapitalA, countedNounAfter })) continue;
    const cues = cuesOf(si);
    const c: Candidate = { num, ns, ne, si, clause, cues, ...(aside ? { aside } : {}) };
    if (oldLevelOf.has(num)) {
      oldLevels.push(c);
      continue;
    }
    // A number in a row of a table written as text counts what its column's heading names, in
    // the heading's unit; weakly (a column read by position may agree, never accuse).
    // (A heading that is a year, "2018 (x 1,000)", is the column's time; the row's label says what
    // is counted. So in a table whose columns stand apart by spaces, under a line of years.)
    const cell = (bars ? tableCell(t, ns, ne) : null) ?? (spacedYears && (t[ns - 1] === ' ' || t[ns - 1] === '\n') ? spacedTableCell(t, ns, ne) : null);
    if (cell) {
      const named = cell.label ?? cell.heading;
      const hsi = partitionPoint(st.sentences.length, (i) => st.sentences[i].end <= named[0]);
      const hit = hsi < st.sentences.length ? cuesOf(hsi).find((h) => h.start >= named[0] && h.end <= named[1] && measureLike(h)) : undefined;
      if (hit) {
        // (A flow one way that has an opposite, emigration to immigration, is shown as an outflow
        // with a minus sign in such tables: it is the number of people who left.)
        const info = own(concepts, conceptOf(hit, concepts) ?? '');
        const outflow = num.value !== undefined && num.value < 0 && !!(info?.opposite ?? (info?.refines && own(concepts, info.refines)?.opposite));
        // (Scaled to the precision written: "16.216" thousand is 16,216, not 16,216.000000000002.)
        const value = num.value === undefined ? undefined : Number((num.value * cell.scale * (outflow ? -1 : 1)).toPrecision(12));
        const scaled: Candidate = value === num.value ? c : { ...c, num: { ...num, value } };
        const frame = frameOf(scaled, hit, false, null);
        if (cell.year) frame.period = { value: t.slice(cell.year[0], cell.year[1]), determined: true, words: [cell.year], granularity: 'year', how: 'apposition', toDate: false };
        push(scaled, frame);
        continue;
      }
    }
    const gov = governingCue({ t, orig: text, map: norm.map, num, ns, ne, clause, cues, after, concepts, sentence: sent, lang: opts.lang, cuesBefore: () => (si > 0 ? cuesOf(si - 1) : []) });
    // "… dropped by 46% in 2016. The drop from the previous year's record of 58,900 was …": the
    // level a change named just before started from counts what the change counts, in the
    // period before the change's (unless the clause names a year of its own) — weakly.
    if (num.unit === 'count' && FALL_FROM.test(t.slice(Math.max(clause.start, ns - 48), ns))) {
      // (Its sentence or the one before, across a paragraph break too: news gives each sentence one.)
      const change = beforeInSentence(c) ?? bySentence.get(c.si - 1)?.at(-1);
      if (change && change.frame.aggregation.value !== 'level' && change.frame.measure.value) {
        const frame = frameOf(c, null, false, change);
        if (!/\b(?:19|20)\d\d\b/.test(t.slice(clause.start, ns))) frame.period = baselinePeriod(change.frame.period);
        frame.aggregation = { ...frame.aggregation, value: 'level', determined: true, since: null };
        // (Of the place the change is of: a place later in the clause says why, not where.)
        frame.geo = change.frame.geo;
        push(c, frame);
        continue;
      }
    }
    // The bracketed base of a change counts what the change counts (its period is the year
    // before the bracket, period.ts); decided once the change itself is framed.
    const look = t.slice(Math.max(sent.start, ns - 60), ns);
    if (BASE_IN_BRACKETS.test(look) || (SECOND_BASE_IN_BRACKETS.test(look) && COMPARISON_BEFORE.test(t.slice(sent.start, ns)))) {
      pending.push({ ...c, noCues: false, base: gov.hit ? { hit: gov.hit, strong: gov.strong } : null });
      continue;
    }
    // "In 2023 kwamen er 37.000 Oekraïners bij, in 2022 waren dat er 108.000": a count
    // that points back ("waren dat er", "that was") counts what the figure before it in its
    // sentence counted, rather than a cue it merely stands near.
    // "403.000 mensen …, tegenover 298.000 het jaar ervoor": a figure set against the one before
    // counts what it counts, at another time or place.
    if (!gov.hit || !gov.strong) {
      // ("Er kwamen 3863 nareizigers. In 2019 waren dat er 4179": the sentence before.)
      // ("… 580,000 first-time applicants in 2018. That number fell by 11% compared with 2017":
      // a sentence opening on "that number" speaks of the figure before, a change of it included.)
      const head = t.slice(clause.start, ns);
      // ("Even if the 2016 number fell short of the 1.26 million of 2015": a year's
      // number, anywhere in the clause, is the figure spoken of before too.)
      const namesNumber =
        (clause.start === sent.start && NUMBER_ANAPHOR.test(head.slice(0, 60)) && !/\d/.test(head)) ||
        (YEAR_NUMBER_ANAPHOR.test(head) && !/\d/.test(head.replace(/\b(?:19|20)\d\d\b/g, '')));
      const countsBack = ANAPHORIC_COUNT.test(head) || namesNumber;
      // (An explicit "The figure was …" may open a paragraph of its own: news often gives each
      // sentence one.)
      const before = countsBack ? (wholeBefore(c) ?? (namesNumber ? bySentence.get(c.si - 1)?.at(-1) : undefined)) : SET_AGAINST_FIGURE_BEFORE.test(t.slice(Math.max(sent.start, ns - 30), ns)) ? beforeInSentence(c) : undefined;
      const changeOf = namesNumber && num.unit === 'percent' && before?.number.unit === 'count' && PERCENT_CHANGE.test(head);
      if (before?.frame.measure.value && ((before.number.unit === num.unit && comparable(before.number, num)) || changeOf)) {
        // ("Dit aantal is twee keer zo hoog als het jaar ervoor (29.000)": what "dit aantal" stands
        // for is read, not stated — it may agree, never accuse.)
        push(c, frameOf(c, null, before.frame.measure.strong && !namesNumber, before));
        continue;
      }
    }
    // "Irakezen vormden de grootste groep (410 aanvragen), gevolgd door Jemenieten (190)": a count
    // in brackets after a nationality, next in a list of such counts, counts what the one before
    // counts, of its own nationality — not what a nearer word for the group names.
    if (aside && !(gov.hit && measureLike(gov.hit))) {
      const head = beforeInSentence(c);
      const listed = !!head && NEXT_BRACKETED.test(t.slice(head.nEnd, ns)) && placesOf(si).some((p) => !!p.nationality && p.start >= head.nEnd && p.end <= ns);
      if (listed && head.frame.measure.value && head.number.unit === num.unit) {
        push(c, frameOf(c, null, head.frame.measure.strong, head));
        continue;
      }
    }
    // "612,700 first-time requests were filed at reception centres, during 2019, 12% more compared
    // with 2018 (549,000)": a percentage whose own clause names a change but nothing counted is a
    // change of the count before it in its sentence, not of the nearest counted thing's word
    // outside its clause (which may only say where). Read, not stated: weakly.
    if (gov.hit && num.unit === 'percent' && (gov.hit.end <= clause.start || gov.hit.start >= clause.end) && PERCENT_CHANGE.test(t.slice(clause.start, clause.end))) {
      const counted = beforeInSentence(c);
      if (counted && counted.nEnd <= clause.start && counted.number.unit === 'count' && counted.frame.aggregation.value === 'level' && counted.frame.measure.value) {
        push(c, frameOf(c, null, false, counted));
        continue;
      }
    }
    if (gov.hit) {
      const frame = frameOf(c, gov.hit, gov.strong || listMember(c, gov.hit), null);
      // "… 20 procent minder asielaanvragen … . Het ging om 12.500 mensen, meldt het CBS": where
      // the only word near a figure is the organisation that reports it (no measure found
      // through it), a sentence opening with "het"/"dat"/"er" counts what the sentence before counted.
      const onlyOrganisation = !frame.measure.determined && isOrganisation(concepts, frame.measure.value);
      // ("Eurostat notes that after a low in 2020 (417,100) the numbers rose again": a number
      // the reporting body's words frame, next to a like figure in the sentence before, is one
      // more level of what that figure counts — weakly.)
      if (onlyOrganisation) {
        const prev = st.sentences[c.si - 1];
        const samePara = !!prev && prev.para === sent.para;
        const anaphoric = clause.start === sent.start && ANAPHORIC_START.test(t.slice(sent.start, sent.start + 20));
        const before = !samePara ? undefined : anaphoric ? bySentence.get(c.si - 1)?.at(-1) : bySentence.get(c.si)?.length ? undefined : bySentence.get(c.si - 1)?.findLast((f) => f.number.unit === num.unit && comparable(f.number, num));
        if (before?.frame.measure.value) {
          push(c, frameOf(c, null, false, before));
          continue;
        }
      }
      push(c, frame);
      continue;
    }
    if (gov.blocked || num.unit === 'EUR' || num.unit === 'USD' || num.unit === 'GBP') continue;
    // (The body that reports a figure says who counted, not what: "Eurostat, presenting the final
    // data, notes that after a low in 2020 (417,100) …" continues the sentence before.)
    const onlyReporters = cues.every((h) => isOrganisation(concepts, conceptOf(h, concepts)));
    pending.push({ ...c, noCues: onlyReporters && (gov.generic || after.length === 0) });
  }

  const linking: Linking = { t, st, out, bySentence, cuesOf, frameOf, push, beforeInSentence, figureBefore, measureLike, isMeasure: (h) => h.concepts.some((id) => !!own(concepts, id)?.measure), isPart };
  frameFromNeighbours(pending, linking);
  frameOldLevels(oldLevels, oldLevelOf, linking);
  shareTimes(linking);
  partsOfWholes(linking);
  out.sort((a, b) => a.start - b.start);
  return { figures: out, periods: mentions };
}

/** Right before a number, the words that open a part of the whole before it: "waarvan 2.200", "of whom some 900". */
const PART_RIGHT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PART_WORDS})\\s+(?:[\\p{L}']+\\s+)?$`, 'u');

/** How many sentences back a flow's opposite may be named (besideOpposites). */
const OPPOSITE_LOOK_BACK = 3;

/**
 * Resolve the cues that name a measure only beside its opposite flow (lexicon `beside`): where
 * the sentence, or the one before it in the paragraph, names the opposite ("Er vestigden zich
 * 235.000 mensen in Nederland. Er vertrokken er 154.000"), the cue names the measure, first
 * among its candidates; elsewhere it names nothing ("vertrokken" is then a rejected asylum
 * seeker's departure, or no migration figure at all).
 * Likewise a cue of several measures, one of them such a flow ("left the Netherlands": return or
 * emigration): after the opposite flow in its paragraph ("314,000 people came to the Netherlands"),
 * that one first.
 */
function besideOpposites(hits: CueHit[], si: number, st: Structure, cuesOf: (si: number) => CueHit[], concepts: Readonly<Record<string, ConceptInfo>>): CueHit[] {
  const beside = (id: string) => own(concepts, id)?.beside;
  const opposite = (id: string) => own(concepts, id)?.opposite;
  if (!hits.some((h) => h.concepts.some(beside) || (h.concepts.length > 1 && h.concepts.some(opposite)))) return hits;
  /** Whether `id` is named in this sentence or up to `back` sentences before it in its paragraph. */
  const namedWithin = (id: string, back: number) => {
    for (let k = si; k >= 0 && k >= si - back && st.sentences[k].para === st.sentences[si].para; k--) if ((k === si ? hits : cuesOf(k)).some((h) => h.concepts.includes(id))) return true;
    return false;
  };
  const out: CueHit[] = [];
  for (const h of hits) {
    const b = h.concepts.map(beside).find(Boolean);
    if (!b) {
      // (Its opposite a few sentences back in the paragraph: "314,000 people came to the
      // Netherlands. They came for work or asylum. 205,000 left the Netherlands." Bounded, so a
      // long paragraph costs no walk back to its start per sentence.)
      const reverses = (c: string) => {
        const o = opposite(c);
        return !!o && namedWithin(o, OPPOSITE_LOOK_BACK);
      };
      const flow = h.concepts.length > 1 ? h.concepts.find(reverses) : undefined;
      // (Not before a counting rule of that very flow the cue names first: "emigrated" is CBS's.)
      const first = h.concepts[0];
      const moves = flow && first !== flow && own(concepts, first)?.refines !== flow;
      out.push(moves ? { ...h, concepts: [flow, ...h.concepts.filter((c) => c !== flow)] } : h);
      continue;
    }
    const rest = h.concepts.filter((c) => !beside(c) && c !== b.concept);
    const ids = namedWithin(b.opposite, 1) ? [b.concept, ...rest] : rest;
    if (ids.length) out.push({ ...h, concepts: ids });
  }
  return out;
}

/** "Staat van Migratie 2023", "Vreemdelingenwet 2000": a year right after a document's or a policy's name is part of the name. */
const NAME_YEAR = /^[ \u00a0](?:19|20)\d\d(?![\p{L}\p{N}])/u;
/** Right before the first word of a sentence or a line: the text's start, a line break, a full stop. */
const SENTENCE_START_BEFORE = /(?:^|[\n.!?:]\s*["'“‘(]?)\s*$/u;
/**
 * Where a name with its year ends. A policy's term takes the year only where it is written as a
 * name, capitalised inside its sentence ("de Wet inburgering 2013"): a topic word opening a
 * heading is not ("Migratie 2015: de cijfers": the year of what follows).
 */
function nameEnd(text: string, t: string, term: TermMatch, kind: string | undefined): number {
  const end = term.nEnd;
  const writtenAsName = () => isUpperCaseAt(text, term.start) && !SENTENCE_START_BEFORE.test(t.slice(Math.max(0, term.nStart - 4), term.nStart));
  if (kind !== 'instrument' && !(kind === 'policy' && writtenAsName())) return end;
  const m = NAME_YEAR.exec(t.slice(end, end + 6));
  return m ? end + m[0].length : end;
}
