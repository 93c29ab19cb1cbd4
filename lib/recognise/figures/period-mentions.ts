/**
 * Every mention of time in a text, in reading order, resolved against the publication date and
 * the times mentioned before it; a time after a comparison word ("dan", "sinds", "compared
 * with") is a baseline. See period.ts for how a figure then takes its period.
 */
import { cheapRegExp } from '../chars';
import { partitionPoint } from '../../util/sorted';
import { periodBegin, periodEnd } from '../../factbase/periods';
import { inListOfBracketedCounts, yearLikeCount } from './decoys';
import { LIKENED_BEFORE, SET_AGAINST_WORDS } from './words';
import type { Span, Structure } from './structure';
import type { PeriodMention, PubDate } from './period';
import { pubPoint, RULES, shiftYears, type MentionContext, type Raw } from './period-rules';

const COMPARE_BEFORE = cheapRegExp(
  /(?<![\p{L}])(?:ten opzichte van|t\.o\.v\.?|vergeleken met|in vergelijking met|vergelijking met|vergelijkbaar met|in tegenstelling tot|tegenover|dan|sinds|zo ?veel als|zo (?:groot|hoog|klein|laag) als|evenveel als|hetzelfde als|gelijk aan|than|the same as|similar to|comparable (?:to|with)|as many as|as much as|compared (?:with|to)|as opposed to|in contrast to|relative to|against|versus|vs\.?|since|up from|down from|(?:up|down)\s+(?:(?:by\s+)?(?:\d[\d.,]*\s*(?:%|per\s?cent|percent)?|[\p{L}-]+(?:\s+(?:per\s?cent|percent))?)\s+)?on|(?:decrease|drop|fall|decline|increase|rise)s? (?:from|over|on)|(?:fell|dropped|declined|decreased|slipped|rose|increased|grew|climbed|jumped)\s+(?:by\s+)?(?:\d[\d.,]*\s*(?:%|per\s?cent|percent)|[\p{L}-]+(?:\s+(?:per\s?cent|percent))?)\s+(?:from|on)|(?:double|twice|triple|treble|half|dubbel|twee keer zoveel als|drie keer zoveel als) (?:the|het|de))((?:\s+(?:\d[\d.,]*\d|[\p{L}\p{N}'-]+)){0,4}?)\s*$/u,
);

const SET_AGAINST = new RegExp(`^(?:${SET_AGAINST_WORDS})\\s`, 'u');

/** "since official statistics became available in 1865", "sinds de metingen begonnen in 1950": the start of a span, however long the clause. */
const SINCE_OPENING = String.raw`(?<![\p{L}])(?:since|sinds)\s[^,.;:\d]{0,80}\s`;
const SINCE_CLAUSE = new RegExp(`${SINCE_OPENING}(?:in|van|from)\\s*$`, 'u');
/** The same, for a time that names its part of the year itself: "sinds de machtswissel eind 2024", "since the war began in late 2023". */
const SINCE_CLAUSE_BARE = new RegExp(`${SINCE_OPENING}$`, 'u');
const PART_OF_YEAR_START = /^(?:eind|begin|midden|medio|end|early|late|mid)\b/;

const MORE_THAN_MULTIPLIED = /(?:more|less|meer|minder) (?:than|dan) (?:doubled|tripled|quadrupled|halved|verdubbeld|verdrievoudigd|verviervoudigd|gehalveerd)(?:\s+[\p{L}]+){0,2}\s*$/u;

/** A record set in the time after it: "nog nooit … zo hoog als in", "never … as many as in". */
const NEVER_AS_HIGH_AS = /(?<![\p{L}])(?:nooit|never)\s[^.;:\d]{0,60}(?:zo ?veel|zo (?:groot|hoog|klein|laag)|evenveel|as (?:many|much|high|large|low|few))\s+(?:als|as)\s+(?:in\s+|during\s+)?$/u;

/**
 * Before the day a report came out: "data issued by Eurostat on 25 March", "published on", "maakte
 * op 3 februari bekend", "in its report of 28 February", "in het rapport van 3 maart". That day
 * dates the release, not what its figures count.
 */
const RELEASE_DAY_BEFORE = /(?<![\p{L}])(?:published|issued|released|reported|announced|presented|gepubliceerd|gepresenteerd|bekendgemaakt|uitgebracht|publiceerde|publiceerden|presenteerde|presenteerden|meldde|meldden|maakte|maakten|(?:its|their|a|the|het|zijn|haar|hun|een|[\p{L}]+['\u2019]s) (?:report|rapport|release|statement|update|persbericht))(?:\s+(?:by|door)\s+[^,.;:\d]{1,60}?)?\s+(?:on|op|of|van)\s+$/u;

/** Before the month a report came out, said with its verb: "CBS reported in November that …", "meldde in maart". */
const RELEASE_MONTH_BEFORE = /(?<![\p{L}])(?:published|issued|released|reported|announced|presented|said|publiceerde|publiceerden|presenteerde|presenteerden|meldde|meldden)\s+(?:(?:in|eind|begin|early|late)\s+)?$/u;

/**
 * Before the day an event began, in a clause about it: "the war, which began on 24 February 2022",
 * "die op 24 februari begon"; or after it: "na de inval op 1 maart", "after the
 * invasion on 24 February" (not "sinds"/"since", which opens a span from that day).
 */
const EVENT_DAY_BEFORE = /(?<![\p{L}])(?:(?:which|that|die|dat)\s+(?:began|started|broke out|erupted|begon|startte|uitbrak)|(?:na|after)\s+(?:de|het|the)\s+(?:[\p{L}-]+\s+){0,2}(?:invasie|inval|oorlog|aanval|invasion|war|attack|outbreak))\s+(?:on|op)\s+$/u;

/** Before the time of a change's old level: "from 1,200 in", "van 18.171 in". */
export const OLD_LEVEL_BEFORE = cheapRegExp(/(?<![\p{L}])(?:from|van)\s+(?:(?:about|around|nearly|over|ruim|bijna|circa|ongeveer)\s+)?\d[\d.,]*(?:\s+[\p{L}]+){0,2}?\s+(?:in|op)\s+$/u);

/**
 * A source cited with its year in brackets, as blogs and reports do: "(CBS, 2023)", "(bron: IND,
 * 2024)", "(Eurostat, 2025a)". The year dates the publication cited, not the figures before it.
 */
const CITATION_BEFORE = /\((?:(?:bron|source|zie|see):?\s+)?(?:[\p{L}&.'’-]+\s){0,3}[\p{L}&.'’-]+,\s*$/u;
const CITATION_AFTER = /^[a-z]?\s*\)/;

/** After a year, a report's title: "2025 annual report", "2024 asylum report". */
const REPORT_TITLE_AFTER = /^\s+(?:(?:annual|asylum|migration|trends)\s+)?(?:report|overview)\b/;
/** Before a year, a report's title: "asylum report 2025", "annual report 2024". */
const REPORT_TITLE_BEFORE = /\b(?:annual|asylum|migration)\s+(?:report|overview)\s+$/;

/**
 * After a year, the name of a law or treaty it dates: "the 2008 Return Directive", "the 1951
 * Refugee Convention", "the 2016 EU-Turkey Statement" (up to two words before the document's noun,
 * none of them a word of grammar: "in 2016 the agreement …" is a time). The text is lower-cased.
 */
const DOCUMENT_NAME_AFTER = /^\s+(?:(?!(?:the|a|an|and|or|to|in|on|of|for|de|het|een|en|op|van|voor)\s)[\p{L}-]+\s+){0,2}(?:directive|convention|regulation|protocol|treaty|act|compact|pact|agreement|statement)\b/u;
/** Before a year, the name of a law or treaty it dates: "het vluchtelingenverdrag van 1951", "the refugee convention of 1951", "de vreemdelingenwet 2000". */
const DOCUMENT_NAME_BEFORE = /(?:\p{L}*(?:wet|verdrag|richtlijn|verordening)|\b(?:directive|convention|regulation|protocol|treaty|act|compact|pact))\s+(?:(?:van|of|uit|from)\s+)?$/u;

/**
 * A year in a row of years, a table's header glued into the text ("Part 2024* (thousands) 2023
 * (thousands) 2022 …"): the year before or after it stands right next to it, with at most a mark
 * and a unit in brackets between, or a table's cell border ("| 2016 (× 1,000) | 2015 (× 1,000) |").
 */
const YEAR_RIGHT_AFTER = /^\*?\s*(?:\([^()]{0,12}\)\s*)?(?:[|\t]\s*)?(?:19|20)\d\d(?!\d)/;
const YEAR_RIGHT_BEFORE = /(?<!\d)(?:19|20)\d\d\*?\s*(?:\([^()]{0,12}\)\s*)?(?:[|\t]\s*)?$/;

/** Months across a year's end ("2024-12/2025-11"); the group is the later month. */
const MONTHS_ACROSS_YEARS = /^\d{4}-\d\d\/(\d{4}-\d\d)$/;

/** Between the two years of a pair: "2015 en 2016", "2015 and 2016", "2015 of 2016", "2015 or 2016". */
const YEAR_PAIR_JOIN = /^\s+(?:en|and|of|or|&)\s+$/;

/**
 * Every mention of time in the text, in reading order, resolved. `inNames`: normalised spans
 * (sorted) of lexicon terms, whose years name documents rather than times.
 */
export function mentionsOf(t: string, st: Structure, pub: PubDate | null, inNames: ReadonlyArray<[number, number]>): PeriodMention[] {
  const raws: Raw[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(t))) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const match = m;
      if (rule.fits && !rule.fits(match)) continue;
      raws.push({ start: m.index, end: m.index + m[0].length, kind: rule.kind, priority: rule.priority, make: (ctx) => rule.make(match, ctx) });
    }
  }
  // Overlaps: the longer mention, then the more specific rule.
  raws.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const kept: Raw[] = [];
  for (const r of raws) {
    const prev = kept[kept.length - 1];
    if (prev && r.start < prev.end) {
      if (r.end - r.start > prev.end - prev.start) kept[kept.length - 1] = r;
      continue;
    }
    if (insideAny(inNames, r.start, r.end)) continue;
    // ("the EUAA's 2025 Annual Report, … for the previous year", "Asylum Report 2024": a year in a
    // report's English title names the report, whose figures may be of that year or the one before.)
    if (REPORT_TITLE_AFTER.test(t.slice(r.end, r.end + 40)) || REPORT_TITLE_BEFORE.test(t.slice(Math.max(0, r.start - 30), r.start))) continue;
    // (Nor does a year that dates a law or treaty: "the 2008 Return Directive", "het vluchtelingenverdrag van 1951".)
    if (DOCUMENT_NAME_AFTER.test(t.slice(r.end, r.end + 60)) || DOCUMENT_NAME_BEFORE.test(t.slice(Math.max(0, r.start - 40), r.start))) continue;
    // ("…, met een migratiesaldo van 224.000 (CBS, 2023)": a citation's year.)
    if (CITATION_AFTER.test(t.slice(r.end, r.end + 3)) && CITATION_BEFORE.test(t.slice(Math.max(0, r.start - 48), r.start))) continue;
    // "…, Eritrea (ruim 2300) en Irak (2000)": a count in a list of bracketed counts, no year.
    if (inListOfBracketedCounts(t, r.start, r.end)) continue;
    // ("… kwamen uit Syrië: 1915 mensen": a count of people, no year.)
    if (yearLikeCount(t, r.start, r.end)) continue;
    kept.push(r);
  }
  const out: PeriodMention[] = [];
  /** A year that closes a pair with the year before it ("2015 en 2016", "2015 and 2016"): the span. */
  const pairs = new Map<PeriodMention, string>();
  const ctx: MentionContext = { pub, year: null, last: null, lastAny: null, pairOf: (m) => pairs.get(m) ?? null };
  let lastAny: PeriodMention | null = null;
  let lastAnySentence = -1;
  let lastTopic: PeriodMention | null = null;
  let si = 0;
  const pubAt = pub ? pubPoint(pub) : null;
  // (Whether a year was still running: a text dated only by its month may have been written on
  // its first day.)
  const writtenFrom = pub ? (pub.m && !pub.d ? pub.y + (pub.m - 1) / 12 : pubAt) : null;
  const captions = captionParagraphs(t, st);
  for (const r of kept) {
    while (si < st.sentences.length - 1 && st.sentences[si].end <= r.start) si++;
    // ("People wait outside a reception centre, Tuesday 14 March 2023. Photo: Belga": a photo's
    // date says when the picture was taken, not what the text's figures are of.)
    if (captions.has(st.sentences[si].para)) continue;
    ctx.last = lastAnySentence === si ? lastAny : lastTopic;
    ctx.lastAny = lastAny;
    ctx.opensSentence = /^[\s"'“‘(]*$/.test(t.slice(st.sentences[si].start, r.start));
    let made = r.make(ctx);
    if (!made) continue;
    // The day or month a report came out, and the day an event began, are not the time of the
    // figures beside them.
    if (made.granularity === 'day' || made.granularity === 'month') {
      const before = t.slice(Math.max(st.sentences[si].start, r.start - 90), r.start);
      if (made.granularity === 'day' ? RELEASE_DAY_BEFORE.test(before) || EVENT_DAY_BEFORE.test(before) : RELEASE_MONTH_BEFORE.test(before)) continue;
    }
    // A part of a year named without its year ("het derde kwartaal", "the first nine months")
    // that would not have ended by the publication date is last year's; a month, only when it
    // had not begun ("begin november" in a text of 12 November is this November).
    const yearless = !/\d{4}|jaar|year/.test(t.slice(r.start, r.end));
    // "… in de eerste zeven maanden van dit jaar. Over heel 2024 … Van januari tot en met juli
    // telde Frontex …": this year's months named again without a year are still this year's,
    // not of the year last spoken of.
    // (Not when its own sentence named a time before it: "In 2014, in the first quarter, …".)
    if (yearless && r.kind === 'explicit' && made.granularity !== 'year' && made.granularity !== 'years' && lastAnySentence !== si) {
      const months = withoutYear(made.period);
      // (The first time those months were named, and only as this year's: the text's topic, not
      // last year's months named first as a baseline.)
      const same = out.find((m) => m.kind !== 'comparison' && withoutYear(m.period) === months);
      if (same && same.period !== made.period && pub && Number(same.period.slice(0, 4)) === pub.y) made = { ...made, period: shiftYears(made.period, Number(made.period.slice(0, 4)) - Number(same.period.slice(0, 4))) };
    }
    const notYet = made.granularity === 'month' ? periodBegin(made.period) : periodEnd(made.period);
    if (pubAt !== null && r.kind === 'explicit' && made.granularity !== 'year' && made.granularity !== 'years' && yearless && notYet > pubAt + 1e-9) {
      made = { ...made, period: shiftYears(made.period, 1) };
    }
    // "In vergelijking met het eerste kwartaal van 2024 … eind 2024. 4.530 mensen deden in januari,
    // februari en maart een aanvraag …": a part of a year without its year that would be the very baseline the
    // text set its figures against is the part of the year the text speaks of.
    // (Not when its own sentence names that year: "In 2024, the split by quarter showed 9,005 … in Q1".)
    if (yearless && r.kind === 'explicit' && made.granularity !== 'year' && out.some((m) => m.kind === 'comparison' && m.period === made!.period) && !t.slice(st.sentences[si].start, r.start).includes(made.period.slice(0, 4))) {
      const y = Number(made.period.slice(0, 4));
      // (The year of the last part of a year the text spoke of, not a baseline: "de eerste drie maanden van het jaar".)
      const topic = out.findLast((m) => m.kind !== 'comparison' && m.granularity !== 'year' && Number(m.period.slice(0, 4)) > y);
      if (topic) made = { ...made, period: shiftYears(made.period, y - Number(topic.period.slice(0, 4))) };
    }
    const compared = isComparison(t, st.sentences[si], r.start);
    const kind: PeriodMention['kind'] = compared ? 'comparison' : r.kind;
    const weekOnly = made.granularity === 'week';
    // Still running: less than nine tenths of it had passed; of a year, its last two weeks (a
    // year's figure in late December is its total, one of early December a part of it).
    const begin = periodBegin(made.period);
    const end = periodEnd(made.period);
    // A moment ("op dit moment") dates a stock; it is no running count.
    const moment = made.moment === true;
    if (moment) {
      // (Everything the rule made but the flag itself, whatever fields rules come to set.)
      const { moment: _moment, ...rest } = made;
      made = rest;
    }
    const year = made.granularity === 'year';
    const at = year ? writtenFrom : pubAt;
    const toDate = !moment && at !== null && !weekOnly && begin <= at && end > at + 1e-9 && (at - begin) / (end - begin) < (year ? YEAR_DONE : 0.9);
    const future = pubAt !== null && !weekOnly && periodBegin(made.period) > pubAt + 1e-9;
    const mention: PeriodMention = { start: r.start, end: r.end, ...made, kind, toDate, future, para: st.sentences[si].para, ...(year && inRowOfYears(t, r.start, r.end) ? { inRow: true } : {}) };
    const prev = out[out.length - 1];
    if (prev && year && prev.granularity === 'year' && prev.period < made.period && YEAR_PAIR_JOIN.test(t.slice(prev.end, r.start))) pairs.set(mention, `${prev.period}/${made.period}`);
    out.push(mention);
    lastAny = mention;
    lastAnySentence = si;
    if (kind !== 'comparison') lastTopic = mention;
    // The year spoken of: set by a year the text writes or names ("vorig jaar"), not by one inferred,
    // nor by an old level's ("fell from 1,200 in Q1 of 2024 to 1,100": the text is not about 2024).
    // (Also the months up to the time of writing across a year's end, "the past twelve months" in
    // August 2019: their later year, so "the end of June" after them is June 2019.)
    const across = kind === 'relative' ? MONTHS_ACROSS_YEARS.exec(made.period) : null;
    if (across) ctx.year = Number(across[1].slice(0, 4));
    // (Nor by a year in a row of years, a table's header: "… 2021 (thousands) 2020 (thousands) 2019
    // …" does not make a later "As at 1 October" one of 2019.)
    else if ((kind === 'explicit' || kind === 'relative') && !yearless && !OLD_LEVEL_BEFORE.test(t.slice(Math.max(0, r.start - 40), r.start)) && !mention.inRow) ctx.year = Number(made.period.slice(0, 4));
  }
  return out;
}

/** Whether the mention at [start, end) is a bare year with another year right next to it. */
function inRowOfYears(t: string, start: number, end: number): boolean {
  if (!/^(?:19|20)\d\d$/.test(t.slice(start, end))) return false;
  return YEAR_RIGHT_AFTER.test(t.slice(end, end + 24)) || YEAR_RIGHT_BEFORE.test(t.slice(Math.max(0, start - 24), start));
}

/** How much of a year must have passed for its figure to be its total: all but its last two weeks. */
const YEAR_DONE = 1 - 14 / 365;

/** A photo caption or credit line ("Credit: Belga", "Foto: ANP", "Beeld: …", "©"). */
const CAPTION = /(?:^|[\s.(])(?:credit|credits|photo|foto|beeld|image|picture|afbeelding)\s*:|\u00a9/i;

/** The paragraphs that are captions: short, with a credit in them. */
function captionParagraphs(t: string, st: Structure): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < st.sentences.length) {
    const para = st.sentences[i].para;
    let j = i;
    while (j + 1 < st.sentences.length && st.sentences[j + 1].para === para) j++;
    const text = t.slice(st.sentences[i].start, st.sentences[j].end);
    if (text.length <= 400 && CAPTION.test(text)) out.add(para);
    i = j + 1;
  }
  return out;
}

function insideAny(spans: ReadonlyArray<[number, number]>, a: number, b: number): boolean {
  const lo = partitionPoint(spans.length, (i) => spans[i][1] <= a);
  return lo < spans.length && spans[lo][0] <= a && b <= spans[lo][1];
}

/** A comparison word at most four words before the mention, in the same sentence, with no number between. */
function isComparison(t: string, sent: Span, at: number): boolean {
  const pre = t.slice(Math.max(sent.start, at - 60), at);
  if (LIKENED_BEFORE.test(pre)) return true;
  const m = COMPARE_BEFORE.exec(pre);
  if (!m) return SINCE_CLAUSE.test(pre) || THAN_DURING.test(pre) || THAN_IN_YEAR.test(pre) || (PART_OF_YEAR_START.test(t.slice(at, at + 8)) && SINCE_CLAUSE_BARE.test(pre));
  // "more than doubled in 2015": "than" says how much it grew, not against what.
  if (MORE_THAN_MULTIPLIED.test(pre)) return false;
  // "Nog nooit was het saldo zo hoog als in 2017", "never as many as in 2022": the record's own time.
  if (NEVER_AS_HIGH_AS.test(pre)) return false;
  // "meer dan 20.000 in 2022", "as many as 20,000 in 2022": a qualifier of the figure, whose own
  // year follows; only a word that always sets one figure against another reaches past a number
  // ("as opposed to 9,870 in 2016", "tegenover 9.870 in 2016"). A number in words is one too:
  // "more than one million asylum applications last year".
  return !NUMBER_BETWEEN.test(m[1] ?? '') || SET_AGAINST.test(m[0]);
}

/**
 * "than during the great refugee influx of 2015", "dan tijdens de asielcrisis van 2015": the
 * time of an event a figure is set against, named however many words after "than" (no number between).
 */
const THAN_DURING = /(?<![\p{L}])(?:than|dan)\s+(?:during|at the (?:height|peak) of|tijdens|op het hoogtepunt van)(?:\s+[\p{L}'-]+){0,6}?\s+(?:in|of|van)\s*$/u;
/** "than in the record year of 2015", "dan in het piekjaar 2015": a year named as the one set against. */
const THAN_IN_YEAR = /(?<![\p{L}])(?:than|dan)\s+in\s+(?:the|het)\s+(?:[\p{L}'-]+\s+){0,3}?(?:[\p{L}-]*year|[\p{L}-]*jaar)(?:\s+(?:of|van))?\s*$/u;

/** A number between a comparison word and a time: digits, or a scale word ("one million", "twee miljoen"). */
const NUMBER_BETWEEN = /\d|(?<![\p{L}])(?:hundred|thousand|million|billion|honderd|duizend|miljoen|miljard)(?![\p{L}])/u;

/** A period's months without its year: "2025-01/2025-07" → "01/07", "2025-Q1" → "Q1". */
function withoutYear(period: string): string {
  return period.replace(/(?:^|\/)\d{4}-?/g, (m) => (m.startsWith('/') ? '/' : ''));
}
