/**
 * Figures that take their frame from a neighbour (the later steps of linking, link.ts): a number
 * whose own words name no measure, read on the model of a figure before or after it.
 * - the bracketed base of a change ("12% lower than in 2017 (650,000)");
 * - a sibling or continuation of like size, a change of the figure before, the level a change
 *   ended at, a share "of them";
 * - anaphors: "Dat waren er 10.000", "their numbers", "did so", a running tally;
 * - the old level of "van X naar Y", one period before the new one;
 * - a heading that repeats a figure of the paragraph under it, and a whole a sentence opens with
 *   that repeats one given before, take that figure's time; a later count of that whole's
 *   sentence that names no measure of its own is a part of it.
 * What is borrowed is read, not stated: weakly, unless the model is a list head in the same sentence.
 */
import type { CueHit } from './cues';
import type { FrameN } from './frame';
import type { Candidate, LinkedFigure } from './link';
import type { NumberMatch } from '../types';
import { isHeading, type Structure } from './structure';
import { inBrackets, WHOLE_OPENING } from './period';
import { partitionPoint } from '../../util/sorted';
import { ANAPHORIC_CHANGE_TO, ANAPHORIC_COUNT, ANAPHORIC_START, DEMONSTRATIVE_COUNT, MONTH_ALTERNATION, PERCENT_CHANGE, YEAR_LABEL_LIST } from './words';

/** Two numbers of one thing: within a factor ten of each other. */
export function comparable(a: NumberMatch, b: NumberMatch): boolean {
  const av = a.value ?? (a.range ? a.range[1] : NaN);
  const bv = b.value ?? (b.range ? b.range[1] : NaN);
  return av / bv <= 10 && bv / av <= 10;
}

/**
 * Right before a level a change ended at: "stopping at", "to a total of", "kwam uit op", "but
 * still", "yet stayed". (A bound's own words — "surpassed", "above", "boven" — are the number's
 * qualifier, so they stand inside the number, not before it.)
 */
const LEVEL_AFTER_CHANGE = /\b(?:(?:stopping|standing|ending|ended|stood|settling|settled|coming) (?:at|to)|to a total of|at a total of|(?:tot|op) een totaal van|uitkomend op|uitkwam op|kwam uit op|(?:stopping|ending) at|reaching|totalling|totaling|topped|remained|stayed|(?:but|yet) still|maar nog steeds|bleef)\s*$/;
/** A sentence that opens by comparing with the figure before it: "Hoger dan in 2019 (29.500)", "Fewer than in 2015 (…)". */
/** Also one that opens on the figure itself, changed: "This total is 12% lower than in 2017 (650,000)". */
const COMPARATIVE_OPENING = /^\s*(?:(?:dat|dit|het) is |that is |this is |it is |(?:dat|dit) (?:aantal|getal|cijfer) (?:is |ligt )?|(?:that|this) (?:number|figure|total) (?:is |was |has (?:gone |come )?)?)?(?:(?:veel|fors|iets|far|much|slightly) )?(?:meer|minder|hoger|lager|more|fewer|less|higher|lower|down|up|gedaald|gestegen)\b[^.;:]*$/;
/** A sentence's opening that only lists times: "In juli, augustus en september", "In 2022, 2023 and 2024". */
const TIME_LIST = new RegExp(`^(?:in|during|over|tijdens)\\s+(?:(?:${MONTH_ALTERNATION}|(?:19|20)\\d\\d)(?:\\s*,\\s*|\\s+(?:en|and|of|or)\\s+|\\s*$))+$`, 'i');
/** A short label a sentence opens with, before a colon: "Ter vergelijking:", "By comparison:". */
const LABEL_OPENING = /^\s*(?:\S+\s+){0,2}\S+:\s/;
/** What ends a clause (structure.ts): a comma, semicolon, colon, bracket or dash. */
const CLAUSE_MARK = /[,;:()[\]\u2013\u2014]|\s-\s/;
/** A sentence that speaks of the figures before it as such: "the numbers rose", "de aantallen stegen". */
const THE_NUMBERS = /\b(?:the|these|those|de|deze|die)\s+(?:numbers|figures|totals|aantallen|cijfers)\b/;
/** Right after a percentage: "40 procent van hen", "a third of them": a share of the group the figure before counts. */
const SHARE_OF_THEM = /^\s*(?:van (?:hen|hun|deze|die|ze)|daarvan|ervan|of (?:them|these|those|whom))\b/;
/** A sentence opening with a noun that stands for a figure named before: "De voorspelling voor 2017 was 42.000". */
const ANAPHORIC_NOUN_START = /^(?:de|het) (?:voorspelling|prognose|raming|verwachting|schatting)\b|^the (?:forecast|estimate|projection|prediction)\b/;
/** "Hun aantallen", "their number": a group named before, perhaps two sentences back. */
const THEIR_NUMBERS = /^(?:hun aantal(?:len)?|their numbers?)\b/;
/** A verb that only repeats the one of the sentence before: "did so", "did the same", "deden dat (ook)". */
const DID_THE_SAME = /^\s+(?:(?:people|mensen|personen)\s+)?(?:did so|did the same|(?:deden|deed) (?:dat|dit|hetzelfde))\b/;
/** A sentence opening with the running count itself: "De teller stond op …", "The tally stood at …". */
const TALLY_START = /^(?:de|the) (?:teller|tally|counter)\b/;
/** Right before a number that repeats one named before: "van deze 58.900", "of these 1.2 million". */
const THESE_BEFORE = /(?:^|[^\p{L}])(?:deze|die|these|those)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|about|nearly|almost|some|over|more than|meer dan)\s+)?$/u;

/** Right before a group that is counted: "het aantal asielzoekers", "the number of refugees". */
const COUNT_OF_RIGHT_BEFORE = /(?:^|[^\p{L}])(?:aantal|aantallen|number of|numbers of)\s+$/u;

/** A list item's opening mark. */
const BULLET = /^[•·▪◦*–-]\s/;

/** What the first pass of linking (link.ts) knows of a text, and how it frames and keeps a figure. */
export interface Linking {
  t: string;
  st: Structure;
  /** The figures framed so far, in the order they were framed, and per sentence index. */
  out: LinkedFigure[];
  bySentence: Map<number, LinkedFigure[]>;
  cuesOf(si: number): CueHit[];
  /** A candidate's frame from its governing cue, or (none) on the model of another figure. */
  frameOf(c: Candidate, governing: CueHit | null, strong: boolean, model: LinkedFigure | null): FrameN;
  push(c: Candidate, frame: FrameN): void;
  /** The figure read last before c in its sentence. */
  beforeInSentence(c: Candidate): LinkedFigure | undefined;
  /** The figure read last before c: in its sentence, else the sentence before in its paragraph. */
  figureBefore(c: Candidate): LinkedFigure | undefined;
  /** A cue that names something counted: a measure, or a group news counts as one. */
  measureLike(h: CueHit): boolean;
  /** Whether a cue names a measure. */
  isMeasure(h: CueHit): boolean;
  /** Whether a figure is a part its sentence opened with "waarvan", "of whom" after a whole. */
  isPart(f: LinkedFigure): boolean;
}

/** A number the first pass left without a governing cue, or a bracketed base (`base`: the cue it had, if any). */
export type Pending = Candidate & { noCues: boolean; base?: { hit: CueHit; strong: boolean } | null };

/** Frame each pending number on the model of a neighbour, where one fits; the rest are no figures. */
export function frameFromNeighbours(pending: readonly Pending[], x: Linking): void {
  const { t, st, bySentence, cuesOf, frameOf, push, beforeInSentence, figureBefore, measureLike, isMeasure, isPart } = x;
  const speaksOfNumbers = new Map<number, boolean>();
  for (const p of pending) {
    if (p.base !== undefined) {
      const change = beforeInSentence(p);
      if (change && change.frame.aggregation.value !== 'level' && change.frame.measure.value && change.number.unit !== p.num.unit) push(p, frameOf(p, null, change.frame.measure.strong, change));
      else if (p.base && measureLike(p.base.hit)) push(p, frameOf(p, p.base.hit, p.base.strong, null));
      else {
        // "… komt uit op zo'n 31.000 aanvragen. Hoger dan in 2019 (29.500), maar ver onder 2015
        // (59.000, het piekjaar)": a bracketed base whose
        // own words name no measure counts what the figure it is compared with counts — the one
        // before it in its sentence, or, in a sentence that opens with the comparison, the last
        // one of the sentence before. Weakly: the comparison is read, not stated.
        const sent = st.sentences[p.si];
        const prev = st.sentences[p.si - 1];
        const opensWithComparison = COMPARATIVE_OPENING.test(t.slice(sent.start, p.ns));
        const compared = change ?? (opensWithComparison && prev && prev.para === sent.para ? bySentence.get(p.si - 1)?.at(-1) : undefined);
        if (compared?.frame.measure.value && compared.number.unit === p.num.unit && comparable(compared.number, p.num)) push(p, frameOf(p, null, false, compared));
        else if (p.base) push(p, frameOf(p, p.base.hit, p.base.strong, null));
      }
      continue;
    }
    const near = (f: LinkedFigure) => f.number.unit === p.num.unit && comparable(f.number, p.num);
    // (Not a part after it: "met bijna 110 duizend, waarvan 80 duizend omdat …" — the part
    // counts something of the whole, not what the whole counts.)
    let model = bySentence.get(p.si)?.find((f) => near(f) && !(f.nStart > p.ne && isPart(f)));
    const sent = st.sentences[p.si];
    const prev = st.sentences[p.si - 1];
    const samePara = !!prev && prev.para === sent.para;
    // (Also the first sentence of the next paragraph, where it speaks of "the numbers": "… a total
    // for 2023. ¶ Since the low of 2020 (417 100) the numbers have gone up every year.")
    // (Asked once per sentence: a long one with many numbers must not be read again for each.)
    const nextPara = () => {
      if (!prev || prev.para !== sent.para - 1) return false;
      let v = speaksOfNumbers.get(p.si);
      if (v === undefined) speaksOfNumbers.set(p.si, (v = THE_NUMBERS.test(t.slice(sent.start, sent.end))));
      return v;
    };
    if (!model && p.noCues && (samePara || nextPara())) model = bySentence.get(p.si - 1)?.findLast(near);
    // "…, 9 procent hoger dan in 2022", "Dat is 9 procent hoger dan in 2022.": a change of the
    // figure before it, in its sentence or (a sentence opening with "dat"/"that") the one before.
    // "… fell by 26 per cent, stopping at 178,000": the level a change ended at.
    if (!model && LEVEL_AFTER_CHANGE.test(t.slice(Math.max(p.clause.start, p.ns - 30), p.ns))) model = beforeInSentence(p);
    if (!model && p.num.unit === 'percent' && PERCENT_CHANGE.test(t.slice(p.clause.start, p.clause.end))) {
      model = beforeInSentence(p);
      if (!model && samePara && ANAPHORIC_START.test(t.slice(sent.start, sent.start + 20))) model = bySentence.get(p.si - 1)?.at(-1);
    }
    // "450 vluchtelingen kwamen … . Ruim een derde van hen was Syriër": a share of the
    // group the figure before (in its sentence, or the one before it) counts.
    if (!model && p.num.unit === 'percent' && SHARE_OF_THEM.test(t.slice(p.ne, p.ne + 24))) {
      model = figureBefore(p);
      if (model && model.number.unit !== 'count') model = undefined;
    }
    // "Het aantal nareizigers nam af. Dat waren er 10.000": a sentence opening with "dat/het/er"
    // counts what the sentence before named.
    // Also "In 2014 waren dat er 300" (the anaphor inside the sentence's first clause; in a
    // later clause it may stand for a count of something else before it: "2900 werknemers, in
    // 2023 waren dat er 5.739") and "De voorspelling
    // voor 2017 was 42.000" (a noun that stands for the figure the sentence before gave).
    // ("In juli, augustus en september waren het er …": the commas of a list of months split no clause.)
    // (Nor do a bracketed aside, "In Nederland (bijna 18 miljoen inwoners) waren het er …", or a
    // label the sentence opens with, "Ter vergelijking: …", "By comparison: …".)
    const opening = t.slice(sent.start, p.clause.start).replace(/\([^()]*\)/g, '').replace(LABEL_OPENING, '');
    const firstClause = p.clause.start === sent.start || TIME_LIST.test(t.slice(sent.start, p.clause.start)) || !CLAUSE_MARK.test(opening);
    const anaphoric = ANAPHORIC_START.test(t.slice(sent.start, sent.start + 20)) || ANAPHORIC_NOUN_START.test(t.slice(sent.start, sent.start + 24)) || (firstClause && (ANAPHORIC_COUNT.test(t.slice(sent.start, p.ns)) || ANAPHORIC_CHANGE_TO.test(t.slice(sent.start, p.ns))));
    // ("Aantal asielaanvragen gelijk\n\nIn 2016 waren dat er 31.642 …": a count that points back
    // in the paragraph under a heading points at the heading; "Er zijn 125 duizend kinderen
    // geboren" under "Natuurlijke aanwas" does not.)
    const underHeading = !!prev && !samePara && prev.para === sent.para - 1 && isHeading(st, p.si - 1, t) && p.clause.start === sent.start && ANAPHORIC_COUNT.test(t.slice(p.clause.start, p.ns));
    // ("• In 2022 kwamen er 47.991 … ¶ • In 2021 was dit aantal 36.620": the item before in a list
    // is the sentence before, though each item is a line of its own.)
    const listSibling = !!prev && prev.para === sent.para - 1 && BULLET.test(t.slice(sent.start, sent.start + 3)) && BULLET.test(t.slice(prev.start, prev.start + 3));
    if (!model && p.noCues && (samePara || underHeading || listSibling) && anaphoric) {
      // A figure in the sentence before is what the anaphor stands for ("Dat is twee keer zoveel").
      const before = bySentence.get(p.si - 1)?.at(-1);
      if (before) {
        push(p, frameOf(p, null, false, before));
        continue;
      }
      // (Else, for "hun aantallen", the measure named last two sentences back in the paragraph:
      // "… de nareizigers niet meegerekend. Dat zijn mensen die … . Hun aantallen zijn stabiel: 2650".)
      const twoBack = st.sentences[p.si - 2];
      // ("dat aantal", "that number": the count named last, the noun the demonstrative points back at.)
      // (A group counted as such stands for its count too: "Het aantal asielzoekers groeit sinds 2012.
      // In 2014 liep het aantal op tot ongeveer 30.000.")
      const prevMeasures = cuesOf(p.si - 1).filter((h) => isMeasure(h) || (measureLike(h) && COUNT_OF_RIGHT_BEFORE.test(t.slice(Math.max(0, h.start - 16), h.start))));
      const pointsBack = DEMONSTRATIVE_COUNT.test(t.slice(p.clause.start, p.ns));
      const metric = (pointsBack ? prevMeasures.at(-1) : prevMeasures[0]) ?? (twoBack && twoBack.para === sent.para && THEIR_NUMBERS.test(t.slice(sent.start, sent.start + 20)) ? cuesOf(p.si - 2).findLast(isMeasure) : undefined);
      if (metric) {
        push(p, frameOf(p, metric, false, null));
        continue;
      }
    }
    // "De emigratie ontwikkelde zich als volgt: ¶ 2013: 146.000 / 2014: 148.000": a list of
    // labelled years right after a sentence that announces it with a colon counts what that
    // sentence named last — weakly, the list names no measure of its own.
    if (!model && p.noCues && prev && YEAR_LABEL_LIST.test(t.slice(sent.start, sent.end)) && /:\s*$/.test(t.slice(prev.start, prev.end))) {
      // (Not one in brackets there: "(inclusief wie terugkeert naar het land van herkomst)" glosses.)
      const metric = cuesOf(p.si - 1).findLast((h) => isMeasure(h) && !inBrackets(t, prev.start, h.start));
      if (metric) {
        push(p, frameOf(p, metric, false, null));
        continue;
      }
    }
    // "Some 200,000 sought asylum in the EU in 2012. A year on, about 300,000 did so":
    // a figure whose verb only repeats the one before ("did so", "deden dat ook") counts what the
    // last like figure of the sentence before counted — weakly, the verb is read, not stated.
    if (!model && samePara && DID_THE_SAME.test(t.slice(p.ne, p.ne + 30))) {
      const before = bySentence.get(p.si - 1)?.findLast(near);
      if (before?.frame.measure.value) {
        push(p, frameOf(p, null, false, before));
        continue;
      }
    }
    // "Begin mei stond de teller op 12.480. Daarna meldden zich nog 2100 asielzoekers":
    // a running count named before what it counts, which the next sentence names.
    if (!model && p.noCues && TALLY_START.test(t.slice(sent.start, sent.start + 16))) {
      const next = st.sentences[p.si + 1];
      const counted = next && next.para === sent.para ? bySentence.get(p.si + 1)?.[0] : undefined;
      if (counted) {
        push(p, frameOf(p, null, false, counted));
        continue;
      }
    }
    if (!model) continue;
    // A list in one sentence ("9.005 aanvragen in Q1, 7.755 in Q2 en 7.175 in Q3") counts
    // what its head counts, as firmly.
    const listed = model.sentence[0] === sent.start && model.frame.measure.strong && model.number.unit === p.num.unit;
    push(p, frameOf(p, null, listed, model));
  }
}

/** The old level of "van X naar Y" (changes.ts) counts what the new level counts. */
export function frameOldLevels(oldLevels: readonly Candidate[], oldLevelOf: ReadonlyMap<NumberMatch, NumberMatch>, x: Linking): void {
  const { out, frameOf, push } = x;
  // The old level of "van X naar Y" counts what the new level counts, one period earlier
  // unless its own words name its period, or the start of a span the new level is the end of.
  for (const c of oldLevels) {
    const to = oldLevelOf.get(c.num)!;
    const model = out.find((f) => f.number === to);
    if (!model) continue;
    const frame = frameOf(c, null, false, model);
    const own = frame.period.how === 'apposition' && frame.period.value !== model.frame.period.value;
    // "grew in 2015–2016 (from 210 000 to 236 000)": the span's ends are the two levels'.
    const span = /^(\d{4})\/(\d{4})$/.exec(model.frame.period.value ?? '');
    if (span && !own) {
      frame.period = { ...model.frame.period, value: span[1], granularity: 'year', toDate: false };
      model.frame.period = { ...model.frame.period, value: span[2], granularity: 'year' };
    } else if (!own) frame.period = baselinePeriod(model.frame.period);
    push(c, frame);
  }
}

/** Figures whose time is the one of the same figure given nearby (a heading's, a repeated whole's). */
export function shareTimes(x: Pick<Linking, 't' | 'st' | 'out'>): void {
  const { t, st, out } = x;
  /** The index of the sentence a figure stands in. */
  const sentenceOf = (f: LinkedFigure) => partitionPoint(st.sentences.length, (i) => st.sentences[i].start < f.sentence[0]);
  // A heading ("31.640 nieuwe aanvragen voor asiel") repeats a figure of the paragraph under it,
  // which says the time the heading leaves out — and what it counts, where the heading's word
  // names only a group ("Ruim 240.000 migranten in negen maanden" over "vestigden zich ruim 240
  // duizend immigranten in Nederland"; weakly).
  for (const f of out) {
    const looseTime = f.frame.period.how === 'paragraph' || f.frame.period.how === 'discourse' || f.frame.period.how === 'none';
    if (!looseTime && f.frame.measure.determined) continue;
    const k = sentenceOf(f);
    if (!isHeading(st, k, t)) continue;
    const para = st.sentences[k].para;
    const body = out.find((g) => g.number.unit === f.number.unit && g.number.value === f.number.value && g !== f && st.sentences[sentenceOf(g)].para === para + 1);
    if (looseTime && body?.frame.period.value) f.frame.period = { ...body.frame.period, how: 'paragraph' };
    if (!f.frame.measure.determined && body?.frame.measure.determined) f.frame.measure = { ...body.frame.measure, strong: false };
  }
  // "In 2022 kwamen er 966.000 aanvragen binnen. … Van die 966.000 aanvragen was eind 2022 over
  // 636.000 nog niet beslist": a whole a sentence opens with that repeats a figure
  // given before is that figure, of its time, not of its part's moment.
  for (const f of out) {
    const k = sentenceOf(f);
    const s = st.sentences[k];
    // (Also a demonstrative anywhere in the sentence: "De helft van deze 43.000 eerste aanvragen
    // kwam van Syriërs" speaks of the 43.000 named before.)
    if (!s || !(WHOLE_OPENING.test(t.slice(s.start, f.nStart)) || THESE_BEFORE.test(t.slice(Math.max(s.start, f.nStart - 24), f.nStart)))) continue;
    // (The same number written the same way, both figures of a measure: the measure's counting
    // rule is only chosen later, from the words around each.)
    const given = out.find((g) => g.nEnd <= s.start && g.number.text === f.number.text && g.number.unit === f.number.unit && g.number.value === f.number.value && !!g.frame.measure.value && !!f.frame.measure.value && g.frame.period.value);
    if (given && given.frame.period.value !== f.frame.period.value) f.frame.period = { ...given.frame.period, how: 'paragraph' };
  }
}

/**
 * "Van de 59.000 mensen die in 2015 een asielverzoek deden, krijgen er zo'n 42.000 een status": a later
 * count in a sentence that opens with a whole ("Van de", "Of the") is a part of it when its own
 * clause names no measure — what it counts comes from the whole's words, so it counts some of
 * those people, a part no fact counts apart.
 */
export function partsOfWholes(x: Pick<Linking, 't' | 'out'>): void {
  const { t, out } = x;
  for (const g of out) {
    if (!WHOLE_OPENING.test(t.slice(g.sentence[0], g.nStart))) continue;
    for (const f of out) {
      if (f.sentence[0] !== g.sentence[0] || f.nStart <= g.nEnd || f.number.unit !== g.number.unit || f.frame.subset.restricted) continue;
      if (!(f.number.value !== undefined && g.number.value !== undefined && f.number.value < g.number.value)) continue;
      const comma = t.lastIndexOf(',', f.nStart);
      if (comma <= g.nEnd || !f.frame.measure.words.every(([, b]) => b <= comma)) continue;
      f.frame.subset = { value: f.frame.subset.value, determined: false, words: [...f.frame.subset.words, [g.nStart, g.nEnd]], restricted: true };
    }
  }
}

/** The period before a year ("2025" → "2024"); anything finer is left open (last quarter or the same quarter a year before?). */
export function baselinePeriod(p: FrameN['period']): FrameN['period'] {
  if (p.value && /^\d{4}$/.test(p.value) && !p.toDate) {
    return { value: String(Number(p.value) - 1), determined: true, words: p.words, granularity: 'year', how: 'baseline', toDate: false };
  }
  return { value: null, determined: false, words: [], granularity: null, how: 'baseline', toDate: false };
}
