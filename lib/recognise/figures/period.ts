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
 *     or a mention in brackets right after the figure takes that mention, even a comparison;
 *  2. the nearest non-comparison mention in the figure's clause, then in its sentence;
 *  3. the last explicit or relative mention of earlier sentences in the same paragraph
 *     (`paragraph`), then of the text before it (`discourse`);
 *  4. nothing: the period is not determined.
 * A comparison mention in the clause (else the sentence) is the figure's `since`: what a change
 * is measured against. A period still running on the publication date ("dit jaar" in November,
 * "in 2022" in a text of 2022) is marked `toDate`: a figure for it is not the period's total.
 */
import { cheapRegExp } from '../chars';
import type { Span, Structure } from './structure';
import { MONTH_ALTERNATION, MONTH_INDEX, ORDINALS, SMALL_NUMBERS } from './words';

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
}

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

// ---------------------------------------------------------------------------------------
// Period arithmetic on period strings ("2023", "2023-Q1", "2023-06", "2023-06-30", "a/b").

const pad = (n: number) => String(n).padStart(2, '0');

const beginCache = new Map<string, number>();
const endCache = new Map<string, number>();

/** Fractional year at which a period begins: 2025 → 2025, 2024-Q4 → 2024.75. */
export function periodBegin(p: string): number {
  let v = beginCache.get(p);
  if (v === undefined) {
    v = computeBegin(p);
    if (beginCache.size < 4096) beginCache.set(p, v);
  }
  return v;
}

/** Fractional year at which a period ends: 2023 → 2024, 2024-Q3 → 2024.75, 2023-10-31 → ~2023.83. */
export function periodEnd(p: string): number {
  let v = endCache.get(p);
  if (v === undefined) {
    v = computeEnd(p);
    if (endCache.size < 4096) endCache.set(p, v);
  }
  return v;
}

function computeBegin(p: string): number {
  const s = p.split('/')[0];
  const y = Number(s.slice(0, 4));
  let m = /-Q([1-4])/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 4;
  m = /-(\d\d)-(\d\d)/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 12 + (Number(m[2]) - 1) / 372;
  m = /-(\d\d)/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 12;
  return y;
}

function computeEnd(p: string): number {
  const parts = p.split('/');
  const s = parts[parts.length - 1];
  const y = Number(s.slice(0, 4));
  let m = /-Q([1-4])/.exec(s);
  if (m) return y + Number(m[1]) / 4;
  m = /-(\d\d)-(\d\d)/.exec(s);
  if (m) return y + (Number(m[1]) - 1) / 12 + Number(m[2]) / 372;
  m = /-(\d\d)/.exec(s);
  if (m) return y + Number(m[1]) / 12;
  return y + 1;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The first and last day a period covers, as YYYYMMDD numbers, so that periods written
 * differently compare equal: "2025-Q1" = "2025-01/2025-03", "2025-01/2025-09" =
 * "2025-01-01/2025-09-30", "2024" = "2024-01/2024-12". Null for what is not a calendar period
 * (a week, a malformed string).
 */
export function periodSpan(p: string): [number, number] | null {
  const one = (s: string, end: boolean): number | null => {
    let m = /^(\d{4})$/.exec(s);
    if (m) return Number(m[1]) * 10000 + (end ? 1231 : 101);
    m = /^(\d{4})-Q([1-4])$/.exec(s);
    if (m) {
      const mo = end ? Number(m[2]) * 3 : Number(m[2]) * 3 - 2;
      return Number(m[1]) * 10000 + mo * 100 + (end ? DAYS[mo - 1] : 1);
    }
    m = /^(\d{4})-(\d\d)$/.exec(s);
    if (m) {
      const mo = Number(m[2]);
      return Number(m[1]) * 10000 + mo * 100 + (end ? (mo === 2 ? (Number(m[1]) % 4 === 0 ? 29 : 28) : DAYS[mo - 1]) : 1);
    }
    m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s);
    if (m) return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
    return null;
  };
  const parts = p.split('/');
  if (parts.length > 2) return null;
  const a = one(parts[0], false);
  const b = one(parts[parts.length - 1], true);
  return a !== null && b !== null ? [a, b] : null;
}

/** Same calendar period, however written. */
export function samePeriodSpan(a: string, b: string): boolean {
  if (a === b) return true;
  const x = periodSpan(a);
  const y = periodSpan(b);
  return !!x && !!y && x[0] === y[0] && x[1] === y[1];
}

/** The same period one (or n) years earlier. */
export function shiftYears(p: string, n: number): string {
  return p.replace(/\d{4}/g, (y) => String(Number(y) - n));
}

function pubPoint(pub: PubDate): number {
  return pub.y + ((pub.m ?? 12) - 1) / 12 + (pub.d ?? (pub.m ? 28 : 31)) / 372;
}

// ---------------------------------------------------------------------------------------
// Finding mentions

const Y = '(1[89]\\d\\d|20\\d\\d)';
const ORD = '(eerste|tweede|derde|vierde|laatste|first|second|third|fourth|last)';
const MON = `(${MONTH_ALTERNATION})`;
const NUMW = `(\\d{1,2}|${Object.keys(SMALL_NUMBERS).join('|')})`;
const YEAR_REF = `(${Y.slice(1, -1)}|het jaar|dit jaar|vorig jaar|vorige jaar|afgelopen jaar|this year|last year|the year)`;
const COMPARE_BEFORE = cheapRegExp(
  /(?<![\p{L}])(?:ten opzichte van|t\.o\.v\.?|vergeleken met|in vergelijking met|vergelijking met|tegenover|dan|sinds|zoveel als|evenveel als|than|as many as|as much as|compared (?:with|to)|relative to|against|versus|vs\.?|since|up from|down from)((?:\s+[\p{L}\p{N}'-]+){0,4}?)\s*$/u,
);

interface Raw {
  start: number;
  end: number;
  /** Resolved later: a function of the text's reference times. */
  make: (ctx: MentionContext) => Pick<PeriodMention, 'period' | 'granularity' | 'alt'> | null;
  kind: 'explicit' | 'relative' | 'anaphora';
  priority: number;
}

interface MentionContext {
  pub: PubDate | null;
  /** The year of the last explicit or relative mention before this one (for "september", "het derde kwartaal"). */
  year: number | null;
  /**
   * What "toen" and "een jaar eerder" refer to: the last mention in the same sentence, of any
   * kind ("dan in 2021, toen nog …"), else the last one of earlier sentences that was not a
   * baseline ("… dan in dezelfde periode vorig jaar. Ook 2.400 Syriërs vroegen toen asiel aan"
   * speaks of the period the text is about).
   */
  last: PeriodMention | null;
  /** The last mention of any kind ("in dat jaar" points at it, even a baseline). */
  lastAny: PeriodMention | null;
}

function yearOf(ref: string | undefined, ctx: MentionContext): number | null {
  if (!ref) return ctx.year ?? ctx.pub?.y ?? null;
  if (/^\d{4}$/.test(ref)) return Number(ref);
  if (/vorig|afgelopen|last/.test(ref)) return ctx.pub ? ctx.pub.y - 1 : null;
  if (/dit|this/.test(ref)) return ctx.pub?.y ?? null;
  return ctx.year ?? ctx.pub?.y ?? null; // "het jaar", "the year": the year spoken of
}

const quarter = (y: number, q: number) => ({ period: `${y}-Q${q}`, granularity: 'quarter' as const });
const months = (y: number, a: number, b: number): Pick<PeriodMention, 'period' | 'granularity'> => {
  if (a === 1 && b === 12) return { period: String(y), granularity: 'year' };
  if (a === b) return { period: `${y}-${pad(a)}`, granularity: 'month' };
  if (a % 3 === 1 && b === a + 2) return quarter(y, (a + 2) / 3);
  return { period: `${y}-${pad(a)}/${y}-${pad(b)}`, granularity: 'part-year' };
};

type Rule = { re: RegExp; kind: Raw['kind']; priority: number; make: (m: RegExpExecArray, ctx: MentionContext) => ReturnType<Raw['make']> };

const RULES: Rule[] = [
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
    re: new RegExp(`\\b(eerste|tweede|first|second) (?:helft|half|halfjaar|half jaar)(?: (?:van|of))?(?: ${YEAR_REF})?`, 'g'),
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
      const n = /^\d+$/.test(m[1]) ? Number(m[1]) : SMALL_NUMBERS[m[1]];
      const y = yearOf(m[2], ctx);
      return y && n >= 1 && n <= 12 ? months(y, 1, n) : null;
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
  // "januari tot en met september 2025", "from January to June", "van januari t/m juni".
  {
    re: new RegExp(`\\b(?:van |from |between )?${MON} (?:tot en met|t/m|tot|to|through|until|till|-|\u2013) ${MON}(?: ${Y})?\\b`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: (m, ctx) => {
      const y = m[3] ? Number(m[3]) : (ctx.year ?? ctx.pub?.y ?? null);
      const a = MONTH_INDEX.get(m[1])!;
      // (`between March and May` is written with "and"; the list rule above reads it.)
      const b = MONTH_INDEX.get(m[2])!;
      return y && b > a ? months(y, a, b) : null;
    },
  },
  // "tot en met juni", "through June", "tot eind september": the year so far, up to that month.
  {
    re: new RegExp(`\\b(?:tot en met|t/m|tot eind|tot het einde van|through|up to the end of|until the end of) ${MON}(?: ${Y})?\\b`, 'g'),
    kind: 'explicit',
    priority: 4,
    make: (m, ctx) => {
      const y = m[2] ? Number(m[2]) : (ctx.year ?? ctx.pub?.y ?? null);
      const b = MONTH_INDEX.get(m[1])!;
      return y ? months(y, 1, b) : null;
    },
  },
  // "sinds begin dit jaar", "dit jaar tot nu toe", "so far this year", "since the start of the year".
  {
    re: /\b(?:sinds (?:het )?begin (?:van )?(?:dit|het) jaar|dit jaar tot (?:nu toe|dusver)|tot nu toe dit jaar|so far this year|this year so far|since the (?:start|beginning) of (?:the|this) year|year to date)\b/g,
    kind: 'relative',
    priority: 4,
    make: (_m, ctx) => (ctx.pub?.m ? months(ctx.pub.y, 1, ctx.pub.m) : ctx.pub ? { period: String(ctx.pub.y), granularity: 'year' } : null),
  },
  // Dates: "1 januari 2024", "op 1 januari", "per 1 juli".
  {
    re: new RegExp(`\\b(\\d{1,2}) ${MON}\\.?(?: ${Y})?\\b`, 'g'),
    kind: 'explicit',
    priority: 3,
    make: (m, ctx) => {
      const y = m[3] ? Number(m[3]) : (ctx.year ?? ctx.pub?.y ?? null);
      const d = Number(m[1]);
      return y && d >= 1 && d <= 31 ? { period: `${y}-${pad(MONTH_INDEX.get(m[2])!)}-${pad(d)}`, granularity: 'day' } : null;
    },
  },
  // "september 2022".
  {
    re: new RegExp(`\\b${MON}\\.? ${Y}\\b`, 'g'),
    kind: 'explicit',
    priority: 3,
    make: (m) => ({ period: `${m[2]}-${pad(MONTH_INDEX.get(m[1])!)}`, granularity: 'month' }),
  },
  // "in september", "eind oktober": the year spoken of.
  {
    re: new RegExp(`\\b(?:in|sinds|since|eind|begin|medio|half|during|tijdens) ${MON}\\b(?! ${Y})`, 'g'),
    kind: 'explicit',
    priority: 2,
    make: (m, ctx) => {
      const y = ctx.year ?? ctx.pub?.y ?? null;
      return y ? { period: `${y}-${pad(MONTH_INDEX.get(m[1])!)}`, granularity: 'month' } : null;
    },
  },
  // Weeks: "week 31 (van 2020)", "vorige week", "this week".
  { re: new RegExp(`\\bweek (\\d{1,2})(?: (?:van |of )?${Y})?\\b`, 'g'), kind: 'explicit', priority: 2, make: (m, ctx) => { const y = m[2] ? Number(m[2]) : (ctx.year ?? ctx.pub?.y); return y ? { period: `${y}-W${pad(Number(m[1]))}`, granularity: 'week' } : null; } },
  { re: /\b(?:vorige|afgelopen|deze|last|this|past) week\b/g, kind: 'relative', priority: 2, make: (_m, ctx) => (ctx.pub ? { period: `${ctx.pub.y}-W`, granularity: 'week' } : null) },
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
  // A year.
  { re: new RegExp(`(?<![\\d.,/-])${Y}(?![\\d]|[.,]\\d|[-/]\\d)`, 'g'), kind: 'explicit', priority: 1, make: (m) => ({ period: m[1], granularity: 'year' }) },
  // Years relative to the publication date.
  {
    re: /\b(?:(?:het |de )?(?:vorig|vorige|afgelopen) jaar|last year|(?:dit|huidige|het lopende) jaar|this year|(?:volgend|komend|volgende) jaar|next year|(?:het )?jaar daarop|the following year)\b/g,
    kind: 'relative',
    priority: 2,
    make: (m, ctx) => {
      const w = m[0];
      if (/daarop|following/.test(w)) return ctx.last ? { period: shiftYears(ctx.last.period, -1), granularity: ctx.last.granularity } : null;
      if (!ctx.pub) return null;
      const y = /dit|this|huidige|lopende/.test(w) ? ctx.pub.y : /volgend|komend|next/.test(w) ? ctx.pub.y + 1 : ctx.pub.y - 1;
      return { period: String(y), granularity: 'year' };
    },
  },
  // Anaphora one year back: "een jaar eerder", "het jaar daarvoor", "dezelfde periode vorig jaar",
  // "in dezelfde drie maanden een jaar eerder", "the same quarter last year".
  {
    re: /\b(?:(?:in )?(?:dezelfde|de zelfde|hetzelfde|the same) (?:periode|period|maand|maanden|month|months|kwartaal|quarter|(?:\w+ )(?:maanden|months))(?: (?:van|of))? (?:vorig jaar|een jaar eerder|een jaar geleden|het jaar ervoor|het jaar daarvoor|last year|a year earlier|a year ago|the previous year|the year before)|(?:een|a) jaar (?:eerder|geleden|earlier|ago|before)|(?:het|dat) jaar (?:daarvoor|ervoor)|het voorgaande jaar|the (?:year before|previous year|prior year))\b/g,
    kind: 'anaphora',
    priority: 3,
    make: (_m, ctx) => (ctx.last ? { period: shiftYears(ctx.last.period, 1), granularity: ctx.last.granularity } : null),
  },
  // Anaphora to the time last mentioned, whatever it was: "in dat jaar", "that year".
  {
    re: /\b(?:in dat jaar|dat jaar|in die periode|in that year|that year|in that period)\b/g,
    kind: 'anaphora',
    priority: 2,
    make: (_m, ctx) => (ctx.lastAny ? { period: ctx.lastAny.period, granularity: ctx.lastAny.granularity } : null),
  },
  // "toen", "at the time": the time of this sentence, else the time the text is about — or the
  // baseline just mentioned ("… 8 procent meer dan in 2022. Toen ging het om 35.500 …"): both
  // are kept, the second as `alt`.
  {
    re: /\b(?:toen|destijds|at the time|by then|back then)\b/g,
    kind: 'anaphora',
    priority: 2,
    make: (_m, ctx) =>
      ctx.last
        ? { period: ctx.last.period, granularity: ctx.last.granularity, ...(ctx.lastAny && ctx.lastAny.period !== ctx.last.period && ctx.lastAny.granularity === ctx.last.granularity ? { alt: ctx.lastAny.period } : {}) }
        : null,
  },
];

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
    kept.push(r);
  }
  const out: PeriodMention[] = [];
  const ctx: MentionContext = { pub, year: null, last: null, lastAny: null };
  let lastAny: PeriodMention | null = null;
  let lastAnySentence = -1;
  let lastTopic: PeriodMention | null = null;
  let si = 0;
  const pubAt = pub ? pubPoint(pub) : null;
  for (const r of kept) {
    while (si < st.sentences.length - 1 && st.sentences[si].end <= r.start) si++;
    ctx.last = lastAnySentence === si ? lastAny : lastTopic;
    ctx.lastAny = lastAny;
    let made = r.make(ctx);
    if (!made) continue;
    // A part of a year named without its year ("het derde kwartaal", "the first nine months")
    // that would not have ended by the publication date is last year's.
    const yearless = !/\d{4}|jaar|year/.test(t.slice(r.start, r.end));
    if (pubAt !== null && r.kind === 'explicit' && made.granularity !== 'year' && made.granularity !== 'years' && yearless && periodEnd(made.period) > pubAt + 1e-9) {
      made = { ...made, period: shiftYears(made.period, 1) };
    }
    const compared = isComparison(t, st.sentences[si], r.start);
    const kind: PeriodMention['kind'] = compared ? 'comparison' : r.kind;
    const weekOnly = made.granularity === 'week';
    // Still running: less than nine tenths of it had passed (a year's figure in late December is its total).
    const begin = periodBegin(made.period);
    const end = periodEnd(made.period);
    const toDate = pubAt !== null && !weekOnly && begin <= pubAt && end > pubAt + 1e-9 && (pubAt - begin) / (end - begin) < 0.9;
    const future = pubAt !== null && !weekOnly && periodBegin(made.period) > pubAt + 1e-9;
    const mention: PeriodMention = { start: r.start, end: r.end, ...made, kind, toDate, future, para: st.sentences[si].para };
    out.push(mention);
    lastAny = mention;
    lastAnySentence = si;
    if (kind !== 'comparison') lastTopic = mention;
    // The year spoken of: set by a year the text writes or names ("vorig jaar"), not by one inferred.
    if ((kind === 'explicit' || kind === 'relative') && !yearless) ctx.year = Number(made.period.slice(0, 4));
  }
  return out;
}

function firstAtOrAfter(mentions: readonly PeriodMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insideAny(spans: ReadonlyArray<[number, number]>, a: number, b: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo][0] <= a && b <= spans[lo][1];
}

/** A comparison word at most four words before the mention, in the same sentence, with no number between. */
function isComparison(t: string, sent: Span, at: number): boolean {
  const pre = t.slice(Math.max(sent.start, at - 60), at);
  const m = COMPARE_BEFORE.exec(pre);
  if (!m) return false;
  return !/\d/.test(m[1] ?? '');
}

// ---------------------------------------------------------------------------------------
// Reading one figure's period

export function readPeriod(
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
): PeriodReading {
  const sent = st.sentences[si];
  // A time after another number is that number's ("Van die 35.000 aanvragen kwamen 21.760 in
  // de tweede helft"); one before both scopes over both ("In 2022 dienden 35.535 … en kwamen 10.925 …").
  const numberBetween = (a: number, b: number) => {
    let lo = 0;
    let hi = numbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (numbers[mid] < a) lo = mid + 1;
      else hi = mid;
    }
    return lo < numbers.length && numbers[lo] < b;
  };
  const all: PeriodMention[] = [];
  for (let i = firstAtOrAfter(mentions, sent.start); i < mentions.length && mentions[i].start < sent.end; i++) if (mentions[i].end <= sent.end) all.push(mentions[i]);
  const inSentence = all.filter((m) => m.end <= ns || (m.start >= ne && !numberBetween(ne, m.start)));
  const dist = (m: PeriodMention) => (m.start >= ne ? m.start - ne : ns - m.end);
  const nearest = (ms: PeriodMention[]) => ms.reduce<PeriodMention | null>((b, m) => (!b || dist(m) < dist(b) ? m : b), null);
  const inClause = inSentence.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const since = nearest(inClause.filter((m) => m.kind === 'comparison')) ?? nearest(inSentence.filter((m) => m.kind === 'comparison'));
  const reading = (m: PeriodMention, how: PeriodHow): PeriodReading => ({
    mention: m,
    period: m.period,
    ...(m.alt ? { alt: m.alt } : {}),
    granularity: m.granularity,
    how,
    kind: m.kind,
    toDate: m.toDate,
    future: m.future,
    words: [[m.start, m.end]],
    since: since && since !== m ? since : null,
  });
  // 1. Apposition: "2017 (654 600)", "654 600 (2017)".
  const appo = all.find((m) => (t[ns - 1] === '(' && m.end <= ns - 1 && ns - 1 - m.end <= 2 && /^\s*$/.test(t.slice(m.end, ns - 1))) || (t[ne] === ' ' && t[ne + 1] === '(' && m.start === ne + 2) || (t[ne] === '(' && m.start === ne + 1));
  if (appo) return reading(appo, 'apposition');
  // 2. Clause, then sentence (comparisons are baselines; "toen" in another clause speaks of its own figures).
  // A time right after another number before this one is that number's ("van 8.970 in het
  // eerste kwartaal van 2024 naar 4.530 in het eerste kwartaal van 2025") when another time
  // is left for this one.
  const ownCands = inClause.filter((m) => m.kind !== 'comparison');
  const free = ownCands.filter((m) => !(m.end <= ns && numberBetween(m.start - 16, m.start)));
  // "In 2024 waren er 9.000 aanvragen in het eerste kwartaal": the quarter says which part of
  // the year, so it wins over the year it lies in.
  const pool = free.length ? free : ownCands;
  const finer = pool.filter((m) => m.granularity !== 'year' && pool.some((y) => y !== m && y.granularity === 'year' && m.period.startsWith(y.period)));
  const own = nearest(finer.length ? finer : pool);
  if (own) return reading(own, 'clause');
  const inSent = nearest(inSentence.filter((m) => m.kind === 'explicit' || m.kind === 'relative'));
  if (inSent) return reading(inSent, 'sentence');
  // 3. Earlier sentences: the paragraph's last time; before the paragraph, the last year
  //    (a quarter or a half year speaks of the figures next to it, not of the whole text).
  // In the paragraph, a time earlier figures were about wins over a time an event was dated
  // by ("Dat is de eerste toename sinds de val van het regime eind 2024").
  const first = firstAtOrAfter(mentions, sent.start) - 1;
  let k = first;
  let anyInPara: PeriodMention | null = null;
  for (; k >= 0; k--) {
    const m = mentions[k];
    if (m.para !== sent.para) break;
    if (used.has(m)) return reading(m, 'paragraph');
    if (!anyInPara && (m.kind === 'explicit' || m.kind === 'relative')) anyInPara = m;
  }
  if (anyInPara) return reading(anyInPara, 'paragraph');
  for (; k >= 0; k--) {
    const m = mentions[k];
    if ((m.kind === 'explicit' || m.kind === 'relative') && m.granularity === 'year') return reading(m, 'discourse');
  }
  // A lead sentence that names its time only in the next one ("Meer mensen immigreerden
  // (79.000) dan emigreerden. … in het eerste kwartaal …"): the paragraph's first time after it.
  for (let i = first + 1; i < mentions.length && mentions[i].para === sent.para; i++) {
    const m = mentions[i];
    if (m.start >= sent.end && (m.kind === 'explicit' || m.kind === 'relative')) return reading(m, 'paragraph');
  }
  return { period: null, granularity: null, how: 'none', kind: null, toDate: false, future: false, words: [], since };
}
