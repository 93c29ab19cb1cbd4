/**
 * The ways a text names a time, as rules: a pattern and how to resolve what it matched against
 * the text's reference times (the publication date, the year spoken of, the last time
 * mentioned). Data for mentionsOf (period-mentions.ts); most of this file is the rule table.
 */
import { MONTH_ALTERNATION, MONTH_INDEX, ORDINALS, SMALL_NUMBERS, TEEN_NUMBER_WORDS } from './words';
import type { PeriodMention, PubDate } from './period';
import { periodBegin } from '../../factbase/periods';
import { daysInMonth } from '../../util/months';

/** The start or end of a month ("begin april", "eind oktober", "early May"): a moment, a stock's date. */
const EDGE = '(?:begin|eind|einde|early|late|(?:(?:at )?the )?(?:beginning|start|end) of)';
/** Opening a month mention ("begin april"); right before one ("begin april 2023"). */
const MONTH_EDGE = new RegExp(`^${EDGE}\\s`);
const MONTH_EDGE_BEFORE = new RegExp(`\\b${EDGE}\\s+$`);

const pad = (n: number) => String(n).padStart(2, '0');

/** The same period one (or n) years earlier. */
export function shiftYears(p: string, n: number): string {
  return p.replace(/\d{4}/g, (y) => String(Number(y) - n));
}

/** The publication date as a fractional year (a missing day or month: late in it). */
export function pubPoint(pub: PubDate): number {
  return pub.y + ((pub.m ?? 12) - 1) / 12 + (pub.d ?? (pub.m ? 28 : 31)) / 372;
}

/** Words that say a count runs up to the time of writing ("tot nu toe", "so far", "to date"). */
export const SO_FAR_WORDS = 'tot nu toe|tot dusver(?:re)?|tot op heden|tot nog toe|so far|to date|thus far|up to now|until now';

const Y = '(1[89]\\d\\d|20\\d\\d)';
const ORD = '(eerste|tweede|derde|vierde|laatste|first|second|third|fourth|last|final)';
const MON = `(${MONTH_ALTERNATION})`;
const NUMW = `(\\d{1,2}|${Object.keys(SMALL_NUMBERS).join('|')})`;
/** The count NUMW matched, in digits or a word. */
const countOf = (w: string): number => (/^\d+$/.test(w) ? Number(w) : SMALL_NUMBERS[w]);
const YEAR_REF = `(${Y.slice(1, -1)}|het jaar|dit jaar|vorig jaar|vorige jaar|afgelopen jaar|this year|last year|the year)`;

/** A start named before "tot"/"until" in its clause: "vanaf de inval", "sinds maart", "since the war began", "from". */
const START_NAMED_BEFORE = /(?<![\p{L}])(?:vanaf|sinds|since|from)(?![\p{L}])[^.;:]*$/u;

/** A mention as a rule matched it, resolved once the reference times before it are known. */
export interface Raw {
  start: number;
  end: number;
  /** Resolved later: a function of the text's reference times. */
  make: (ctx: MentionContext) => (Pick<PeriodMention, 'period' | 'granularity' | 'alt' | 'soFar' | 'now'> & { moment?: true }) | null;
  kind: 'explicit' | 'relative' | 'anaphora';
  priority: number;
}

/** The reference times a mention is resolved against. */
export interface MentionContext {
  pub: PubDate | null;
  /** The year of the last explicit or relative mention before this one (for "september", "het derde kwartaal"). */
  year: number | null;
  /**
   * What "toen" and "een jaar eerder" refer to: the last mention in the same sentence, of any
   * kind ("dan in 2021, toen nog …"), else the last one of earlier sentences that was not a
   * baseline ("… dan in dezelfde periode vorig jaar. Daarnaast vroegen toen 2.400 Syriërs asiel aan"
   * speaks of the period the text is about).
   */
  last: PeriodMention | null;
  /** The last mention of any kind ("in dat jaar" points at it, even a baseline). */
  lastAny: PeriodMention | null;
  /** The mention opens its sentence ("Toen ging het om 2600."). */
  opensSentence?: boolean;
  /**
   * The years a mention closes a pair of with the one before it ("de pieken van 2015 en 2016"):
   * what "toen" after such a pair points at is both.
   */
  pairOf?: (m: PeriodMention) => string | null;
}

/**
 * "Dit jaar", "this year": the year of publication — but in a January text whose last time named
 * is the fourth quarter of the year before ("In december 2022 … in november … Hiermee komt de
 * asielinstroom dit jaar op …"), the year that just ended: the year the report closes.
 */
function thisYear(ctx: MentionContext): number {
  const pub = ctx.pub!;
  const lastQuarter = pub.m === 1 && ctx.last ? LAST_QUARTER.exec(ctx.last.period) : null;
  return lastQuarter && Number(lastQuarter[1]) === pub.y - 1 ? pub.y - 1 : pub.y;
}
/** A period in a year's last quarter: "2022-11", "2022-12-31", "2022-Q4" (its year in group 1). */
const LAST_QUARTER = /^(\d{4})-(?:1[0-2]|Q4)\b/;

function yearOf(ref: string | undefined, ctx: MentionContext): number | null {
  if (!ref) return ctx.year ?? ctx.pub?.y ?? null;
  if (/^\d{4}$/.test(ref)) return Number(ref);
  if (/vorig|afgelopen|last/.test(ref)) return ctx.pub ? ctx.pub.y - 1 : null;
  if (/dit|this/.test(ref)) return ctx.pub?.y ?? null;
  return ctx.year ?? ctx.pub?.y ?? null; // "het jaar", "the year": the year spoken of
}

const quarter = (y: number, q: number) => ({ period: `${y}-Q${q}`, granularity: 'quarter' as const });
/** The last quarter over in month `m` of year `y`. */
const quarterOver = (y: number, m: number) => (m <= 3 ? quarter(y - 1, 4) : quarter(y, Math.floor((m - 1) / 3)));
/** A part of year `y` from January on that has not run to December ("2025-01/2025-09", "2025-Q1"): the year so far. */
const yearSoFar = (period: string, y: number): boolean => period === `${y}-Q1` || (period.startsWith(`${y}-01/${y}-`) && period.length === 15 && !period.endsWith('-12'));

const months = (y: number, a: number, b: number): Pick<PeriodMention, 'period' | 'granularity'> => {
  if (a === 1 && b === 12) return { period: String(y), granularity: 'year' };
  if (a === b) return { period: `${y}-${pad(a)}`, granularity: 'month' };
  if (a % 3 === 1 && b === a + 2) return quarter(y, (a + 2) / 3);
  return { period: `${y}-${pad(a)}/${y}-${pad(b)}`, granularity: 'part-year' };
};

/** The months from m[1] to m[2] of year m[3], else of the year spoken of. */
function monthSpan(m: RegExpExecArray, ctx: MentionContext): ReturnType<Raw['make']> {
  const y = m[3] ? Number(m[3]) : (ctx.year ?? ctx.pub?.y ?? null);
  const a = MONTH_INDEX.get(m[1])!;
  const b = MONTH_INDEX.get(m[2])!;
  return y && b > a ? months(y, a, b) : null;
}

/** The `n` months that end with month index `end` (year × 12 + month − 1), perhaps across a year's end ("2024-12/2025-11"). */
function monthsEndingAt(end: number, n: number): Pick<PeriodMention, 'period' | 'granularity'> {
  const start = end - n + 1;
  const y = Math.floor(end / 12);
  if (Math.floor(start / 12) === y) return months(y, (start % 12) + 1, (end % 12) + 1);
  const at = (k: number) => `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`;
  return { period: `${at(start)}/${at(end)}`, granularity: 'part-year' };
}

/**
 * "The past n months" up to the time of writing: the last n months with figures. Three, six or
 * twelve months written soon after a quarter, half or year ended (within a month for a quarter,
 * three for the others) are that calendar span, which is what releases then report ("over the
 * past six months" in September is January to June). Else the n months before: a month's figures
 * come out some weeks after it, so early in a month (day 15 or before) up to the month before last,
 * later up to the month before. The other reading is kept as `alt` (a figure may agree with
 * either, accuses on neither).
 */
function monthsBeforeWriting(pub: PubDate, n: number): Pick<PeriodMention, 'period' | 'granularity' | 'alt'> | null {
  if (!pub.m) return null;
  const now = pub.y * 12 + pub.m - 1;
  const early = pub.d !== null && pub.d <= 15;
  const rolling = monthsEndingAt(now - (early ? 2 : 1), n);
  const other = monthsEndingAt(now - (early ? 1 : 2), n);
  if (n === 3 || n === 6 || n === 12) {
    const end = Math.floor(now / n) * n - 1;
    if (now - end <= (n === 3 ? 1 : 3)) return { ...monthsEndingAt(end, n), alt: rolling.period };
  }
  return { ...rolling, alt: other.period };
}

type Rule = {
  re: RegExp;
  kind: Raw['kind'];
  priority: number;
  make: (m: RegExpExecArray, ctx: MentionContext) => ReturnType<Raw['make']>;
  /** Whether a match is a mention at all (one that is not leaves its words to the other rules). */
  fits?: (m: RegExpExecArray) => boolean;
};

/** The month a text was written in, a moment; on a page dated to the day, that day as `alt`. */
export function monthOfWriting(pub: PubDate): Pick<PeriodMention, 'period' | 'granularity' | 'alt'> & { moment: true } {
  const month = `${pub.y}-${pad(pub.m!)}`;
  return { period: month, granularity: 'month', moment: true, ...(pub.d ? { alt: `${month}-${pad(pub.d)}` } : {}) };
}

/** One year back from the time last spoken of (a rule below; link.ts resolves it against the figure before where no time was named). */
export const ONE_YEAR_BACK = /\b(?:(?:in )?(?:dezelfde|de zelfde|diezelfde|hetzelfde|the same) (?:periode|period|maand|maanden|month|months|kwartaal|quarter|(?:\w+ )(?:maanden|months))(?: (?:van|of))? (?:vorig jaar|een jaar eerder|een jaar geleden|het jaar ervoor|het jaar daarvoor|last year|a year earlier|a year ago|the previous year|the year before)|een jaar (?:eerder|geleden)|a year (?:earlier|ago|before)|(?:het|dat) jaar (?:daarvoor|ervoor)|het voorgaande jaar|the year before|(?:the )?(?:previous|prior) year)\b/g;

/** How many weeks, in digits or words ("zes", "fourteen"); "de afgelopen weken", "recent weeks" name no span. */
const WEEKS_COUNT = `(?:\\d{1,2}|${[...Object.keys(SMALL_NUMBERS), ...TEEN_NUMBER_WORDS].join('|')})`;
/**
 * Some weeks: up to now or the first of a year ("de afgelopen zes weken", "the first 40 weeks of
 * the year": `which`, `year`), those spoken of (`those`), or the same ones (`back`: a year before).
 */
const WEEK_SPAN = new RegExp(
  `\\b(?:(?:de|the) (?<which>afgelopen|laatste|voorbije|eerste|past|last|first|previous)|(?<those>die|deze|those|these))(?: ${WEEKS_COUNT}) (?:weken|weeks)\\b(?: (?:van|of) (?<year>het jaar|the year|dit jaar|this year))?` +
    `|\\b(?:dezelfde|diezelfde|the same)(?: ${WEEKS_COUNT})? (?:weken|weeks)\\b(?: (?<back>van vorig jaar|vorig jaar|een jaar eerder|het jaar ervoor|(?:of )?last year|a year earlier|the year before|the previous year))?`,
  'gu',
);

export const RULES: Rule[] = [
  // Quarters: "het derde kwartaal van 2022", "first quarter of this year", "Q1 2024", "2024-Q1".
  {
    re: new RegExp(`\\b${ORD} (?:kwartaal|quarter)(?: (?:van|of))?(?: ${YEAR_REF})?`, 'g'),
    kind: 'explicit',
    priority: 5,
    make: (m, ctx) => {
      const y = yearOf(m[2], ctx);
      return y ? quarter(y, ORDINALS[m[1]]) : null;
    },
  },
  { re: new RegExp(`\\bq([1-4]) ?(?:van |of )?${Y}\\b|\\b${Y}[- ]?q([1-4])\\b`, 'g'), kind: 'explicit', priority: 5, make: (m) => quarter(Number(m[2] ?? m[3]), Number(m[1] ?? m[4])) },
  // "Q1–Q3 2025", "(Q1–Q3)": the first nine months.
  { re: new RegExp(`\\bq([1-4]) ?[-–] ?q([1-4])(?: ${Y})?\\b`, 'g'), kind: 'explicit', priority: 5, make: (m, ctx) => {
    const y = m[3] ? Number(m[3]) : yearOf(undefined, ctx);
    const a = Number(m[1]);
    const b = Number(m[2]);
    return y && b > a ? months(y, (a - 1) * 3 + 1, b * 3) : null;
  } },
  // "7.700 in het tweede en 6.100 in het derde": a quarter named by its ordinal alone, after a
  // quarter in the same sentence.
  { re: /\b(?:in|over) (?:het|the) (eerste|tweede|derde|vierde|first|second|third|fourth)\b(?! (?:kwartaal|quarter|helft|half|halfjaar))/g, kind: 'explicit', priority: 3, make: (m, ctx) => {
    const q = ctx.last && ctx.last.granularity === 'quarter' ? ctx.last : null;
    return q ? quarter(Number(q.period.slice(0, 4)), ORDINALS[m[1]]) : null;
  } },
  // "7,175 in Q3" after "In 2024, …": a bare quarter is of the year spoken of.
  { re: /\bq([1-4])\b(?![-–]\d)/g, kind: 'explicit', priority: 4, make: (m, ctx) => {
    const y = yearOf(undefined, ctx);
    return y ? quarter(y, Number(m[1])) : null;
  } },
  // Halves: "de eerste helft van 2023", "the first half of the year", "H1 2025".
  {
    re: new RegExp(`\\b(eerste|tweede|first|second) (?:halfjaar|half jaar|helft|half)\\b(?: (?:van|of))?(?: ${YEAR_REF})?`, 'g'),
    kind: 'explicit',
    priority: 5,
    make: (m, ctx) => {
      const y = yearOf(m[2], ctx);
      if (!y) return null;
      return ORDINALS[m[1]] === 1 ? months(y, 1, 6) : months(y, 7, 12);
    },
  },
  { re: new RegExp(`\\bh([12]) ?${Y}\\b`, 'g'), kind: 'explicit', priority: 5, make: (m) => (m[1] === '1' ? months(Number(m[2]), 1, 6) : months(Number(m[2]), 7, 12)) },
  // "de eerste negen maanden (van 2025)", "the first nine months of the year".
  {
    re: new RegExp(`\\b(?:eerste|first) ${NUMW} (?:maanden|months)(?: (?:van|of))?(?: ${YEAR_REF})?`, 'g'),
    kind: 'explicit',
    priority: 5,
    make: (m, ctx) => {
      const n = countOf(m[1]);
      const y = yearOf(m[2], ctx);
      return y && n >= 1 && n <= 12 ? months(y, 1, n) : null;
    },
  },
  // "de eerste drie kwartalen van 2025", "the first three quarters of the year": those months.
  {
    re: new RegExp(`\\b(?:eerste|first) (twee|drie|two|three|2|3) (?:kwartalen|quarters)(?: (?:van|of))?(?: ${YEAR_REF})?`, 'g'),
    kind: 'explicit',
    priority: 5,
    make: (m, ctx) => {
      const n = countOf(m[1]);
      const y = yearOf(m[2], ctx);
      return y && (n === 2 || n === 3) ? months(y, 1, n * 3) : null;
    },
  },
  // "de laatste drie maanden van 2024", "the last three months of the year": the year's end.
  // (Only of a named year: "the last three months" alone runs back from the day of writing.)
  {
    re: new RegExp(`\\b(?:laatste|last|final) ${NUMW} (?:maanden|months) (?:van|of) ${YEAR_REF}`, 'g'),
    kind: 'explicit',
    priority: 5,
    make: (m, ctx) => {
      const n = countOf(m[1]);
      const y = yearOf(m[2], ctx);
      return y && n >= 1 && n <= 12 ? months(y, 13 - n, 12) : null;
    },
  },
  // "de afgelopen twaalf maanden", "in the past six months": the months up to the time of writing
  // (monthsBeforeWriting; "de afgelopen drie maanden" in a quarter's first month is the quarter
  // just over), never the year named before. Months "of" a named year are the year's end (the
  // rule above).
  {
    re: new RegExp(`\\b(?:afgelopen|voorbije|laatste|past|last|previous) ${NUMW} (?:maanden|months)\\b(?! (?:van|of) )`, 'g'),
    kind: 'relative',
    priority: 3,
    make: (m, ctx) => {
      const n = countOf(m[1]);
      return ctx.pub && n >= 2 && n <= 12 ? monthsBeforeWriting(ctx.pub, n) : null;
    },
  },
  // "in de maanden januari, februari en maart", "(april, mei en juni)": consecutive months.
  {
    re: new RegExp(`\\b${MON}((?:, ${MON})*) (?:en|and) ${MON}(?: ${Y})?\\b`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: (m, ctx) => {
      const names = [m[1], ...m[2].split(', ').filter(Boolean), m[4]].map((x) => MONTH_INDEX.get(x)!);
      if (names.some((x, i) => i > 0 && x !== names[i - 1] + 1)) return null;
      const y = m[5] ? Number(m[5]) : (ctx.year ?? ctx.pub?.y ?? null);
      return y ? months(y, names[0], names[names.length - 1]) : null;
    },
  },
  // "tussen april en juni", "between April and June": a span, not a list of months.
  { re: new RegExp(`\\b(?:tussen|between) ${MON} (?:en|and) ${MON}(?: ${Y})?\\b`, 'g'), kind: 'explicit', priority: 5, make: monthSpan },
  // "januari tot en met september 2025", "from January to June", "van januari t/m juni",
  // "januari-augustus 2016". (Also to the end of the second month: "from January through the end
  // of June", "van januari tot eind juni".) A year after a closing bracket or "in"/"of" is the
  // span's: "the same period (January - June) of 2019" is those months of 2019, not the year.
  {
    re: new RegExp(`\\b(?:van |from |between )?${MON}(?: (?:tot en met|t/m|tot|to|through|until|till) | ?[-\u2013] ?)(?:(?:the )?end of |eind |einde )?${MON}(?:\\)?,? (?:(?:in|of|van) )?${Y})?\\b`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: monthSpan,
  },
  // "tot en met juni", "through June", "tot eind september", "till the end of May": the year so
  // far, up to that month (not "compared to the end of April").
  {
    re: new RegExp(`\\b(?:tot en met(?: eind)?|t/m|tot (?:aan )?(?:het )?eind(?:e)?(?: van)?|through(?: the end of)?|(?:up to|up until|until|till) the end of) ${MON}(?: ${Y})?\\b`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: (m, ctx) => {
      const y = m[2] ? Number(m[2]) : (ctx.year ?? ctx.pub?.y ?? null);
      const b = MONTH_INDEX.get(m[1])!;
      return y ? months(y, 1, b) : null;
    },
  },
  // "up to Nov. 1", "tot 1 november", "until 15 October 2023": a flow counted from the year's
  // start up to that day (not through it; "tot en met", "through" include it) — the year so far.
  // A stock's count on that day is the other reading (`alt`): with two, neither accuses.
  {
    re: new RegExp(`\\b(tot en met|t/m|through|tot|up to|until|till) (?:(\\d{1,2}) ${MON}\\.?|${MON}\\.? (\\d{1,2})(?:st|nd|rd|th)?)(?:,? ${Y})?\\b(?![.,]\\d)`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: (m, ctx) => {
      const d = Number(m[2] ?? m[5]);
      const mo = MONTH_INDEX.get(m[3] ?? m[4])!;
      const y = m[6] ? Number(m[6]) : (ctx.year ?? ctx.pub?.y ?? null);
      if (!y || d < 1 || d > 31) return null;
      const day = `${y}-${pad(mo)}-${pad(d)}`;
      // (Only the day: from a start the text names — "sinds de oorlog begon tot 1 maart" — or by a
      // day still to come — "tot 1 juli zijn 12.000 bedden nodig" — or from the year's first day.)
      const plain = { period: day, granularity: 'day' as const };
      if (START_NAMED_BEFORE.test(m.input.slice(Math.max(0, m.index - 80), m.index))) return plain;
      if (ctx.pub && periodBegin(day) > pubPoint(ctx.pub)) return plain;
      const through = /^(?:tot en met|t\/m|through)$/.test(m[1]);
      if (!through && d === 1) return mo === 1 ? plain : { ...months(y, 1, mo - 1), alt: day };
      return { period: `${y}-01-01/${through ? day : `${y}-${pad(mo)}-${pad(d - 1)}`}`, granularity: 'part-year', alt: day };
    },
  },
  // "in the year to September", "in the twelve months to June 2024". Twelve months back is the
  // British statistical usage; news on Dutch figures often means the year so far (CBS counts from
  // January). "The year to" keeps both, the year so far first and the rolling year as `alt`, so
  // a figure may agree with either and neither reading accuses; "twelve months" is rolling only.
  {
    re: new RegExp(`\\b(?:the|de) (year|12 months|twelve months|twaalf maanden) (?:to|up to|ending|ending in|until|through|tot(?: en met)?) (?:the end of |eind )?${MON}(?: ${Y})?\\b`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: (m, ctx) => {
      const b = MONTH_INDEX.get(m[2])!;
      let y = m[3] ? Number(m[3]) : (ctx.year ?? ctx.pub?.y ?? null);
      if (!y) return null;
      // A month not yet over when the text was written is last year's.
      if (!m[3] && ctx.pub?.m && y === ctx.pub.y && b >= ctx.pub.m) y--;
      const rolling = b === 12 ? String(y) : `${y - 1}-${pad(b + 1)}/${y}-${pad(b)}`;
      if (m[1] !== 'year') return { period: rolling, granularity: b === 12 ? 'year' : 'part-year' };
      return { ...months(y, 1, b), ...(b < 12 ? { alt: rolling } : {}) };
    },
  },
  // "the nine months to the end of September", "de drie maanden tot en met september": that many months
  // back from the month named, within its year ("the year to", "twelve months to": above).
  {
    re: new RegExp(`\\b(?:the|de) ${NUMW} (?:maanden|months) (?:to|up to|ending|ending in|until|through|tot(?: en met)?) (?:the end of |eind )?${MON}(?: ${Y})?\\b`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: (m, ctx) => {
      const n = countOf(m[1]);
      const b = MONTH_INDEX.get(m[2])!;
      const y = m[3] ? Number(m[3]) : (ctx.year ?? ctx.pub?.y ?? null);
      return y && n >= 2 && n <= b && n < 12 ? months(y, b - n + 1, b) : null;
    },
  },
  // "sinds begin dit jaar", "dit jaar tot nu toe", "so far this year", "since the start of the year".
  {
    re: /\b(?:sinds (?:het )?begin (?:van )?(?:dit|het) jaar|dit jaar (?:tot (?:nu toe|dusver|nog toe)|vooralsnog)|(?:tot nu toe|vooralsnog) dit jaar|so far this year|this year so far|this year to date|since the (?:start|beginning) of (?:the|this) year|year to date)\b/g,
    kind: 'relative',
    priority: 4,
    // (News reports the year so far as far as the figures go: after "de eerste negen maanden van
    // dit jaar", "dit jaar vooralsnog" is those nine months, not the months up to the day of writing.)
    make: (_m, ctx) => (ctx.pub && ctx.last && yearSoFar(ctx.last.period, ctx.pub.y) ? { period: ctx.last.period, granularity: ctx.last.granularity } : ctx.pub?.m ? months(ctx.pub.y, 1, ctx.pub.m) : ctx.pub ? { period: String(ctx.pub.y), granularity: 'year' } : null),
  },
  // "by 30 June", "by June 2024", "by the end of May (2025)", "as at the end of May": a running
  // count of the year so far, up to that month (a day before the month's last days is a running
  // count the month table cannot name); for a stock, the month's last day.
  {
    re: new RegExp(`\\b(?:by|as of|as at) (?:the end of |(?:(?:2[89]|3[01])(?:st|nd|rd|th)? ))?${MON}(?: ${Y})?\\b`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: (m, ctx) => {
      const y = m[2] ? Number(m[2]) : (ctx.year ?? ctx.pub?.y ?? null);
      if (!y) return null;
      const mo = MONTH_INDEX.get(m[1])!;
      // (A stock "by the end of June 2025" is the count of its last day: an alternative reading
      // that may agree, never accuse.)
      return { ...months(y, 1, mo), alt: `${y}-${pad(mo)}-${pad(daysInMonth(y, mo))}` };
    },
  },
  // "op dit moment", "momenteel", "nu", "currently", "now", "the current 20%": the month the text
  // was written in (a stock now); on a page dated to the day, that day too (`alt`: a stock counted
  // on the day the text was written agrees; never an accusation, as "now" may be a day or two old).
  // (Not "nu" before a duration: "waar de oorlog nu al acht jaar duurt", "now in its third
  // year" say how long something has lasted, and date no figure.)
  {
    re: /\b(?:op dit moment|op het moment|momenteel|inmiddels|currently|at the moment|at present)\b|\b(?:current|huidige)(?= \d)|(?<!\btot )\bnu\b(?! (?:toe|eenmaal|dat)\b)(?! (?:al )?(?:\S+ )?(?:jaar|jaren|maanden|maand|weken|week|dagen|decennia)\b)|(?<!\buntil )\bnow\b(?! that\b)(?! (?:in its )?(?:\S+ )?(?:years?|months?|weeks?|days?|decades?)\b)/g,
    kind: 'relative',
    priority: 2,
    make: (_m, ctx) => (ctx.pub?.m ? { ...monthOfWriting(ctx.pub), now: true } : null),
  },
  // "tot nu toe", "so far", "to date" with no other time in the sentence: a running count up to
  // the day of writing ("31.340 Oekraïners hebben zich tot nu toe ingeschreven"), read like "now"
  // on a page dated to the day (never an accusation); with "dit jaar" beside it, that year so far
  // (period.ts lets the other time win).
  {
    re: new RegExp(`\\b(?:${SO_FAR_WORDS})\\b`, 'g'),
    kind: 'relative',
    priority: 1,
    make: (_m, ctx) => (ctx.pub?.m && ctx.pub.d ? { ...monthOfWriting(ctx.pub), soFar: true } : null),
  },
  // "sinds de Russische inval", "sinds Rusland zijn buurland binnenviel", "since the invasion":
  // a count of everyone since the war began, up to the time of writing — read like "tot nu toe"
  // (the month of writing; never an accusation), on a page dated to the month.
  {
    re: /\b(?:sinds (?:het (?:uitbreken|begin) van )?de (?:oorlog|(?:russische )?inval)(?: in oekra[iï]ne)?|sinds rusland\b[^.,;]{0,40}?\b(?:binnenviel|binnen viel|aanviel|inviel)|since (?:the (?:start|outbreak|beginning) of )?the (?:war|(?:russian |full-scale )*invasion)(?: (?:in|of) ukraine)?|since russia (?:invaded|attacked)(?: ukraine)?)\b/g,
    kind: 'relative',
    priority: 1,
    make: (_m, ctx) => (ctx.pub?.m ? { ...monthOfWriting(ctx.pub), soFar: true } : null),
  },
  // Dates: "1 januari 2024", "op 1 januari", "per 1 juli", "31 maart van dit jaar".
  {
    re: new RegExp(`\\b(\\d{1,2}) ${MON}\\.?(?: ${Y}| (?:van|of) (dit|vorig|this|last) (?:jaar|year))?\\b`, 'g'),
    kind: 'explicit',
    priority: 3,
    make: (m, ctx) => {
      const y = yearOf(m[3] ?? m[4], ctx);
      const d = Number(m[1]);
      return y && d >= 1 && d <= 31 ? { period: `${y}-${pad(MONTH_INDEX.get(m[2])!)}-${pad(d)}`, granularity: 'day' } : null;
    },
  },
  // American dates: "December 31, 2022", "on June 30 2025", "March 31 of this year", "on June 30"
  // (of the year spoken of); not a count after a verb that is a month's name ("may 10,000").
  {
    re: new RegExp(`\\b${MON} (\\d{1,2})(?:st|nd|rd|th)?(?:,? ${Y}|,? of (this|last) year)?\\b(?![.,]\\d)`, 'g'),
    kind: 'explicit',
    priority: 3,
    make: (m, ctx) => {
      const d = Number(m[2]);
      const y = yearOf(m[3] ?? m[4], ctx);
      return y && d >= 1 && d <= 31 ? { period: `${y}-${pad(MONTH_INDEX.get(m[1])!)}-${pad(d)}`, granularity: 'day' } : null;
    },
  },
  // "september 2022"; "begin april 2023" is a moment in it (a stock's date), not a running month.
  {
    re: new RegExp(`\\b${MON}\\.? ${Y}\\b`, 'g'),
    kind: 'explicit',
    priority: 3,
    make: (m) => ({ period: `${m[2]}-${pad(MONTH_INDEX.get(m[1])!)}`, granularity: 'month', ...(MONTH_EDGE_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index)) ? { moment: true } : {}) }),
  },
  // "by the end of 2023 about 1.1 million claims had been filed", "tegen het eind van 2023": all
  // that came in up to the year's end — the year's total for a flow, the count of 31
  // December for a stock (the other reading: with two, neither accuses).
  {
    re: new RegExp(`\\b(?:by|tegen) (?:the end of|het eind(?:e)? van) ${YEAR_REF}\\b`, 'g'),
    kind: 'explicit',
    priority: 5,
    make: (m, ctx) => {
      const y = yearOf(m[1], ctx);
      return y ? { period: String(y), granularity: 'year', alt: `${y}-12-31` } : null;
    },
  },
  // "eind 2022", "begin vorig jaar", "at the end of 2022", "early 2023": a moment near the
  // year's end or start (a stock's date: "Eind 2022 wachtten 35.790 aanvragers"), not the
  // year's flow. Not after "tot"/"sinds"/"until"/"since": those are spans.
  {
    re: new RegExp(`(?<!\\b(?:tot|sinds|until|since|through) )\\b(?:(?:aan )?(?:het )?(?:eind|einde|begin)(?: van)?|(?:at )?the (?:end|start|beginning) of|late|early) ${YEAR_REF}\\b`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: (m, ctx) => {
      const y = yearOf(m[1], ctx);
      if (!y) return null;
      // (Stocks are counted on the year's last or first day: "at the end of 2024, 123,210 …" may
      // be the count of 31 December — an alternative reading that may agree, never accuse.)
      const end = /eind|end|late/.test(m[0]);
      return { period: `${y}-${end ? '12' : '01'}`, granularity: 'month', moment: true, alt: end ? `${y}-12-31` : `${y}-01-01` };
    },
  },
  // "in september", "eind oktober", "at the beginning of November": the year spoken of.
  {
    re: new RegExp(`\\b(?:in|sinds|since|eind|begin|medio|half|during|tijdens|early|late|mid-?|(?:at )?the (?:beginning|start|end|middle) of) ${MON}\\b(?! ${Y})`, 'g'),
    kind: 'explicit',
    priority: 2,
    make: (m, ctx) => {
      const y = ctx.year ?? ctx.pub?.y ?? null;
      return y ? { period: `${y}-${pad(MONTH_INDEX.get(m[1])!)}`, granularity: 'month', ...(MONTH_EDGE.test(m[0]) ? { moment: true } : {}) } : null;
    },
  },
  // Weeks: "week 31 (van 2020)", "vorige week", "this week".
  { re: new RegExp(`\\bweek (\\d{1,2})(?: (?:van |of )?${Y})?\\b`, 'g'), kind: 'explicit', priority: 2, make: (m, ctx) => { const y = m[2] ? Number(m[2]) : (ctx.year ?? ctx.pub?.y); return y ? { period: `${y}-W${pad(Number(m[1]))}`, granularity: 'week' } : null; } },
  { re: /\b(?:vorige|afgelopen|deze|last|this|past) week\b/g, kind: 'relative', priority: 2, make: (_m, ctx) => (ctx.pub ? { period: `${ctx.pub.y}-W`, granularity: 'week' } : null) },
  // Spans of weeks: "de afgelopen zes weken", "over those twelve weeks", "the first ten weeks of
  // the year", "dezelfde weken vorig jaar". Some weeks, never a calendar year — even when a year
  // was named just before ("… 500 in 2022. Over those twelve weeks 11,000 arrived, 8,500 in the
  // same weeks the year before" counts neither 2022 nor 2021).
  {
    re: WEEK_SPAN,
    kind: 'anaphora',
    priority: 3,
    make: (m, ctx) => {
      const g = m.groups ?? {};
      const spoken = ctx.year ?? ctx.pub?.y ?? null;
      const now = ctx.pub?.y ?? spoken;
      // The weeks up to the time of writing; the first ones of the year spoken of ("in 2021, in the
      // first 49 weeks of the year"); those last spoken of, or the same ones a year before them —
      // weeks, not the year named last ("… 400 in 2021. In those fourteen weeks …" is recent).
      const weeksBefore = ctx.last?.granularity === 'week' ? Number(ctx.last.period.slice(0, 4)) : now;
      let y: number | null;
      if (!g.which) y = weeksBefore; // "those weeks", "the same weeks"
      else if (/dit|this/.test(g.year ?? '')) y = now;
      else if (g.year || /eerste|first/.test(g.which)) y = spoken;
      else y = now; // "the past six weeks"
      return y ? { period: `${y - (g.back ? 1 : 0)}-W`, granularity: 'week' } : null;
    },
  },
  // Months relative to the publication date.
  {
    re: /\b(?:vorige|afgelopen|deze|last|this|past) (?:maand|month)\b/g,
    kind: 'relative',
    priority: 2,
    make: (m, ctx) => {
      if (!ctx.pub?.m) return null;
      const back = /vorige|afgelopen|last|past/.test(m[0]) ? 1 : 0;
      const mo = ctx.pub.m - back;
      return mo >= 1 ? { period: `${ctx.pub.y}-${pad(mo)}`, granularity: 'month' } : { period: `${ctx.pub.y - 1}-12`, granularity: 'month' };
    },
  },
  // Spans of years.
  {
    re: new RegExp(`\\b(?:(?:tussen|between) ${Y} (?:en|and) ${Y}|(?:van|from) ${Y} (?:tot(?: en met)?|to|until|through) ${Y}|${Y} ?[-\u2013\u2014/] ?${Y})\\b`, 'g'),
    kind: 'explicit',
    priority: 3,
    make: (m) => {
      const a = Number(m[1] ?? m[3] ?? m[5]);
      const b = Number(m[2] ?? m[4] ?? m[6]);
      return b > a && b - a < 50 ? { period: `${a}/${b}`, granularity: 'years' } : null;
    },
  },
  // Two years in a row joined by "en"/"and" after "in"/"for" ("toezeggingen voor 2024 en 2025",
  // "to resettle 31,000 in 2024 and 2025"): the two years together. Not two years apart ("in
  // 2015 en 2017" names two years, not the one between), nor a pair "respectively" splits
  // (respectivelyAfter reads that span back as its two years).
  {
    re: new RegExp(`(?<=\\b(?:in|voor|over|for|during) (?:(?:de jaren|the years) )?)${Y} (?:en|and) ${Y}\\b`, 'g'),
    kind: 'explicit',
    priority: 3,
    fits: (m) => Number(m[2]) === Number(m[1]) + 1,
    make: (m) => ({ period: `${m[1]}/${m[2]}`, granularity: 'years' }),
  },
  // A year.
  { re: new RegExp(`(?<![\\d.,/-])${Y}(?![\\d]|[.,]\\d|[-/]\\d)`, 'g'), kind: 'explicit', priority: 1, make: (m) => ({ period: m[1], granularity: 'year' }) },
  // Years relative to the publication date.
  {
    // (Also a year named for what marked it in brackets: "vorig (corona)jaar"; not "vorig
    // schooljaar", which is no calendar year.)
    re: /\b(?:(?:het |de )?(?:vorig|vorige|afgelopen) (?:\(\p{L}+\))?jaar|last year|(?:dit|huidige|het lopende) jaar|this year|(?:volgend|komend|volgende) jaar|next year)\b/gu,
    kind: 'relative',
    priority: 2,
    make: (m, ctx) => {
      const w = m[0];
      if (!ctx.pub) return null;
      const y = /dit|this|huidige|lopende/.test(w) ? thisYear(ctx) : /volgend|komend|next/.test(w) ? ctx.pub.y + 1 : ctx.pub.y - 1;
      // "In de eerste negen maanden … 2.400 Syriërs. Vorig jaar waren dat er nog 8.900": a sentence
      // opening with last year after figures of this year so far may set them against the same
      // months a year earlier (`alt`: it may agree with either, it accuses on neither).
      const sameMonths = y === ctx.pub.y - 1 && ctx.opensSentence && ctx.last && yearSoFar(ctx.last.period, ctx.pub.y) ? shiftYears(ctx.last.period, 1) : null;
      return { period: String(y), granularity: 'year', ...(sameMonths ? { alt: sameMonths } : {}) };
    },
  },
  // "over the past year": like "het afgelopen jaar", the year before the one of writing — or the
  // twelve months up to the month of writing (`alt`: it may agree with either, accuses on neither).
  {
    re: /\b(?:over|in|during) the past year\b/g,
    kind: 'relative',
    priority: 2,
    make: (_m, ctx) => {
      if (!ctx.pub) return null;
      const y = ctx.pub.y - 1;
      const m = ctx.pub.m;
      return { period: String(y), granularity: 'year', ...(m && m > 1 ? { alt: `${y}-${pad(m)}/${ctx.pub.y}-${pad(m - 1)}` } : {}) };
    },
  },
  // Anaphora one year back: "een jaar eerder", "het jaar daarvoor", "dezelfde periode vorig jaar",
  // "in dezelfde drie maanden een jaar eerder", "the same quarter last year".
  {
    re: ONE_YEAR_BACK,
    kind: 'anaphora',
    priority: 3,
    make: (_m, ctx) => (ctx.last ? { period: shiftYears(ctx.last.period, 1), granularity: ctx.last.granularity } : null),
  },
  // "the same period in 2024", "dezelfde periode van 2024", "the same quarter of 2024": the part of
  // the year last spoken of, in that year (a baseline set against it, mostly).
  {
    re: /\b(?:(?:in|over|during) )?(?:dezelfde|de zelfde|diezelfde|the same) (?:periode|period|maand|maanden|month|months|kwartaal|quarter|\p{L}+ (?:maanden|months)) (?:van|in|of) ((?:19|20)\d\d)\b/gu,
    kind: 'anaphora',
    priority: 4,
    make: (m, ctx) => {
      const last = ctx.last;
      if (!last || last.granularity === 'year' || last.granularity === 'years' || !/^\d{4}/.test(last.period)) return null;
      return { period: shiftYears(last.period, Number(last.period.slice(0, 4)) - Number(m[1])), granularity: last.granularity };
    },
  },
  // "Dit kwartaal", "this quarter": the quarter the text just named ("In the first quarter …
  // 700 of them were Eritreans this quarter"); else, in a text written in a quarter's first
  // month, the quarter just over, which is all a quarterly release can count; else the quarter
  // of writing.
  {
    re: /\b(?:(?:in |over )?dit kwartaal|(?:in |over |during )?this quarter)\b/g,
    kind: 'relative',
    priority: 3,
    make: (_m, ctx) => {
      if (ctx.last?.granularity === 'quarter') return { period: ctx.last.period, granularity: 'quarter' };
      if (!ctx.pub?.m) return null;
      return ctx.pub.m % 3 === 1 ? quarterOver(ctx.pub.y, ctx.pub.m) : quarter(ctx.pub.y, Math.ceil(ctx.pub.m / 3));
    },
  },
  // "Het afgelopen kwartaal", "the past quarter": the last quarter over when the text was written.
  {
    re: /\b(?:(?:het|in het|over het) afgelopen kwartaal|(?:the|in the|over the) (?:past|last) quarter)\b/g,
    kind: 'relative',
    priority: 3,
    make: (_m, ctx) => (ctx.pub?.m ? quarterOver(ctx.pub.y, ctx.pub.m) : null),
  },
  // The quarter before the one last spoken of: "het vorige kwartaal", "the previous quarter",
  // "de drie maanden daarvoor", "the three months before".
  {
    re: /\b(?:(?:het|in het) (?:vorige|voorgaande) kwartaal|(?:het|dat) kwartaal (?:ervoor|daarvoor)|een kwartaal eerder|(?:the|in the) (?:previous|preceding|prior) quarter|a quarter (?:earlier|before)|(?:de|in de) drie maanden (?:daarvoor|ervoor|daarvóór)|(?:the|in the) (?:three|3) months (?:before|earlier|prior))\b/g,
    kind: 'anaphora',
    priority: 3,
    make: (_m, ctx) => {
      const q = ctx.last?.granularity === 'quarter' ? /^(\d{4})-Q([1-4])$/.exec(ctx.last.period) : null;
      if (!q) return null;
      const y = Number(q[1]);
      const n = Number(q[2]);
      return n === 1 ? quarter(y - 1, 4) : quarter(y, n - 1);
    },
  },
  // One year on from the last time: "In 2015 waren dat er nog 43.000, een jaar later 18.000",
  // "the year after". Like "het jaar daarop", it moves the text on to a new year the sentences
  // after it speak of, where an anaphor back ("een jaar eerder") only names a baseline.
  {
    re: /\b(?:(?:een|a) jaar (?:later|daarna|erna)|(?:het|dat) jaar (?:daarna|erna|daarop)|jaar daarop|a year (?:later|on)|the (?:year after|following year))\b/g,
    kind: 'relative',
    priority: 3,
    make: (_m, ctx) => (ctx.last ? { period: shiftYears(ctx.last.period, -1), granularity: ctx.last.granularity } : null),
  },
  // The whole year of the time last spoken of: "rose to 18.1 million by the end of 2025, an
  // increase of 87,211 over the year" (the year's growth, not a moment's).
  {
    re: /\b(?:over the (?:whole |full )?year|in the course of the year|over het (?:hele )?jaar|in de loop van het jaar|gedurende het jaar)\b/g,
    kind: 'anaphora',
    priority: 3,
    make: (_m, ctx) => (ctx.last ? { period: ctx.last.period.slice(0, 4), granularity: 'year' } : null),
  },
  // "Compared to 2021, when there were 10,120 arrivals", "than the year before, when …": a clause that
  // opens right after a year or a quarter and speaks of it ("…, when", "…, toen", "…, which saw",
  // "…, waarin") is its, even where that time is a baseline.
  {
    // (Also past an aside between dashes: "dan in 2015 – het piekjaar – waarin".)
    re: /(?<=(?:(?:1[89]|20)\d\d|quarter|kwartaal|year (?:before|earlier)|previous year|last year|jaar (?:ervoor|daarvoor|eerder)|vorig jaar)(?:\s*,\s*|\s+|\s+[\u2013\u2014-]\s[^\u2013\u2014.;]{1,60}\s[\u2013\u2014-]\s*))(?:when|toen|(?:which|that) (?:saw|recorded|counted|registered)|in which|waarin)\b/g,
    kind: 'anaphora',
    priority: 3,
    // (After a pair of years, "the two record years 2015 and 2016, when …": both.)
    make: (_m, ctx) => {
      const pair = ctx.lastAny && ctx.pairOf?.(ctx.lastAny);
      if (pair) return { period: pair, granularity: 'years' };
      return ctx.lastAny ? { period: ctx.lastAny.period, granularity: ctx.lastAny.granularity } : null;
    },
  },
  // Anaphora to the time last mentioned, whatever it was: "in dat jaar", "that year", "in die
  // periode" — a baseline too. ("Eind 2021 telde het land … ; 36.620 mensen kwamen in dat jaar":
  // "that year" of a moment or a month in it is its whole year.)
  {
    re: /\b(?:in dat jaar|dat jaar|in die periode|in that year|that year|in that period)\b/g,
    kind: 'anaphora',
    priority: 2,
    make: (m, ctx) => {
      const last = ctx.lastAny;
      if (!last) return null;
      const year = /jaar|year/.test(m[0]) && /^\d{4}-\d\d(?:-\d\d)?$/.test(last.period) ? last.period.slice(0, 4) : null;
      return year ? { period: year, granularity: 'year' } : { period: last.period, granularity: last.granularity };
    },
  },
  // "in datzelfde jaar", "in the same year": the year the text spoke of last — not a baseline
  // set against it ("In 2022 …, ruim een derde boven het jaar ervoor. In datzelfde jaar …" is
  // 2022); of a span from a year on ("since 2022"), that year.
  {
    re: /\b(?:in )?(?:datzelfde|hetzelfde|diezelfde) jaar\b|\b(?:in )?(?:that|the) same year\b/g,
    kind: 'anaphora',
    priority: 2,
    make: (_m, ctx) => {
      const last = ctx.last ?? ctx.lastAny;
      return last ? { period: last.period.slice(0, 4), granularity: 'year' } : null;
    },
  },
  // "during the month", "in die maand", "that quarter": the month (quarter) last spoken of
  // ("… fewer in October 2025. Over the month the EU counted 62,010"). Not "the month
  // of Ramadan", which names its own.
  {
    re: /\b(?:(?:during|in|over) (?:the|that) (?:month|quarter)|that (?:month|quarter)|(?:in )?(?:die maand|dat kwartaal|diezelfde maand|datzelfde kwartaal))\b(?! of\b| van\b)/g,
    kind: 'anaphora',
    priority: 2,
    make: (m, ctx) => {
      const want = /month|maand/.test(m[0]) ? 'month' : 'quarter';
      const last = ctx.last?.granularity === want ? ctx.last : ctx.lastAny?.granularity === want ? ctx.lastAny : null;
      return last ? { period: last.period, granularity: want } : null;
    },
  },
  // "In dezelfde periode", "over the same period", "in deze periode": the period spoken of, not a
  // baseline an earlier sentence set against it ("…, down from 8,900 a year earlier. Over the
  // same period, …" is this year's nine months). (With "vorig jaar" or "a year earlier" after it,
  // the longer mention above wins.)
  {
    re: /\b(?:in deze periode|in (?:dezelfde|diezelfde) periode|(?:during|in|over) (?:this|the same) period)\b/g,
    kind: 'anaphora',
    priority: 2,
    make: (_m, ctx) => (ctx.last ? { period: ctx.last.period, granularity: ctx.last.granularity } : null),
  },
  // "toen", "at the time": the time of this sentence, else the time the text is about — or the
  // baseline just mentioned ("… 8 procent hoger dan in 2022. Toen telde men 35.500 …"): both
  // are kept, the second as `alt`.
  {
    re: /\b(?:toen|destijds|at the time|by then|back then)\b/g,
    kind: 'anaphora',
    priority: 2,
    make: (_m, ctx) => {
      // "… ongeveer evenveel als in dezelfde periode van 2022. Toen ging het om 2600.": a sentence that
      // opens with "toen" right after a baseline speaks of that baseline first.
      // (Then without the topic's time as a second reading: a baseline said to be like the topic's
      // figure would agree with the topic's facts by its very likeness.)
      const baseline = ctx.opensSentence && ctx.lastAny?.kind === 'comparison';
      const [first, second] = baseline ? [ctx.lastAny, null] : [ctx.last, ctx.lastAny];
      // ("… onder de pieken van 2015 en 2016. Toen werden 1,3 miljoen …": of the two years, each
      // or both together — no one year's figure.)
      const pair = first && ctx.pairOf?.(first);
      if (pair) return { period: pair, granularity: 'years' };
      return first
        ? { period: first.period, granularity: first.granularity, ...(second && second.period !== first.period && second.granularity === first.granularity ? { alt: second.period } : {}) }
        : null;
    },
  },
];
