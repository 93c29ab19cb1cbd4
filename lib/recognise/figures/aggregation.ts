/**
 * The aggregation slot: is the figure a level ("38.000 aanvragen"), an absolute change ("bijna
 * 800 meer dan daarvoor"), a percent change ("8 procent meer dan in 2022"), a share of a
 * whole ("drie kwart van de aanvragen", "36 procent van het totaal"), a rate per time or per
 * population ("500 per week", "3 per 1000 inwoners"), or a ratio ("twee keer zoveel")?
 * A change is compared only with facts that state a change since the same period; a share
 * only with facts in percent; a rate per week or month never with a year's total.
 */
import { cheapRegExp } from '../chars';
import { parseNumbers } from '../numbers';
import type { NumberMatch } from '../types';
import type { Span } from './structure';
import { MANY_TIMES, TIMES_WORDS } from './words';

export type Aggregation = 'level' | 'change' | 'percent-change' | 'share' | 'rate' | 'ratio';

export interface AggregationReading {
  aggregation: Aggregation;
  /** For changes: up or down, when the words say. */
  direction?: 'increase' | 'decrease';
  /** For rates: per what ("week", "maand", "1000 inwoners"). */
  per?: string;
  words: Array<[number, number]>;
}

// Right after the number (optionally after its counted noun): "800 meer", "800 more asylum seekers than".
const AFTER_CHANGE = cheapRegExp(/^(?:\s+[\p{L}-]+){0,2}?\s+(meer|minder|more|fewer|less|extra|additional)\b(?!\s+dan\s+(?:de helft|ooit))/u);
// Right before the number: "met 800 gestegen", "rose by 800", "een toename van 800", "+800".
const BEFORE_CHANGE = cheapRegExp(
  /(?:\b(met|by)\s*|\b(?:toename|afname|stijging|daling|groei|increase|decrease|rise|drop|fall|decline|growth) (?:van|of)\s*|(?<![\p{L}\p{N}])[+\u2212])(?:ruim |bijna |circa |ongeveer |zo'n |about |nearly |almost |some |over |more than |meer dan )?$/u,
);
const CHANGE_WORDS = cheapRegExp(
  /\b(?:gedaald|daal(?:de|den|t)|dalen|daling|gestegen|ste(?:eg|gen)|stijg(?:t|en|ing)|toename|afname|afgenomen|toegenomen|afnemen|toenemen|afnam(?:en)?|toenam(?:en)?|(?:neemt|nam|namen) (?:af|toe)|groei|gegroeid|minder dan in|minder dan het|meer dan in|meer dan het|lager dan|hoger dan|procent (?:minder|meer)|fell|fall|falls|rose|rise|rises|dropped|drop|declined|decline|increased|increase|decreased|decrease|(?:falling|rising|dropping|declining|increasing|decreasing|growing) by|down|up|lower|higher|fewer than in|more than in|more than the|growth|grew|surge[ds]?|soar(?:ed|s)?|jump(?:ed|s)?|climb(?:ed|s)?|plunge[ds]?|plummet(?:ed|s)?|slump(?:ed|s)?|escalat(?:ed|es|ing)|opgelopen|liep(?:en)? op|zakte|gezakt|kelderde|gekelderd|exceeded|outstripped|outnumbered|surpassed|overtrof|overtroffen|oversteeg|overstegen)\b/gu,
);
const DOWN = /gedaald|daal|dalen|daling|afname|afgenomen|afnem|afnam|(?:neemt|nam|namen) af|minder|lager|zakte|gezakt|kelder|fell|fall|drop|declin|decreas|down|lower|fewer|less|plung|plummet|slump/;
// "500 per week", "3 per 1000 inwoners", "1,133 applications for every 1,000,000 EU citizens",
// "per million inhabitants", "per capita" (words between only after a base: "50,000 refugees and
// a few hundred people" is no rate).
const RATE_AFTER = cheapRegExp(
  /^(?:\s+[\p{L}-]+){0,3}?\s+(?:per|a|an|each|elke|iedere|(?:for|voor|op) (?:every|each|elke|iedere))\s+(week|maand|dag|month|day|capita|(?:\d[\d.,]*|million|miljoen|thousand|duizend|hundred|honderd)\s+(?:[\p{L}-]+\s+){0,2}?(?:inwoners|inhabitants|residents|people|citizens|burgers)|(?:inwoners|inhabitants|residents|people|citizens|burgers))\b/u,
);
const RATE_WORDS = cheapRegExp(/\b(?:wekelijks|maandelijks|dagelijks|weekly|monthly|daily)\b/u);
// Right before a percentage: the level a change ended at ("gedaald naar ongeveer 40 procent",
// "rose to 45 per cent", "stood at 30%"): the percentage is the new share, not the change.
const TO_LEVEL = cheapRegExp(/\b(?:naar|tot|to|at)\s+(?:ruim |bijna |circa |ongeveer |zo'n |about |nearly |almost |some |over |around |more than |meer dan |less than |minder dan )?$/u);
// Right before a percentage, the value of a rate or a share: "dropped to a new low of 25%", "a
// recognition rate of 25 percent", "een aandeel van 26 procent" — a level, whatever moved.
const VALUE_OF_RATE = cheapRegExp(/\b(?:(?:rate|share|percentage|proportion|(?:record |new |historic )?(?:low|high|peak|level)|aandeel|(?:record)?(?:laagte|hoogte|niveau)|dieptepunt|piek)\s+(?:of|van))\s+(?:ruim |bijna |circa |ongeveer |zo'n |about |nearly |almost |some |over |around |just |more than |meer dan |less than |minder dan )?$/u);
const RATIO = cheapRegExp(/^\s*(?:keer|maal|times)\b|^\s*(?:zo ?veel|as many)\b/u);
/** A comparative after "keer"/"times": "drie keer zoveel", "ten times higher" — what makes a large multiple a ratio. */
const TIMES_COMPARED = cheapRegExp(/^\s*(?:keer|maal|times)\s+(?:zo\b|zoveel|meer|minder|groter|hoger|lager|kleiner|as\b|more|fewer|less|higher|lower|larger|bigger|greater|smaller|the\b)/u);

/**
 * "ruim 960.000 keer asiel aangevraagd", "applied 12,000 times": a multiple in the thousands with
 * no comparative after it counts the times something happened — a level, not a ratio.
 */
function timesCounted(num: NumberMatch, after: string): boolean {
  const v = num.value ?? (num.range ? num.range[0] : 0);
  return v >= MANY_TIMES && TIMES_WORDS.has(/^\s*(\p{L}+)/u.exec(after)?.[1] ?? '') && !TIMES_COMPARED.test(after);
}

// An amount of change between a figure and its change word: "… bijna de helft lager", "… 12 procent hoger".
const OTHER_AMOUNT = cheapRegExp(/\d|\b(?:helft|derde|kwart|procent|keer|maal|half|third|quarter|per ?cent|times)\b|%/u);
// ("26% of COA residents": English may name the whole right after "of" without an article.)
const SHARE_OF = cheapRegExp(/^(?:(?:\s+[\p{L}-]+){0,3}?\s+(?:van (?:de|het|alle)|of (?:the|all))\b|\s+of\s+(?=\p{L}))/u);

/** After a comparison "lager dan", "hoger dan": the level compared with ("de 13,8 duizend in 2015"). */
const COMPARED_LEVEL = cheapRegExp(/^\s+(?:de|het)\s+(?=\d)/u);

/**
 * "Het aantal nareizigers was met 11,8 duizend wat lager dan de 13,8 duizend van 2015": after
 * "met", a number compared with another level, near it in size and on the side the comparison
 * says, is the level it came to ("met" as "at"). A change stated against a level ("met 2.000
 * lager dan de 13.800 van 2015") is far smaller than it.
 */
function levelAgainstLevel(t: string, by: string, changed: { word: string; at: [number, number] }, ne: number, num: NumberMatch): boolean {
  if (by !== 'met' || changed.at[0] < ne || !/\bdan$/.test(changed.word) || num.value === undefined) return false;
  const rest = t.slice(changed.at[1], changed.at[1] + 40);
  const the = COMPARED_LEVEL.exec(rest);
  const other = the ? parseNumbers(rest.slice(the[0].length), { lang: 'nl' })[0] : undefined;
  if (!other || other.start !== 0 || other.value === undefined || other.unit !== num.unit) return false;
  const x = num.value;
  const y = other.value;
  return DOWN.test(changed.word) ? x < y && x >= y / 2 : x > y && x <= y * 2;
}

function changeWordIn(t: string, span: Span, ns: number, ne: number): { word: string; at: [number, number] } | null {
  const s = t.slice(span.start, span.end);
  CHANGE_WORDS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CHANGE_WORDS.exec(s)); ) {
    const a = span.start + m.index;
    const b = a + m[0].length;
    if (a < ne && b > ns) {
      // Part of the number's own words ("7 procent minder …"): look again just after its start.
      CHANGE_WORDS.lastIndex = m.index + 1;
      continue;
    }
    return { word: m[0], at: [a, b] };
  }
  return null;
}

export function readAggregation(t: string, clause: Span, sentence: Span, ns: number, ne: number, num: NumberMatch): AggregationReading {
  const after = t.slice(ne, Math.min(clause.end, ne + 60));
  const before = t.slice(Math.max(clause.start, ns - 40), ns);
  if (RATIO.test(after) && !timesCounted(num, after)) return { aggregation: 'ratio', words: [[ne, ne + (RATIO.exec(after)?.[0].length ?? 0)]] };
  const rate = RATE_AFTER.exec(after);
  if (rate) return { aggregation: 'rate', per: rate[1], words: [[ne + rate.index, ne + rate[0].length]] };
  if (num.change) return { aggregation: 'level', words: [] };
  if (num.unit === 'percent' || num.unit === 'percentage-points') {
    // A change word in the clause, else the sentence — not the number's own qualifier ("minder dan 20 procent").
    // "40 procent meer dan een jaar eerder", "12 per cent fewer": a comparative right after it.
    const right = AFTER_CHANGE.exec(after);
    if (!right && (TO_LEVEL.test(before) || VALUE_OF_RATE.test(before))) return { aggregation: 'share', words: [] };
    if (right) return { aggregation: 'percent-change', direction: /minder|fewer|less/.test(right[1]) ? 'decrease' : 'increase', words: [[ne + right[0].length - right[1].length, ne + right[0].length]] };
    // ("Het aantal aanvragen daalde, maar … omdat 26% van de bewoners …": a share of a whole
    // named right after it is no change that a word in another clause speaks of.)
    const inClause = changeWordIn(t, clause, ns, ne);
    const whole = SHARE_OF.exec(after);
    const shareWords: Array<[number, number]> = whole ? [[ne, ne + whole[0].length]] : [];
    if (!inClause && num.unit === 'percent' && whole) return { aggregation: 'share', words: shareWords };
    const found = inClause ?? (num.unit === 'percentage-points' ? null : changeWordIn(t, sentence, ns, ne));
    if (found || num.unit === 'percentage-points') {
      return { aggregation: 'percent-change', ...(found ? { direction: DOWN.test(found.word) ? 'decrease' : 'increase' } : {}), words: found ? [found.at] : [] };
    }
    return { aggregation: 'share', words: shareWords };
  }
  const a = AFTER_CHANGE.exec(after);
  if (a) {
    const w = a[1];
    return { aggregation: 'change', direction: /minder|fewer|less/.test(w) ? 'decrease' : 'increase', words: [[ne + a[0].length - w.length, ne + a[0].length]] };
  }
  const b = BEFORE_CHANGE.exec(before);
  // "met 800 gestegen", "rose by 800" — but "met ruim 38.000 aanvragen was 2023 …" is a level.
  // ("nam met 1.200 af", "neemt met 300 toe": the particle of a split verb of change right after it.)
  const particle = b?.[1] === 'met' ? /^\s+(af|toe)\b/.exec(after) : null;
  if (particle) return { aggregation: 'change', direction: particle[1] === 'af' ? 'decrease' : 'increase', words: [[ns - before.length + b!.index, ns], [ne + particle[0].length - particle[1].length, ne + particle[0].length]] };
  const changed = b?.[1] ? changeWordIn(t, clause, ns, ne) : null;
  // "met circa 31.600 zowat de helft lager dan in 2015": the change is the other amount, between
  // the number and the change word; "met" gave the level it came to.
  const otherAmount = changed && changed.at[0] > ne && OTHER_AMOUNT.test(t.slice(ne, changed.at[0]));
  if (b && (!b[1] || (changed && !otherAmount && !levelAgainstLevel(t, b[1], changed, ne, num)))) {
    const around = t.slice(Math.max(clause.start, ns - 60), Math.min(clause.end, ne + 60));
    return { aggregation: 'change', direction: DOWN.test(around) ? 'decrease' : 'increase', words: [[ns - before.length + b.index, ns]] };
  }
  if (RATE_WORDS.test(t.slice(clause.start, clause.end))) {
    const m = RATE_WORDS.exec(t.slice(clause.start, clause.end))!;
    return { aggregation: 'rate', per: m[0], words: [[clause.start + m.index, clause.start + m.index + m[0].length]] };
  }
  return { aggregation: 'level', words: [] };
}
