/**
 * The period slot: which time a figure is about, at which granularity, and which words say so.
 *
 * Mentions of time are found once per text, in reading order (mentionsOf):
 * - explicit: "2023", "in het derde kwartaal van 2022", "Q1 2024", "september 2022",
 *   "1 januari 2024" (a reference date, for stocks), "de eerste negen maanden van 2025",
 *   "januari tot en met juni", "de eerste helft van 2023", "week 31", "tussen 2015 en 2018";
 * - relative to the publication date: "vorig jaar", "dit jaar", "volgend jaar", "vorige maand",
 *   "vorige week", "last year", "this year", "so far this year";
 * - anaphora: "toen", "in dat jaar", "that year", "at the time" (the last time mentioned
 *   before, of any kind); "een jaar eerder", "het jaar daarvoor", "the year before", "in
 *   dezelfde periode vorig jaar" (that time, one year back);
 * - comparison: a time after "dan (in)", "ten opzichte van", "vergeleken met", "sinds",
 *   "than (in)", "compared with", "since" … (at most three words between) is a baseline, not
 *   the period of the figures around it.
 * A mention inside a lexicon term ("Staat van Migratie 2024") names a report, not a time.
 *
 * Reading one figure (readPeriod), first rule that applies:
 *  1. apposition: the figure in brackets right after a mention ("compared with 2017 (654 600)")
 *     or a mention alone in brackets right after the figure or its count noun ("30.380 mensen
 *     (2018)") takes that mention, even a comparison;
 *  2. the nearest non-comparison mention in the figure's clause, then in its sentence;
 *  3. the last explicit or relative mention of earlier sentences in the same paragraph
 *     (`paragraph`), then of the text before it (`discourse`);
 *  4. nothing: the period is not determined.
 * A comparison mention in the clause (else the sentence) is the figure's `since`: what a change
 * is measured against. A period still running on the publication date ("dit jaar" in November,
 * "in 2022" in a text of 2022) is marked `toDate`: a figure for it is not the period's total.
 *
 * The mention rules are in period-rules.ts, finding and resolving mentions in
 * period-mentions.ts, arithmetic on period strings in lib/factbase/periods.ts; this file reads
 * one figure's period.
 */
import { countWords, isHeading, type Span, type Structure } from './structure';
import { inNextConjunct, LIKENED_BEFORE, SET_AGAINST_FIGURE_BEFORE, SET_AGAINST_WORDS, YEAR_LABEL_LIST, YEAR_LABEL_SEPARATOR } from './words';
import { OLD_LEVEL_BEFORE } from './period-mentions';
import { monthOfWriting, pubPoint, SO_FAR_WORDS } from './period-rules';
import { periodBegin, periodEnd } from '../../factbase/periods';
import { lowerBound, partitionPoint } from '../../util/sorted';

export type Granularity = 'year' | 'years' | 'part-year' | 'quarter' | 'month' | 'week' | 'day';

export interface PeriodMention {
  /** Normalised offsets. */
  start: number;
  end: number;
  period: string;
  granularity: Granularity;
  kind: 'explicit' | 'relative' | 'anaphora' | 'comparison';
  /** The period had not ended when the text was published. */
  toDate: boolean;
  /** The period begins after the publication date. */
  future: boolean;
  /** The paragraph it stands in. */
  para: number;
  /**
   * Another time an anaphor may point at ("Toen" after "… dan in 2022." may mean 2022 or the
   * year the text is about): a figure that agrees with the facts of this one is consistent too.
   */
  alt?: string;
  /** "tot nu toe", "so far": up to the day of writing, unless another time in the sentence says of what. */
  soFar?: boolean;
  /** "nu", "momenteel", "currently": the month of writing, as the time something is said. */
  now?: boolean;
  /** A year in a row of years, a table's header: it heads columns, it is no time the text speaks of. */
  inRow?: boolean;
}

/** A sentence that opens with the whole a part is taken from: "Van de (ruim) 82.000 …", "Of the 82,000 …". */
export const WHOLE_OPENING = /^\s*(?:van (?:de|het|alle|die|deze)|of (?:the|all|these|those))\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|about|nearly|almost|some|over|more than|meer dan)\s+)?$/u;

/** Between a figure set against another and its time: "17,390 in", "33.570 in het jaar", "17.390 asielzoekers in". */
const BASELINE_TIME_AFTER = /^(?:\s+[\p{L}-]+){0,3}\s*$/u;

/** A sentence that counts back to a figure before it ("waren dat er", "that was"): its time is the comparison's. */
// ("In 2021 was het migratiesaldo …": "het" as an article opens a subject of its own, no count back.)
// ("regions that were hit by war", "the number that was recorded": "that" before "were", or before
// a verb made passive, opens a relative clause, not a count back.)
const COMPARED_BACK = /\b(?:(?:waren|was) (?:dat|dit|het)(?= (?:er|nog|toen|ruim|bijna|circa|ongeveer|zo'n|slechts|maar|zelfs|\d)|\s*[,.]|$)|(?:dat|dit) (?:waren|was)|(?:that|this) was(?! (?:[a-z]+ed|driven|hit|made|seen|given|taken|known|born|held|kept|brought|sent|found|shown|done)\b)|th(?:ose|ese) were)\b/;

/** Right before a time: a figure set against another ("tegenover 43.100 in", "compared with 654,600 in",
 * "(dropped to 900,000) from 1,050,000 in"). */
const BASELINE_FIGURE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${SET_AGAINST_WORDS}|dan|than|\\d[\\d.,]*(?:\\s+[\\p{L}-]+){0,2}\\s+from)\\s+(?:(?:ruim|bijna|circa|ongeveer|about|nearly|almost|some|over)\\s+)?\\d[\\d.,\\s]*(?:[\\p{L}]+\\s+){0,2}(?:in|op|over|at)?\\s*$`,
  'u',
);

/** Right after a time that opens a clause counting back: "(in 2020) waren dat er", "(in 2020) that was". */
const COUNTS_BACK_AFTER = new RegExp(`^\\s*,?\\s*(?:${COMPARED_BACK.source}|\\b(?:the figure|the number|het aantal) was\\b)`);

/** Between an old level's time and the new level: "(van 18.171 in 2016) naar 14.716", "(from 18,171 in 2016) to". */
const TO_NEW_LEVEL = /^\s*,?\s*(?:naar|tot|to)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|about|nearly|almost|some|over|around)\s+)?$/;

/** Between a figure and a time after it: "… eerste asielaanvragen en 9300 verzoeken voor nareizigers in": one more figure joined by "en", whose time both share. */
const SHARED_BY_PAIR = /^[^\d.,;:()]{0,40}\s(?:en|and)\s+(?:(?:ruim|bijna|circa|about|nearly|almost|over)\s+)?\d[\d.,]*[^\d.,;:()]{0,40}$/u;
/** Between a time and a figure that opens the next conjunct: "(in 2023) and some (31,200)", "(in 2023) en ruim (31.200)". */
const CONJUNCT_OPENS_FIGURE = /^\s*,?\s*(?:en|and|maar|but)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|nog|about|nearly|almost|some|over|around|more than|meer dan|another|nog eens)\s+)?$/;
const COORDINATED_BEFORE = /(?:^|\s)(?:en|and|tegen|against|versus|vs\.?|terwijl|whereas|while)\s+(?:(?:in|op|at|over|during|tijdens|for)\s+)?$/;

/** Between a time and its figure in brackets: "2017 (654 600", "2015 (when 1 257 000", "2015 (toen ruim 43.000". */
const BRACKET_OPENS_FIGURE = /^\s?\(\s*(?:(?:when|toen)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|about|nearly|almost|some|over|more than|meer dan)\s+)?)?$/;
/**
 * Right after the first of two figures in brackets set against each other: "(13.673 tegenover
 * 22.433)", "(13,673 against 22,433)". The second is the base; the first is the clause's own.
 */
const PAIR_IN_BRACKETS_AFTER = new RegExp(`^(?:\\s+\\p{L}+){0,2}\\s*,?\\s+(?:${SET_AGAINST_WORDS})\\s+(?:(?:ruim|bijna|circa|ongeveer|about|nearly|almost|some|over)\\s+)?\\d[^()]*\\)`, 'u');
/** Between a time and the second figure of such a pair: "een jaar eerder (13.673 tegenover", "2019 (13,673 vs", "dan het jaar ervoor: 22.533 tegen". */
const PAIR_IN_BRACKETS_BEFORE = new RegExp(
  `^\\s?[(:]\\s*(?:(?:ruim|bijna|circa|ongeveer|about|nearly|almost|some|over)\\s+)?\\d[\\d.,]*(?:\\s+\\p{L}+){0,2}\\s*,?\\s+(?:${SET_AGAINST_WORDS})\\s+(?:(?:ruim|bijna|circa|ongeveer|about|nearly|almost|some|over)\\s+)?$`,
  'u',
);
/** A clause that says a count changed over time: its figures set against each other are of two times. */
const CHANGED_OVER_TIME =
  /\b(?:daal(?:de|den)|gedaald|ste(?:eg|gen)|gestegen|(?:nam|namen) (?:\p{L}+ )?(?:af|toe)|afgenomen|toegenomen|halveerde|verdubbelde|fell|rose|dropped|declined|decreased|increased|grew|jumped|halved|doubled)\b/u;
/** A time that labels the number right after it: "2016: 31,642". */
const LABEL_AFTER = new RegExp(String.raw`^${YEAR_LABEL_SEPARATOR}\d`);
/** Right after a figure: it is a yearly rate ("100.000 mensen per jaar", "over 100,000 asylum seekers a year"; not "a year earlier"). */
const PER_YEAR_AFTER = /^\s+(?:[\p{L}]+\s+){0,2}(?:per jaar|a year|per year|each year|every year|annually|jaarlijks|per annum|op jaarbasis)\b(?!\s+(?:earlier|before|ago|later|on|eerder|geleden))/u;
/** Between a figure and a time in brackets that dates it: "654 600 (", "30.380 mensen (" (at most two words). */
const BRACKET_AFTER = /^(?:\s?|\s+(?:\p{L}+\s+){1,2})\($/u;

/** What may stand before a time that opens a sentence: quotes, brackets, "En"/"Maar"/"And"/"But". */
/**
 * "11.800 mensen kwamen bij een familielid dat al eerder (meestal in 2015) status had gekregen",
 * "relatives of refugees who had arrived in 2015": a time in a relative clause after the figure,
 * on a noun other than the figure's own (the pronoun is words away from the number), whose verb is
 * in the pluperfect, is the time of that earlier event, not the figure's.
 */
function earlierEventAfter(t: string, ne: number, m: PeriodMention, sentEnd: number): boolean {
  if (m.start < ne) return false;
  const rel = [...t.slice(ne, m.start).matchAll(RELATIVE_PRONOUN)].pop();
  if (!rel || countWords(t, ne, ne + rel.index) < 3) return false;
  const stop = t.slice(m.end, sentEnd).search(/[,;:.]/);
  const clause = t.slice(ne + rel.index, stop < 0 ? sentEnd : m.end + stop);
  return PLUPERFECT.test(clause);
}

const RELATIVE_PRONOUN = /(?<![\p{L}])(?:die|dat|who|which|that)\s/gu;
const PLUPERFECT = /(?<![\p{L}])(?:had|hadden)(?![\p{L}])/u;

const SENTENCE_OPENING = /^[\s"'“‘«(]*(?:(?:en|maar|and|but)\s+)?$/i;

/** Where the period was read; `baseline`: the period before the new level's, for the old level of a change. */
export type PeriodHow = 'apposition' | 'clause' | 'sentence' | 'paragraph' | 'discourse' | 'baseline' | 'none';

export interface PeriodReading {
  /** The mention read as the figure's period. */
  mention?: PeriodMention;
  period: string | null;
  /** Another period the words may mean (an ambiguous anaphor). */
  alt?: string;
  granularity: Granularity | null;
  how: PeriodHow;
  /** How the mention itself was read (explicit, relative, anaphora, comparison). */
  kind: PeriodMention['kind'] | null;
  toDate: boolean;
  future: boolean;
  /** A count running up to the moment of writing ("since the war began"). */
  running?: true;
  /** Normalised spans of the words that set the period. */
  words: Array<[number, number]>;
  /** The comparison baseline in the figure's clause or sentence, if any. */
  since: PeriodMention | null;
}

export interface PubDate {
  y: number;
  m: number | null;
  d: number | null;
}

export function parsePub(published: string | null | undefined): PubDate | null {
  const m = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

/** The index of the first mention that starts at or after `pos` (mentions are in reading order). */
export function firstAtOrAfter(mentions: readonly PeriodMention[], pos: number): number {
  return partitionPoint(mentions.length, (i) => mentions[i].start < pos);
}
// ---------------------------------------------------------------------------------------
// Reading one figure's period

/**
 * The period of one figure. About 80 lines because it is one ordered list of places to look
 * (apposition, clause, sentence, paragraph, the discourse), each a few lines, the first that
 * holds a time winning; the order is the rule.
 */
/** A mention whose other reading is a day after the text was written ("by the end of 2024" in September 2024). */
function stillAhead(m: PeriodMention, pub: PubDate | null): boolean {
  return !!pub && !!m.alt && /^\d{4}-\d\d-\d\d$/.test(m.alt) && periodBegin(m.alt) > pubPoint(pub) + 1e-9;
}

/**
 * Right before a time: how long something lasts ("extended until spring 2026", "geldig tot eind
 * 2026", "verlengd tot maart 2027") — not "tot 2050", the horizon a plan's figures are for.
 */
const LASTS_UNTIL_BEFORE = /(?:^|[^\p{L}])(?:extended|prolonged|valid|verlengd|geldig|geldt|loopt|runs|lasts)\s+(?:[\p{L}]+\s+)?(?:until|till|through|tot|tot en met)\s+(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|end|start|beginning|voorjaar|zomer|najaar|herfst|winter|eind|einde|begin)\s+(?:of\s+|van\s+)?)?$/u;

/** A deadline still ahead of the writing ("a status extended until spring 2026", in 2025): it dates how long something lasts, not figures. */
function deadlineAhead(t: string, m: PeriodMention, pub: PubDate | null): boolean {
  // (A text dated only by its year is read as late in it: a deadline in the next year is still ahead.)
  return !!pub && periodBegin(m.period) >= pubPoint(pub) - 1e-9 && LASTS_UNTIL_BEFORE.test(t.slice(Math.max(0, m.start - 48), m.start));
}

export function readPeriod(...args: Parameters<typeof readPeriodInOrder>): PeriodReading {
  const r = readPeriodInOrder(...args);
  // "Het ging om 58.000, evenveel als in 2015", after a paragraph on 2015: a figure its own
  // sentence sets against a year is not that year's, so taking that very year from the sentences
  // before contradicts the sentence; the figure's time is unknown. (Only a year written out: a
  // "last year" set against may be the year before the one the text reports, in January.)
  const t = args[0];
  if ((r.how === 'paragraph' || r.how === 'discourse') && r.since && r.period === r.since.period && /(?:19|20)\d\d/.test(t.slice(r.since.start, r.since.end))) {
    return noPeriod([[r.since.start, r.since.end]], r.since);
  }
  return r;
}

function readPeriodInOrder(
  t: string,
  st: Structure,
  mentions: readonly PeriodMention[],
  si: number,
  clause: Span,
  ns: number,
  ne: number,
  /** Normalised starts of the other numbers of the text, sorted. */
  numbers: readonly number[],
  /** Mentions earlier figures took as their period: what the text is speaking of. */
  used: ReadonlySet<PeriodMention> = new Set(),
  /** The publication date (a stock in the present tense is dated by it). */
  pub: PubDate | null = null,
  /** Whether sentence k names what the figure counts and has no figure of its own. */
  speaksOfMeasure: (k: number) => boolean = () => false,
): PeriodReading {
  const sent = st.sentences[si];
  // A time after another number is that number's ("Van die 35.000 verzoeken vielen er 21.760 in
  // de tweede helft"); one before both scopes over both ("In 2022 dienden 35.535 … en kwamen 10.925 …").
  const numberBetween = (a: number, b: number) => {
    const lo = lowerBound(numbers, a);
    return lo < numbers.length && numbers[lo] < b;
  };
  const all: PeriodMention[] = [];
  for (let i = firstAtOrAfter(mentions, sent.start); i < mentions.length && mentions[i].start < sent.end; i++) if (mentions[i].end <= sent.end) all.push(mentions[i]);
  // "58.880 en in 2016 op 33.670": a time after "en"/"and" that another number follows opens
  // the next conjunct; it is that number's.
  // Also further on: "vorig jaar ruim 40.000 en de prognose voor dit jaar komt op 60.000".
  const nextConjunct = (m: PeriodMention) =>
    m.start >= ne &&
    ((COORDINATED_BEFORE.test(t.slice(Math.max(ne, m.start - 24), m.start)) && numberBetween(m.end, m.end + 16)) ||
      inNextConjunct(t, ne, m.start, m.end));
  // "zakte van 18.171 in 2016 naar 14.716": the old level's time is not the new level's.
  // (Only after "from"/"van": "fell by over a quarter (26%) in 2025 to almost 178,000" gives the
  // time of both the change and its end level.)
  const oldLevels = (m: PeriodMention) => m.end <= ns && TO_NEW_LEVEL.test(t.slice(m.end, ns)) && OLD_LEVEL_BEFORE.test(t.slice(Math.max(sent.start, m.start - 40), m.start));
  // "tegen 13.670 eerste asielaanvragen en 9300 verzoeken voor nareizigers in 2020": a time after
  // a pair of figures joined by "en" is both figures'.
  const sharedByPair = (m: PeriodMention) => m.start >= ne && m.kind !== 'comparison' && SHARED_BY_PAIR.test(t.slice(ne, m.start));
  // "Van de 82.000 vluchtelingen woonde ruim de helft op 1 november …": the whole a sentence
  // opens with is counted on the day its part is (a stock); not in the part's stretch of time
  // ("Van die 35.000 verzoeken vielen er 21.760 in de tweede helft": the half is the part's).
  const whole = WHOLE_OPENING.test(t.slice(sent.start, ns));
  // "(2016: 31,642)": a time that labels the number after it is that number's, no other's.
  // (A year in brackets only: "In 2021 lag het lager dan vorig jaar: 36.800" introduces its figure.)
  // ("(2016: 31,642)"; also a list of such labels, "2013: 146.000 / 2014: 148.000 / …": each year
  // labels the figure after it, not the one before.)
  const labelList = YEAR_LABEL_LIST.test(t.slice(sent.start, sent.end));
  const isLabel = (m: PeriodMention) => LABEL_AFTER.test(t.slice(m.end, m.end + 4)) && /^(?:19|20)\d\d$/.test(t.slice(m.start, m.end)) && (labelList || inBrackets(t, sent.start, m.start));
  const labelsLater = (m: PeriodMention) => m.start >= ne && isLabel(m);
  const candidates = all.filter(
    (m) => !labelsLater(m) && !earlierEventAfter(t, ne, m, sent.end) && ((m.end <= ns && !oldLevels(m)) || (m.start >= ne && (!numberBetween(ne, m.start) || sharedByPair(m) || (whole && m.granularity === 'day')) && !nextConjunct(m))),
  );
  // "Dit jaar zijn tot nu toe 20.000 …": "tot nu toe" only says the year is not over.
  const inSentence = candidates.some((m) => !m.soFar && m.kind !== 'comparison') ? candidates.filter((m) => !m.soFar) : candidates;
  const dist = (m: PeriodMention) => (m.start >= ne ? m.start - ne : ns - m.end);
  const nearest = (ms: PeriodMention[]) => ms.reduce<PeriodMention | null>((b, m) => (!b || dist(m) < dist(b) ? m : b), null);
  const inClause = inSentence.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const since = nearest(inClause.filter((m) => m.kind === 'comparison')) ?? nearest(inSentence.filter((m) => m.kind === 'comparison'));
  // ("Het saldo ligt nu op ruim 100.000 per jaar": a yearly rate said "now" is the
  // latest whole year's — or this year's pace, so the month stays the other reading and the
  // figure may agree, never accuse.)
  // (The "now" right before the figure: "…, nu de EU de grenzen bewaakt" after it is "now that".)
  const yearlyNow = (m: PeriodMention) =>
    m.kind === 'relative' && m.granularity === 'month' && !!pub?.m && m.period === monthOfWriting(pub).period && m.end <= ns && ns - m.end <= 40 && PER_YEAR_AFTER.test(t.slice(ne, Math.min(sent.end, ne + 32)));
  // ("tot nu toe kwamen er in 2016 zo'n 20.000 aanvragen binnen", in a text dated only by its year:
  // the clause itself says the year is not over.)
  const soFarHere = SO_FAR.test(t.slice(clause.start, clause.end));
  const stillRunning = (m: PeriodMention) => m.toDate || (soFarHere && m.granularity === 'year' && !m.future && (!pub || Number(m.period) >= pub.y));
  const plainReading = (m: PeriodMention, how: PeriodHow): PeriodReading => ({
    mention: m,
    period: m.period,
    ...(m.alt ? { alt: m.alt } : {}),
    granularity: m.granularity,
    how,
    kind: m.kind,
    toDate: stillRunning(m),
    future: m.future,
    ...(m.soFar ? { running: true as const } : {}),
    words: [[m.start, m.end]],
    since: since && since !== m ? since : null,
  });
  // ("First applications now stand at about 25,000", in January: a yearly
  // count said to stand "now" early in a year is the whole last year's — or this month's, which
  // stays the reading; the last year is the other, so it may agree, never accuse.)
  const earlyNow = (m: PeriodMention) =>
    m.kind === 'relative' && m.granularity === 'month' && !m.soFar && !m.alt && !!pub?.m && pub.m <= 3 && m.period === monthOfWriting(pub).period && m.end <= ns && ns - m.end <= 40;
  const reading = (m: PeriodMention, how: PeriodHow): PeriodReading =>
    yearlyNow(m)
      ? { ...plainReading(m, how), period: String(pub!.y - 1), alt: m.period, granularity: 'year', toDate: false, future: false }
      : earlyNow(m)
        ? { ...plainReading(m, how), alt: String(pub!.y - 1) }
        : plainReading(m, how);
  // 1. Apposition: "2017 (654 600)", "654 600 (2017)", "30.380 mensen (2018)"; two times and two
  //    figures in brackets after them, in order ("the totals of 2019 and 2020 (671,200 and 461,300)").
  const pairedYears = respectively(t, all, sent, ns, ne) ?? respectivelyAfter(t, all, sent, ns, ne);
  // ("higher than the year before (20,353 in 2018, …)": a year of its own right after the figure wins.)
  // ("compared with 2019 (485,000 claims in 2020, against 716,000 in 2019)": so does one a
  // noun or two after it, inside the bracket.)
  const afterFigure = t.slice(ne, Math.min(sent.end, ne + 40));
  const ownYear = /^\s(?:in\s)?(?:19|20)\d\d\b/.test(afterFigure) || OWN_YEAR_AFTER.test(afterFigure.split(')')[0]);
  // (Also "compared with 2015 (when some 1 257 000 … were registered)", and a label: "(2016: 31,642)".)
  // ("daalde in 2020 vergeleken met een jaar eerder (13.673 tegenover 22.433)": of two figures
  // in brackets set against each other, the second is the time's, the first the clause's own.)
  const firstOfPair = PAIR_IN_BRACKETS_AFTER.test(t.slice(ne, ne + 64));
  const appo = all.find(
    (m) =>
      (m.end < ns && !ownYear && !firstOfPair && ns - m.end <= 12 && BRACKET_OPENS_FIGURE.test(t.slice(m.end, ns))) ||
      (m.kind === 'comparison' && m.end < ns && ns - m.end <= 48 && PAIR_IN_BRACKETS_BEFORE.test(t.slice(m.end, ns))) ||
      // ("17 percent more than in 2022 with 966,000 applications", "vergeleken met 2022 met 35.500": the year compared with, and its level.)
      // (Not a figure that names its own year after it: "since 2022, with slightly more than 1 million filed in 2024".)
      // (Not after a likening: "almost identical to 2023 with 512,989" gives the subject's level, which is like 2023's.)
      (m.kind === 'comparison' && m.end < ns && ns - m.end <= 32 && COMPARED_YEAR_WITH.test(t.slice(m.end, ns)) && !OWN_YEAR_AFTER.test(afterFigure) && !LIKENED_BEFORE.test(t.slice(Math.max(sent.start, m.start - 60), m.start))) ||
      // ("just over the 2014 level (626,000)", "half the 2015 peak of 1.28 million": the level of the time set against it.)
      (m.kind === 'comparison' && m.end < ns && ns - m.end <= 40 && TIME_NOUN_OPENS_FIGURE.test(t.slice(m.end, ns))) ||
      (m.kind === 'comparison' && m.end < ns && ns - m.end <= 64 && LIKENED_COLON_OPENS_FIGURE.test(t.slice(m.end, ns)) && LIKENED_BEFORE.test(t.slice(Math.max(sent.start, m.start - 60), m.start))) ||
      (m.end < ns && ns - m.end <= 3 && isLabel(m)) ||
      // ("a 20% increase from 2022's 873,700 applications": a year's own figure, even where the year is a baseline.)
      (m.end < ns && ns - m.end <= 4 && /^['\u2019]s\s+(?:(?:ruim|bijna|circa|about|nearly|almost|some|over)\s+)?$/.test(t.slice(m.end, ns))) ||
      (m.start >= ne && m.start - ne <= 32 && BRACKET_AFTER.test(t.slice(ne, m.start)) && /^\s*\)/.test(t.slice(m.end, m.end + 3))),
  );
  const apposed = pairedYears ?? appo;
  if (apposed) return reading(apposed, 'apposition');
  // "as opposed to 17,390 in 2016", "tegenover 17.390 in 2016": the figure set against another
  // is the baseline's, the time right after it.
  if (SET_AGAINST_FIGURE_BEFORE.test(t.slice(Math.max(sent.start, ns - 40), ns))) {
    const base = all.find((m) => m.kind === 'comparison' && m.start >= ne && BASELINE_TIME_AFTER.test(t.slice(ne, m.start)));
    if (base) return { ...reading(base, 'clause'), since: null };
    // "daalde in 2020 flink (13.673 tegenover 22.433)": the base of a change, with no time of its
    // own, is of an earlier time the text does not name; not the clause's.
    const open = sent.start + t.slice(sent.start, ns).lastIndexOf('(');
    if (open >= sent.start && PAIR_IN_BRACKETS_BEFORE.test(t.slice(open, ns)) && CHANGED_OVER_TIME.test(t.slice(sent.start, open))) {
      return noPeriod([], null);
    }
  }
  // 2. Clause, then sentence (comparisons are baselines; "toen" in another clause speaks of its own figures).
  // A time right after another number before this one is that number's ("van 8.970 in het
  // eerste kwartaal van 2024 naar 4.530 in het eerste kwartaal van 2025") when another time
  // is left for this one.
  const ownCands = inClause.filter((m) => m.kind !== 'comparison');
  // ("4179 en in 2018 ging het om 6463": a time after "en" opens the next conjunct, this one.)
  // ("… in 2023 and some 31,200 were lodged the year before": a time closing the conjunct before
  // the figure is that conjunct's when the figure's own conjunct names a time after it.)
  const ownAfter = ownCands.some((m) => m.start >= ne);
  const free = ownCands.filter(
    (m) =>
      !(m.end <= ns && numberBetween(m.start - 24, m.start) && !COORDINATED_BEFORE.test(t.slice(Math.max(0, m.start - 24), m.start))) &&
      !(ownAfter && m.end <= ns && CONJUNCT_OPENS_FIGURE.test(t.slice(m.end, ns))),
  );
  // "In 2024 waren er 9.000 aanvragen in het eerste kwartaal": the quarter says which part of
  // the year, so it wins over the year it lies in.
  const basePool = free.length ? free : ownCands;
  // "het CBS raamt de bevolkingsgroei over vorig jaar nu op 110.000": "now" beside a time
  // that was over when the text was written says when the estimate was made, not what it counts.
  const over = (m: PeriodMention) => !!pub && !m.now && periodEnd(m.period) <= pubPoint(pub);
  const pool = basePool.some(over) ? basePool.filter((m) => !m.now) : basePool;
  const finer = pool.filter((m) => m.granularity !== 'year' && pool.some((y) => y !== m && y.granularity === 'year' && m.period.startsWith(y.period)));
  const own = nearest(finer.length ? finer : pool);
  // ("From 2015 on the country took in over 200,000 immigrants each year", "vanaf 2015
  // jaarlijks"): a yearly level from a year on, with no end, is said of every year since — no one year's.
  if (own && own.granularity === 'year' && OPEN_START_BEFORE.test(t.slice(Math.max(clause.start, own.start - 8), own.start)) && !SPAN_END_AFTER.test(t.slice(own.end, own.end + 12)) && YEAR_AFTER_YEAR.test(t.slice(clause.start, clause.end))) {
    return noPeriod([[own.start, own.end]], since);
  }
  if (own) return reading(own, 'clause');
  // ("zo'n 25.000 mensen vroegen voor het eerst asiel aan, in 2020 waren dat er 13.720": the
  // time of a later clause that counts back is that clause's.)
  const countsBack = (m: PeriodMention) => m.start >= ne && COUNTS_BACK_AFTER.test(t.slice(m.end, m.end + 24));
  // "Behalve de bijna 90 duizend Oekraïners die wij hier opvangen, vroegen vorig jaar …": a stock its own
  // clause puts in the present is as the text was written, whatever time another clause names.
  const nowStock = presentStock(t, clause, pub, since);
  if (nowStock && PRESENT_HOSTING.test(t.slice(clause.start, clause.end))) return nowStock;
  const inSent = nearest(inSentence.filter((m) => (m.kind === 'explicit' || m.kind === 'relative') && !countsBack(m)));
  // ("Most of 2023's requests came in its second half: 23,100 of a total of 38,000": the whole
  // a part of a year is taken from is the whole year's. Read, not stated —
  // "1,200 of the 5,330 applications of the first quarter" takes a part of the quarter's own
  // count — so weakly: it may agree, never accuse.)
  if (inSent && partOfYear(inSent) && OUT_OF_WHOLE.test(t.slice(Math.max(clause.start, ns - 40), ns))) {
    return { ...reading(inSent, 'paragraph'), period: inSent.period.slice(0, 4), granularity: 'year', toDate: false };
  }
  if (inSent) return reading(inSent, 'sentence');
  // A time that opens the sentence scopes over all its clauses, an anaphor too ("Een jaar
  // eerder gingen er 200.000 weg, en kwamen er 300.000 bij"); one inside a later clause
  // ("…, toen nog 25.000") speaks only of its own.
  const opening = inSentence.find((m) => m.kind === 'anaphora' && m.end <= ns && SENTENCE_OPENING.test(t.slice(sent.start, m.start)));
  if (opening) return reading(opening, 'sentence');
  // "a three-year trend of applications exceeding one million annually", "elk jaar": a level
  // said of several years the clause does not name is no figure of the paragraph's year.
  const years = YEAR_AFTER_YEAR.exec(t.slice(clause.start, clause.end));
  if (years) {
    const at = clause.start + years.index;
    return noPeriod([[at, at + years[0].length]], since);
  }
  // A list item ("- 183,809 first-time asylum applications") finishes the sentence that
  // introduced the list ("During this period, the EU recorded:"): that sentence's time is its own.
  const intro = listIntroduction(st, t, si);
  if (intro) {
    let m: PeriodMention | null = null;
    for (let i = firstAtOrAfter(mentions, intro.start); i < mentions.length && mentions[i].end <= intro.end; i++) if (mentions[i].kind !== 'comparison' && !mentions[i].soFar) m = mentions[i];
    if (m) return reading(m, 'sentence');
  }
  // A yearly rate with no time in its own sentence ("een instroom van 40.000 per jaar", "some
  // 40,000 a year") speaks of years in general — a pace, a plan, an average — not of the year an
  // earlier sentence named.
  if (PER_YEAR_AFTER.test(t.slice(ne, Math.min(sent.end, ne + 32)))) return noPeriod([], since);
  // 3. Earlier sentences: the paragraph's last time; before the paragraph, the last year
  //    (a quarter or a half year speaks of the figures next to it, not of the whole text).
  // In the paragraph, a time earlier figures were about wins over a time an event was dated
  // by ("Het is de eerste stijging sinds het regime eind 2024 viel").
  const first = firstAtOrAfter(mentions, sent.start) - 1;
  /** A time of an earlier sentence still ahead when the text was written (see stillAhead). */
  const aheadOfWriting = (m: PeriodMention) => m.start < sent.start && (stillAhead(m, pub) || deadlineAhead(t, m, pub));
  const inCountingBack = (m: PeriodMention) => countsBackSentence(st, t, m.start);
  let k = first;
  let anyInPara: PeriodMention | null = null;
  for (; k >= 0; k--) {
    const m = mentions[k];
    if (m.para !== sent.para) break;
    // ("Het ging om 18.200 in 2016, tegenover ruim 43.100 in 2015." The next sentence speaks of
    // 2016: the time of a figure set against another is that baseline's.)
    if (BASELINE_FIGURE_BEFORE.test(t.slice(Math.max(0, m.start - 48), m.start))) continue;
    // ("… kwamen er 31.327. In 2016 waren dat er 31.642." The time of a sentence that counts back is a baseline's.)
    if (inCountingBack(m)) continue;
    // ("Requests fell again in 2018, after the 2015 refugee crisis. The 634,700 …": the year
    // that dates a crisis, behind another year its sentence speaks of, is the backdrop's.)
    if (datesCrisis(t, m) && k > 0 && mentions[k - 1].granularity === 'year' && mentions[k - 1].kind !== 'comparison' && sentenceAt(st, mentions[k - 1].start) === sentenceAt(st, m.start)) continue;
    // ("… came to nearly half the all-time high of 2015 (58,900)": a year with its figure in brackets
    // after it, in a sentence that names another time, is a baseline set beside that time.)
    if (/^\s*\(\s*\d/.test(t.slice(m.end, m.end + 4)) && k > 0 && mentions[k - 1].para === m.para && st.sentences[partitionPoint(st.sentences.length, (i) => st.sentences[i].end < m.end)]?.start <= mentions[k - 1].start) continue;
    // A year labelling a figure in brackets dates that figure even if it was not read yet; of
    // two such in one bracket, a change reports the later ("nam af vergeleken met een jaar
    // eerder (2017: 14.490 tegen 2018: 6.460)" speaks of 2018).
    if (labelInBrackets(t, m)) {
      const other = k > 0 ? mentions[k - 1] : null;
      const pair = other && labelInBrackets(t, other) && t.lastIndexOf('(', other.start) === t.lastIndexOf('(', m.start) && other.period > m.period;
      return reading(pair ? other : m, 'paragraph');
    }
    // (A time that points back, "een jaar eerder nog 22.500", dates a baseline, not the paragraph.)
    if (used.has(m) && m.kind !== 'anaphora') return reading(m, 'paragraph');
    // ("…, meldde de IND vorige week. Er waren ruim 32.000 …": a week an earlier sentence names
    // dates the news, not the figures of the paragraph.)
    // (Nor a moment still ahead when the text was written, a forecast's "by the end of 2024" in September 2024:
    // the figures after it were counted before it.)
    const dates = (m.kind === 'explicit' || m.kind === 'relative') && !m.soFar && m.granularity !== 'week' && !aheadOfWriting(m);
    // ("In 2023 kwamen 9.800 nareizigers. Ook in 2022 kwamen de meeste nareizigers uit Eritrea. Van
    // de in totaal 8.700 …": a time of an earlier sentence that names what the figure counts,
    // with no figure of its own, is the time the next figures speak of — not an event's.)
    // (Not a day after the writing, a deadline: "mogen tot 4 maart 2023 blijven" in January 2023.)
    if (!anyInPara && dates && !(pub && m.granularity === 'day' && periodBegin(m.period) > pubPoint(pub) + 1e-9) && speaksOfMeasure(partitionPoint(st.sentences.length, (i) => st.sentences[i].end <= m.start))) return reading(m, 'paragraph');
    if (!anyInPara && dates) anyInPara = m;
  }
  if (anyInPara) return reading(anyInPara, 'paragraph');
  // A figure said of a crisis's peak ("During that peak, first requests passed 1.2 million") with
  // no time of its own: the year the text dated that crisis or peak by before ("the crisis of
  // 2015", "a peak the year before last").
  if (PEAK_BEFORE.test(t.slice(sent.start, ns))) {
    for (let i = first; i >= 0; i--) {
      const m = mentions[i];
      if (m.granularity === 'year' && m.kind !== 'anaphora' && CRISIS_BEFORE.test(t.slice(Math.max(0, m.start - 60), m.start))) return reading(m, 'discourse');
    }
  }
  // A lead sentence that names its time only in the next one ("Meer mensen immigreerden
  // (79.000) dan emigreerden. … in het eerste kwartaal …"): the paragraph's first time after it.
  // Not a sentence that sets another time against it ("Begin vorig jaar waren dat er 10.000
  // minder"): that time is the comparison's, not the lead's.
  // A heading ("Europe's asylum requests double to a record 1.2 million") names its time in
  // the lead under it, a few short paragraphs (a subtitle, a byline) on.
  const heading = isHeading(st, si, t);
  const leadTime = () => {
    const inLead = (m: PeriodMention) => (heading ? m.start < sent.end + 400 : m.para === sent.para);
    for (let i = first + 1; i < mentions.length && inLead(mentions[i]); i++) {
      const m = mentions[i];
      // ("Eerder deze week werd bekend …": a week dates news, not a lead's figure.)
      if (m.start < sent.end || !(m.kind === 'explicit' || m.kind === 'relative') || m.granularity === 'week' || m.soFar) continue;
      // ("… came to 80,000, against 100,000 last year": a time right after another number is that number's.)
      if (numberBetween(m.start - 16, m.start)) continue;
      const later = sentenceAt(st, m.start);
      if (later && COMPARED_BACK.test(t.slice(later.start, later.end))) break;
      // ("… have fallen to 580,845. Back at the peak of the crisis in 2015 there were over 1.2
      // million.": the time of a peak set against the lead is the peak's, not the lead's.)
      if (later && PEAK_BEFORE.test(t.slice(Math.max(later.start, m.start - 80), m.start))) continue;
      return reading(m, 'paragraph');
    }
    return null;
  };
  // (A heading with no time of its own tells of the lead under it before the text above it: "Ruim
  // 650.000 asielaanvragen in de EU" over "651.250 asielzoekers vragen in 2017 …". Not a row of
  // a table written as text, "| Syrian Applications | 25,000 |": the row under it is another.)
  const ledByHeading = heading && !t.slice(sent.start, sent.end).includes('|');
  const headed = ledByHeading ? leadTime() : null;
  if (headed) return headed;
  // Before the paragraph, too, a year earlier figures were about wins over one that only dates
  // an event ("Sinds het begin van de statistieken in 1865 …" does not make the next paragraph's
  // record a figure of 1865).
  let lastYear: PeriodMention | null = null;
  let topic: PeriodMention | null = null;
  let nextTopic: PeriodMention | null = null;
  // The nearest part of a year that earlier figures were read with ("dropped by a fifth from January to June 2025").
  let usedPart: PeriodMention | null = null;
  // ("Applications fell in 2025" over a text of September 2025 whose figures were of the first
  // half of that year: a year still running has no whole-year count yet; the part of it the figures
  // before were read with is what the text is speaking of.)
  const runningPart = (year: PeriodMention) => (year.toDate && usedPart && quarterOrPartOf(usedPart, year.period) ? usedPart : null);
  for (; k >= 0; k--) {
    const m = mentions[k];
    if (!lastYear && !usedPart && used.has(m) && (m.granularity === 'quarter' || m.granularity === 'part-year') && !m.toDate) usedPart = m;
    if ((m.kind === 'explicit' || m.kind === 'relative') && m.granularity === 'year' && !m.inRow && !inCountingBack(m) && !aheadOfWriting(m)) {
      // ("2019" on a line of its own, over the figures of that year: a section's heading.)
      if (used.has(m) || yearHeading(t, m)) return reading(runningPart(m) ?? m, 'discourse');
      lastYear ??= m;
    }
    // (the earliest such time: the one the text opened with)
    if (used.has(m) && (m.kind === 'explicit' || m.kind === 'relative') && !inCountingBack(m)) {
      nextTopic = topic;
      topic = m;
    }
  }
  if (lastYear) return reading(runningPart(lastYear) ?? lastYear, 'discourse');
  // ("Requests fell by half in early 2025 … From January to March 2025 some 4,500 …":
  // the quarter says which part of the year the opening's vague edge meant.)
  if (topic && nextTopic && yearEdge(topic) && quarterOrPartOf(nextTopic, topic.period.slice(0, 4))) return reading(nextTopic, 'discourse');
  // A text that names no year but a part of one its figures were read as ("In het eerste
  // kwartaal van 2024 zochten bijna 9 duizend mensen hier bescherming …") speaks of the part it opened with.
  if (topic) return reading(topic, 'discourse');
  const led = ledByHeading ? null : leadTime();
  if (led) return led;
  // 4. No time anywhere: a stock in the present tense ("Ruim 25.000 mensen wachten al meer
  //    dan 15 maanden", "20,000 people are waiting") is as the text was written, like "nu".
  if (nowStock) return nowStock;
  // "Het ging om 2.700, ruim 400 meer dan in 2016", in a text of April 2018 that names no other
  // time: a figure set against the year two before the text's own is the year between, the last
  // whole one (a year's figures are told against the year before). Read from a baseline, so
  // weak: it may agree, never accuse.
  // (Also when a change beside it carries the comparison: "2.700, ruim 400 meer dan in 2016".)
  const base = since ?? all.find((m) => m.kind === 'comparison' && m.start >= ne);
  if (base && base.granularity === 'year' && pub && Number(base.period) === pub.y - 2) {
    return { period: String(pub.y - 1), granularity: 'year', how: 'baseline', kind: null, toDate: false, future: false, words: [[base.start, base.end]], since: base };
  }
  // "Across the EU, first-time asylum applications have fallen to 580,845, says the statistics
  // agency", in March, in a text that names no year before it: a count that has come to a level
  // is the last whole year's, the one released early in the next. Read, not stated: weak.
  // So is a count a body registered ("the agency recorded some 966,000 applications", "640,000
  // first-time asylum seekers were registered"), reported in the first months of a year.
  const lookFrom = Math.max(clause.start, ns - 48);
  const early = !!pub?.m && pub.m <= 3 && !since;
  const head = t.slice(lookFrom, ns);
  const before = early ? (CAME_TO.exec(head) ?? REGISTERED_BEFORE.exec(head)) : null;
  const after = early && !before ? REGISTERED_AFTER.exec(t.slice(ne, Math.min(clause.end, ne + 60))) : null;
  // (A dateline's day before it is the day of writing, no time of the figures; nor is a year
  // the text compares with, "the highest since 2016", or one an earlier figure took.)
  const noTimeBefore = () => mentions.slice(0, firstAtOrAfter(mentions, sent.start)).every((m) => m.granularity === 'day' || m.kind === 'comparison' || used.has(m));
  if ((before || after) && !all.some((m) => m.end <= ns) && noTimeBefore()) {
    const at = before ? lookFrom + before.index : ne + after!.index;
    return { period: String(pub!.y - 1), granularity: 'year', how: 'discourse', kind: null, toDate: false, future: false, words: [[at, at + (before ?? after)![0].length]], since };
  }
  return noPeriod([], since);
}

/** A qualifier a number may have right before it ("ruim", "just over"): the tail of the patterns below. */
const LEAD_QUALIFIER = String.raw`(?:(?:ruim|bijna|circa|ongeveer|zo'n|about|nearly|almost|some|over|more than|meer dan|just over|just under)\s+)?`;

/** Right before a level a count came to: "has fallen to", "is gestegen naar", "zijn gedaald tot" ("tot" may be read as the number's own). */
const CAME_TO = new RegExp(String.raw`\b(?:(?:has|have) (?:fallen|risen|dropped|increased|decreased|grown|climbed|declined)|(?:is|zijn) (?:gedaald|gestegen|toegenomen|afgenomen|gegroeid|opgelopen))\s+(?:(?:to|naar|tot)\s+)?${LEAD_QUALIFIER}$`);

/** Right before a count a body registered, or what a count came to: "registered over", "recorded a total of", "registreerde ruim", "bedroeg meer dan", "amounted to". */
const REGISTERED_BEFORE = new RegExp(String.raw`\b(?:registered|recorded|registreerde|registreerden|telde|telden|bedroeg|bedroegen|amounted to|totalled|totaled|kwam uit op|kwamen uit op)\s+(?:(?:a total of|in totaal|een totaal van)\s+)?${LEAD_QUALIFIER}$`);
/** After a count, that it was registered: "… first-time asylum applicants were registered", "… werden geregistreerd". */
const REGISTERED_AFTER = /^(?:\s+[\p{L}-]+){0,4}\s+(?:were|werden|zijn)\s+(?:registered|recorded|lodged|geregistreerd|ingediend)\b/u;

/** Between the year a change is measured from and that year's level: " with ", ", met ", " at ". */
const COMPARED_YEAR_WITH = new RegExp(String.raw`^\s*(?:with|at|met|op)\s+${LEAD_QUALIFIER}$`);

/** Between a time set against a figure and that time's own level: "the 2014 level (626,000", "the 2015 peak of 1.28", "het niveau van 2016 (". */
const TIME_NOUN_OPENS_FIGURE = new RegExp(String.raw`^(?:['\u2019]s)?\s+(?:peak|high|low|record|level|figure|total|threshold|piek|record|niveau|cijfer|totaal)(?:\s+(?:of|van)\s+|\s?\(\s*|:\s+)${LEAD_QUALIFIER}$`, 'u');
/**
 * Between a time a figure is likened to and that time's own figures after a colon: "a pace in
 * line with January to June: 171,000 orders and 52,000". (Not after "than": "lager dan vorig
 * jaar: 36.800" gives the clause's own figure.)
 */
const LIKENED_COLON_OPENS_FIGURE = new RegExp(String.raw`^:\s+(?:${LEAD_QUALIFIER}\d[\d.,]*(?:\s+[\p{L}-]+){0,3}\s+(?:and|en)\s+)?${LEAD_QUALIFIER}$`, 'u');

/** The figure's own year a word or two after it: "… filed in 2024", "… ingediend in 2024". */
const OWN_YEAR_AFTER = /^(?:\s+[\p{L}-]+){0,2}\s+in\s+(?:19|20)\d\d\b/u;

/** Right before the whole a part is taken from: "out of a total of", "of the total", "van de in totaal", "of the". */
const OUT_OF_WHOLE = new RegExp(String.raw`\b(?:out of(?: a total of| the total(?: of)?)?|of a total of|of the total(?: of)?|van (?:de |het )?(?:in )?totaal(?: van)?|van de|of the)\s+${LEAD_QUALIFIER}$`);
/** A part of one year: a half, a quarter, some months. */
const partOfYear = (m: PeriodMention) => (m.granularity === 'part-year' || m.granularity === 'quarter' || m.granularity === 'month') && /^\d{4}\b/.test(m.period) && !m.toDate;

/** Before a year that dates a crisis or its peak: "the migration crisis in", "the peak … recorded in", "de asielcrisis van". */
const CRISIS_BEFORE = /(?:crisis|crises|peak|piek|hoogtepunt)\b[^.;:]{0,40}$/;
/** A year that dates a crisis: "the refugee crisis of 2015", "de asielcrisis van 2015", "the 2015 refugee crisis". */
function datesCrisis(t: string, m: PeriodMention): boolean {
  return CRISIS_OF_BEFORE.test(t.slice(Math.max(0, m.start - 24), m.start)) || CRISIS_AFTER.test(t.slice(m.end, m.end + 32));
}
const CRISIS_OF_BEFORE = /crisis\s+(?:of|in|van|uit)\s+$/;
const CRISIS_AFTER = /^\s+(?:[\p{L}-]+\s+)?crisis\b/u;
/** "At the height of the crisis in 2015", "op het hoogtepunt van de asielcrisis in 2015": a peak's time. */
const PEAK_BEFORE = /\b(?:(?:at|during) the (?:height|peak)|op het hoogtepunt|(?:tijdens|in) de piek|in het topjaar)\b[^.;:]*$/;

/** No period: the words that said so, if any, and the comparison the sentence names. */
function noPeriod(words: Array<[number, number]>, since: PeriodMention | null): PeriodReading {
  return { period: null, granularity: null, how: 'none', kind: null, toDate: false, future: false, words, since };
}

/** A year that labels the figure after it inside brackets: "(2017: 14.490", "(2016: 31,642)". */
function labelInBrackets(t: string, m: PeriodMention): boolean {
  return m.end - m.start === 4 && /^(?:19|20)\d\d$/.test(t.slice(m.start, m.end)) && LABEL_AFTER.test(t.slice(m.end, m.end + 4)) && inBrackets(t, Math.max(0, m.start - 80), m.start);
}

/** A year that is a line of its own ("2019" over a section of that year's figures). */
function yearHeading(t: string, m: PeriodMention): boolean {
  // (Only the few characters around it are looked at: a text of one long line costs nothing.)
  return m.end - m.start === 4 && /(?:^|\n)[ \t]*$/.test(t.slice(Math.max(0, m.start - 8), m.start)) && /^[ \t]*(?:\n|$)/.test(t.slice(m.end, m.end + 8));
}

/** Between two figures in brackets, or two times before them: "and", "en". */
const PAIR_JOIN = /^\s+(?:en|and)\s+$/;

/**
 * "the totals of 2019 and 2020 (671,200 and 461,300)", "in 2015 en 2016 (respectievelijk 58.880
 * en 31.600)": the first figure in the brackets is the first time's, the second the second's.
 */
function respectively(t: string, all: readonly PeriodMention[], sent: Span, ns: number, ne: number): PeriodMention | null {
  // (Within the sentence: a text without brackets must not cost a scan back to its start per figure.)
  let open = ns - 1;
  while (open >= sent.start && t[open] !== '(' && t[open] !== ')') open--;
  if (open < sent.start || t[open] !== '(') return null;
  const close = t.indexOf(')', ne);
  if (close < 0 || close > sent.end) return null;
  const inside = t.slice(open + 1, close);
  const parts = /^(\s*(?:respectievelijk\s+|respectively\s+)?)(.+?)(\s+(?:en|and)\s+)(.+?)\s*$/.exec(inside);
  if (!parts || /[();]|,\s/.test(inside)) return null;
  const secondAt = open + 1 + parts[1].length + parts[2].length + parts[3].length;
  const which = ns >= secondAt ? 1 : 0;
  const i = all.findIndex((m) => m.end <= open && /^\s*$/.test(t.slice(m.end, open)));
  if (i < 0) return null;
  // ("of 2019 and 2020" may be read as one mention of both years.)
  const both = BOTH_YEARS.exec(t.slice(all[i].start, all[i].end));
  if (both) return { ...all[i], period: both[1 + which], granularity: 'year' };
  if (i < 1 || !PAIR_JOIN.test(t.slice(all[i - 1].end, all[i].start))) return null;
  return all[i - 1 + which];
}

/** A qualifier before a pair's member, if any. */
const QUALIFIER_WORDS = String.raw`(?:(?:around|about|some|nearly|almost|over|ruim|bijna|circa|ongeveer|zo'n)\s+)?`;
/** A number as a pair's member: digits, maybe with a scale word ("1.21 million"). */
const PAIR_NUMBER = String.raw`${QUALIFIER_WORDS}\d(?:[\d.,]*\d)?(?:\s+(?:million|miljoen|thousand|duizend|billion|miljard))?`;
/** "1.21 million and 1.16 million respectively": after the first, the second and the word. */
/** (A counted noun may follow the first: "1,216,860 asylum applicants and 1,166,815 respectively".) */
const FIRST_OF_RESPECTIVELY = new RegExp(String.raw`^(?:\s+(?:million|miljoen|thousand|duizend))?(?:\s+[\p{L}-]+){0,2}\s+(?:and|en)\s+${PAIR_NUMBER}(?:\s+[\p{L}-]+){0,3}?\s+(?:respectively|respectievelijk)\b`, 'u');
const SECOND_OF_RESPECTIVELY = new RegExp(String.raw`\d(?:\s+(?:million|miljoen|thousand|duizend))?(?:\s+[\p{L}-]+){0,2}\s+(?:and|en)\s+${QUALIFIER_WORDS}$`, 'u');
const RESPECTIVELY_AFTER = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:respectively|respectievelijk)\b/u;
/** "respectievelijk 1,3 en 1,2 miljoen": the word before the pair, then the first, then the second. */
const FIRST_AFTER_RESPECTIVELY = new RegExp(String.raw`(?:^|[^\p{L}])(?:respectively|respectievelijk)\s+${QUALIFIER_WORDS}$`, 'u');
const SECOND_AFTER_RESPECTIVELY = new RegExp(String.raw`(?:^|[^\p{L}])(?:respectively|respectievelijk)\s+${PAIR_NUMBER}\s+(?:and|en)\s+${QUALIFIER_WORDS}$`, 'u');

/**
 * After the two years: "respectively", or the end of the clause — two figures and two years in
 * one phrase pair in order even unsaid ("piekte op 58.880 en 31.600 aanvragen in 2015 en
 * 2016."), but not when more words follow ("… in 2015 and 2016 combined").
 */
const PAIR_YEARS_END = String.raw`(?:,?\s+(?:respectively|respectievelijk)\b|(?=\s*(?:[.;:,)]|$)))`;
/** "1,3 miljoen en 1,26 miljoen asielaanvragen in 2015 en 2016 respectievelijk": the pair, then its two years (the first figure's words after it). */
const PAIR_THEN_YEARS = new RegExp(String.raw`^(?:\s+(?:million|miljoen|thousand|duizend))?\s+(?:and|en)\s+${PAIR_NUMBER}(?:\s+[\p{L}-]+){0,2}?\s+(?:in|during|for|over)\s+(?:19|20)\d\d\s+(?:and|en)\s+(?:19|20)\d\d${PAIR_YEARS_END}`, 'u');
/** The second figure's words after it. */
const YEARS_THEN_RESPECTIVELY = new RegExp(String.raw`^(?:\s+(?:million|miljoen|thousand|duizend|billion|miljard))?(?:\s+[\p{L}-]+){0,2}?\s+(?:in|during|for|over)\s+(?:19|20)\d\d\s+(?:and|en)\s+(?:19|20)\d\d${PAIR_YEARS_END}`, 'u');

/**
 * "the 2015–2016 crisis, when applications climbed to roughly 1.21 million and 1.16 million
 * respectively", "in 2015 en 2016 respectievelijk 1,3 en 1,2 miljoen": of two figures joined by
 * "and" with "respectively" after or before them, the first is the first year's of the span or
 * pair of years named before them, the second the second's.
 */
function respectivelyAfter(t: string, all: readonly PeriodMention[], sent: Span, ns: number, ne: number): PeriodMention | null {
  // (Only the sentence's few characters after the number, and a short stretch before it, are read.)
  let which: 0 | 1;
  const lead = t.slice(Math.max(sent.start, ns - 64), ns);
  if (FIRST_OF_RESPECTIVELY.test(t.slice(ne, Math.min(sent.end, ne + 80)))) which = 0;
  else if (RESPECTIVELY_AFTER.test(t.slice(ne, Math.min(sent.end, ne + 48))) && SECOND_OF_RESPECTIVELY.test(lead.slice(-40))) which = 1;
  else if (FIRST_AFTER_RESPECTIVELY.test(lead) && /^(?:\s+(?:million|miljoen|thousand|duizend))?\s+(?:and|en)\s+\S/u.test(t.slice(ne, ne + 24))) which = 0;
  else if (SECOND_AFTER_RESPECTIVELY.test(lead)) which = 1;
  else return yearsAfterPair(t, all, sent, ns, ne);
  // (Not "when" pointing back at the second year: "the record years 2015 and 2016, when the EU counted …".)
  const before = all.filter((m) => m.end <= ns && m.kind !== 'anaphora');
  const last = before[before.length - 1];
  if (!last) return null;
  const years = twoYears(t, last);
  if (years) return { ...last, period: years[which], granularity: 'year' };
  const prev = before[before.length - 2];
  if (prev && last.granularity === prev.granularity && PAIR_JOIN.test(t.slice(prev.end, last.start))) return which ? last : prev;
  return null;
}

/**
 * "De EU telde 1,3 miljoen en 1,26 miljoen asielaanvragen in 2015 en 2016 respectievelijk": the
 * two years after the pair, first to first and second to second.
 */
function yearsAfterPair(t: string, all: readonly PeriodMention[], sent: Span, ns: number, ne: number): PeriodMention | null {
  const rest = t.slice(ne, Math.min(sent.end, ne + 96));
  let which: 0 | 1;
  if (PAIR_THEN_YEARS.test(rest)) which = 0;
  else if (YEARS_THEN_RESPECTIVELY.test(rest) && SECOND_OF_RESPECTIVELY.test(t.slice(Math.max(sent.start, ns - 40), ns))) which = 1;
  else return null;
  const after = all.filter((m) => m.start >= ne && m.end <= ne + rest.length);
  if (!after.length) return null;
  const years = twoYears(t, after[0]);
  if (years) return { ...after[0], period: years[which], granularity: 'year' };
  // (Two mentions of one year each: the first or the one after it.)
  return after.length >= 2 ? after[which] : null;
}

/** "in 2015 en 2016" read as one mention of both years. */
const BOTH_YEARS = /^((?:19|20)\d\d)\s+(?:en|and)\s+((?:19|20)\d\d)$/;

/** The two years one mention names: a span of two years in a row ("2015-2016"), or both years joined by "en"/"and". */
function twoYears(t: string, m: PeriodMention): [string, string] | null {
  const span = m.granularity === 'years' ? /^(\d{4})\/(\d{4})$/.exec(m.period) : null;
  if (span && Number(span[2]) - Number(span[1]) === 1) return [span[1], span[2]];
  const both = BOTH_YEARS.exec(t.slice(m.start, m.end));
  return both ? [both[1], both[2]] : null;
}

/** A stock its clause puts in the present tense, dated by the month of writing; null otherwise. */
function presentStock(t: string, clause: Span, pub: PubDate | null, since: PeriodMention | null): PeriodReading | null {
  const waiting = pub?.m ? PRESENT_STOCK.exec(t.slice(clause.start, clause.end)) : null;
  if (!waiting || !pub?.m) return null;
  const at = clause.start + waiting.index + waiting[0].length - waiting[1].length;
  return { period: `${pub.y}-${String(pub.m).padStart(2, '0')}`, granularity: 'month', how: 'clause', kind: 'explicit', toDate: false, future: false, words: [[at, at + waiting[1].length]], since };
}

/** A list item's introducing sentence: the sentence ending in ":" before the items ("- …", "• …") in a row. */
function listIntroduction(st: Structure, t: string, si: number): Span | null {
  const item = (i: number) => LIST_ITEM.test(t.slice(st.sentences[i].start, st.sentences[i].start + 4));
  if (!item(si)) return null;
  let i = si - 1;
  while (i >= 0 && si - i <= 12 && item(i)) i--;
  if (i < 0) return null;
  const s = st.sentences[i];
  return /:\s*$/.test(t.slice(s.start, s.end)) || t[s.end] === ':' ? s : null;
}
const LIST_ITEM = /^\s*[-•*\u2013]\s/;

/** Per text (its structure), whether the sentence at a position counts back ("In 2016 waren dat er 31.642"): asked once per sentence. */
const countingBackMemo = new WeakMap<Structure, Map<number, boolean>>();
function countsBackSentence(st: Structure, t: string, p: number): boolean {
  const s = sentenceAt(st, p);
  if (!s) return false;
  let memo = countingBackMemo.get(st);
  if (!memo) countingBackMemo.set(st, (memo = new Map()));
  let v = memo.get(s.start);
  if (v === undefined) memo.set(s.start, (v = COMPARED_BACK.test(t.slice(s.start, s.end))));
  return v;
}

/** Right before a year that opens a time with no end: "from", "vanaf". */
const OPEN_START_BEFORE = /(?<![\p{L}])(?:from|vanaf)\s+$/u;
/** Right after a year, the end of its span: "to 2019", "tot 2019", "– 2019". */
const SPAN_END_AFTER = /^\s*(?:to|until|till|tot|t\/m|[-–])\s*(?:en met\s+)?(?:19|20)?\d\d/;
/** A level said of year after year, without naming them. */
const YEAR_AFTER_YEAR = /(?<![\p{L}])(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-year (?:trend|run|streak)|years? in a row|(?:consecutive|straight) years|(?:jaar|jaren) op rij|opeenvolgende jaren|(?:each|every) year|annually|elk jaar|ieder jaar|jaarlijks)(?![\p{L}])/u;

/** "tot nu toe", "so far", "to date" anywhere in a clause (the words of period-rules.ts). */
const SO_FAR = new RegExp(`(?<![\\p{L}])(?:${SO_FAR_WORDS})(?![\\p{L}])`, 'u');
/** A verb of waiting or staying in the present tense: the figure counts people in that state now. */
const PRESENT_STOCK = /(?:^|[^\p{L}])(wachten|wacht|zitten|verblijven|verblijft|opvangen|vangen [\p{L} ]{0,20}op|are (?:still )?(?:waiting|staying|living|housed|hosting|registered)|is (?:still )?waiting|host|(?:zijn|staan) (?:nu )?(?:ingeschreven|geregistreerd))(?![\p{L}])/u;
/** A relative clause hosting or housing people now ("die we opvangen", "who are staying"): its own time, the writing's. */
const PRESENT_HOSTING = /(?:^|[^\p{L}])(?:die|dat|who|that|which) [\p{L} ]{0,20}(?:opvangen|vangen [\p{L} ]{0,20}op|verblijven|verblijft|wachten|are (?:still )?(?:staying|living|housed|waiting)|host)(?![\p{L}])/u;

/** True when `at` lies inside a bracket opened after `from`: "(2017: 14,490 against 2016: …". */
export function inBrackets(t: string, from: number, at: number): boolean {
  const open = t.lastIndexOf('(', at);
  return open >= from && t.lastIndexOf(')', at) < open;
}

/** The sentence that contains normalised position p (binary search). */
function sentenceAt(st: Structure, p: number): Structure['sentences'][number] | undefined {
  const s = st.sentences[partitionPoint(st.sentences.length, (i) => st.sentences[i].end <= p)];
  return s && s.start <= p ? s : undefined;
}

/** "early 2025", "eind 2024": the edge of a year, read as its first or last month (period-rules.ts). */
function yearEdge(m: PeriodMention): boolean {
  return m.granularity === 'month' && !!m.alt && m.alt.startsWith(m.period.slice(0, 4)) && /^\d{4}-(?:01-01|12-31)$/.test(m.alt);
}

/** A quarter or a part of the year `year`. */
function quarterOrPartOf(m: PeriodMention, year: string): boolean {
  return (m.granularity === 'quarter' || m.granularity === 'part-year') && m.period.startsWith(year);
}
