/**
 * Putting a number together from its parts: the quantity, what the words before it say, and
 * what follows — a share ("een op de drie", "1 in 5"), a quotient ("one over three"), a range
 * or a change ("84-87%", "van 500 naar 750"), a qualifier after it ("200 of meer"). The result
 * is the NumberMatch the parser returns.
 */
import { isDashCode, isLatinOrGreekLetterCode } from '../chars';
import type { NumberMatch, Qualifier, Unit } from '../types';
import type { Before } from './look-back';
import { CONN_RE, FRACTION_OF_RE, MONTHS, OVER_RE, PRE_EN, PRE_NL, SUFFIX_Q_BLOCK_RE, SUFFIX_Q_RE, type NumberLang, type Pre } from './phrases';
import { readSecond, type Quantity } from './quantity';
import { nextNonSpace } from './scan';

/** A number being put together: where it starts and ends, and what it says so far. */
interface Reading {
  start: number;
  end: number;
  value: number | undefined;
  range?: [number, number];
  change?: { from: number; to: number };
  unit: Unit | null;
  qualifier: Qualifier;
  share: boolean;
}

/** The number the quantity `q1` and the words before it (`before`) make; a skip when it is no number. */
export function compose(text: string, q1: Quantity, before: Before, lang: NumberLang): { match: NumberMatch } | { skip: number } {
  const core = q1.core;
  const r: Reading = {
    start: before.start,
    end: q1.end,
    value: before.negative ? -q1.value : q1.value,
    unit: before.unit && (!q1.unit || q1.unit === 'count') ? before.unit : (q1.unit ?? before.unit),
    qualifier: before.q ?? 'exact',
    share: core.share,
  };
  if (before.percentOf) r.unit = 'percent';
  readShareOf(text, r, q1, before, lang);
  if (lang === 'en' && !r.share && q1.scaleMult === 1 && !q1.unit && !before.q && (core.words || core.plainInt)) readQuotient(text, r, q1, before, lang);
  if (core.bareArticle && !r.share && !before.negative) return { skip: core.end };
  if (!r.share) {
    const skip = readRangeOrChange(text, r, q1, before, lang);
    if (skip !== null) return { skip };
  }
  // Suffix qualifiers: "200 of meer", "500 or less"
  SUFFIX_Q_RE.lastIndex = r.end;
  const sq = SUFFIX_Q_RE.exec(text);
  if (sq && !r.range && !SUFFIX_Q_BLOCK_RE.test(text.slice(sq.index + sq[0].length, sq.index + sq[0].length + 24))) {
    r.qualifier = sq[1] ? 'at-least' : 'at-most';
    r.end = sq.index + sq[0].length;
  }
  return { match: toMatch(text, r, q1, before) };
}

/** "een op de drie", "1 in 5", "one out of three": a share. */
function readShareOf(text: string, r: Reading, q1: Quantity, before: Before, lang: NumberLang): void {
  const core = q1.core;
  if (core.share || q1.scaleMult !== 1 || q1.unit || core.value < 1 || core.value % 1 !== 0 || core.value >= 100 || !(core.words || core.plainInt)) return;
  FRACTION_OF_RE.lastIndex = q1.end;
  const m = FRACTION_OF_RE.exec(text);
  if (!m) return;
  const conn = m[1].toLowerCase();
  const ok = lang === 'nl' ? conn !== 'in' && conn !== 'out of' : conn === 'in' || conn === 'out of';
  if (!ok) return;
  const q2 = readSecond(text, m.index + m[0].length, lang);
  if (q2 && !q2.unit && q2.scaleMult === 1 && q2.value > core.value && q2.value < 1000 && q2.value % 1 === 0 && (q2.core.plainInt || q2.core.words)) {
    r.value = Math.round(((before.negative ? -1 : 1) * core.value / q2.value) * 100 * 1e12) / 1e12;
    r.unit = 'percent';
    r.share = true;
    r.end = q2.end;
  }
}

/** "one over three", "2000 over 3" (English): a quotient, when nothing follows the divisor. */
function readQuotient(text: string, r: Reading, q1: Quantity, before: Before, lang: NumberLang): void {
  OVER_RE.lastIndex = q1.end;
  const m = OVER_RE.exec(text);
  if (!m) return;
  const q2 = readSecond(text, m.index + m[0].length, lang);
  if (!(q2 && !q2.unit && q2.scaleMult === 1 && q2.value > 0 && (q2.core.plainInt || q2.core.words))) return;
  const nx = nextNonSpace(text, q2.end);
  if (nx < 0 || nx === 46 || nx === 44 || nx === 59 || nx === 63 || nx === 33 || nx === 41) {
    const v = q1.core.value / q2.value;
    if (v < 1) {
      r.value = (before.negative ? -1 : 1) * v * 100;
      r.unit = 'percent';
      r.share = true;
    } else r.value = (before.negative ? -1 : 1) * v;
    r.end = q2.end;
  }
}

/** Right before a change's amount: "met", "by", perhaps with a qualifier ("met bijna", "by more than"). */
const BY_BEFORE = /(?:^|[^\p{L}])(?:met|by)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|meer dan|minder dan|naar schatting|about|around|nearly|almost|some|over|more than|less than|roughly|approximately|an estimated)\s+)?$/iu;

/** Before a change's new level, stressing it: "just", "only", "slechts", "nog maar". */
const STRESSED_LEVEL = /^(?:just|only|merely|slechts|nog maar|maar)\s+(?=\d)/i;

/** What a connector after the number makes of it: a range, a change, or nothing. */
function connectorKind(dash: string | undefined, word: string | undefined, before: Before, lang: NumberLang): 'range' | 'change' | null {
  if (before.intro === 'between') return word === 'en' || word === 'and' || dash ? 'range' : null;
  if (before.intro === 'from') {
    if (word === 'naar') return 'change';
    if (word === 'tot' || word === 'tot en met' || word === 't/m' || dash) return 'range';
    if (word === 'to') return before.rangeWord ? 'range' : 'change';
    return null;
  }
  if (dash) return 'range';
  if (word && ['tot', 'tot en met', 't/m', 'à', 'through', 'thru', 'to'].includes(word)) {
    return lang === 'en' && word === 'to' && before.q ? null : 'range';
  }
  return null;
}

/** A qualifier phrase of the language's table right before a change's new level ("naar ruim 35.500", "to about 32,000"). */
function levelQualifierRe(table: Map<string, Pre>): RegExp {
  const phrases = [...table].filter(([, p]) => p.q && !p.markAfter).map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(String.raw`^(${phrases.sort((a, b) => b.length - a.length).join('|')})\s+(?=\d)`, 'i');
}
const PRE = { nl: PRE_NL, en: PRE_EN };
const LEVEL_QUALIFIER = { nl: levelQualifierRe(PRE_NL), en: levelQualifierRe(PRE_EN) };

/** Words that make the words between a change's levels a phrase of their own (a time, a place, a share of something). */
const GAP_STOP = /(?:^|\s)(?:in|op|per|on|at|by|tot|during|tijdens|van|from|of|the|de|het|een|a|an|and|en|last|this|next|vorig|vorige|dit|deze|year|jaar|month|maand|week|quarter|kwartaal)(?=\s|$)/i;
/** Up to three words (no number) between a change's old level and "naar"/"to". */
const NOUN_BEFORE_TO = /^(?:[ \t\u00a0]+[\p{L}][\p{L}'-]*){1,3}(?=[ \t\u00a0]+(?:naar|to)[ \t\u00a0])/iu;

/** "84-87%", "tussen 5 en 10", "van 500 naar 750": a range or a change. A skip for scores and ids ("2-1"). */
function readRangeOrChange(text: string, r: Reading, q1: Quantity, before: Before, lang: NumberLang): number | null {
  const core = q1.core;
  CONN_RE.lastIndex = r.end;
  let m = CONN_RE.exec(text);
  // "van 22.500 eerste aanvragen naar ruim 35.500", "from 18,000 first requests to
  // 32,000": a change may name what it counts between its two levels (a few words, no number).
  if (!m && before.intro === 'from') {
    const gap = NOUN_BEFORE_TO.exec(text.slice(r.end, r.end + 60));
    // (Not a time or a phrase of its own between them: "van 2450 in mei naar 1980 in
    // juni" gives each level its own month.)
    if (gap && !GAP_STOP.test(gap[0]) && !gap[0].toLowerCase().split(/\s+/).some((w) => MONTHS.has(w))) {
      CONN_RE.lastIndex = r.end + gap[0].length;
      const after = CONN_RE.exec(text);
      if (after && (after[2]?.toLowerCase() === 'naar' || after[2]?.toLowerCase() === 'to')) m = after;
    }
  }
  const dash = m?.[1];
  const word = m?.[2]?.toLowerCase();
  let kind = m ? connectorKind(dash, word, before, lang) : null;
  if (m && kind) {
    let p2 = m.index + m[0].length;
    // "tussen de 84 en-87 procent": a hyphen glued to the connector is a line-break artefact
    if (word && isDashCode(text.charCodeAt(p2)) && isLatinOrGreekLetterCode(text.charCodeAt(p2 - 1))) p2++;
    // "from 2,100 to just 575", "van 2100 naar slechts 575": a word that stresses how low the new
    // level is says nothing of its size.
    if (kind === 'change') p2 += STRESSED_LEVEL.exec(text.slice(p2, p2 + 12))?.[0].length ?? 0;
    // "van 207.440 naar ruim 562.265", "from 18,000 to about 32,000": the new level's own qualifier.
    const levelQ = kind === 'change' ? LEVEL_QUALIFIER[lang].exec(text.slice(p2, p2 + 24)) : null;
    if (levelQ) p2 += levelQ[0].length;
    const q2 = readSecond(text, p2, lang);
    // "van 2024 naar 4.530", "from 654,600 in 2017 to 912,000": a year is not one end of a
    // range or change whose other end is a count.
    const yearLike = (c: { plainInt?: boolean; digits?: number; value: number }, scale: number, u: unknown) =>
      !!c.plainInt && c.digits === 4 && c.value >= 1800 && c.value <= 2100 && scale === 1 && !u;
    const mixed = q2 && yearLike(core, q1.scaleMult, q1.unit) !== yearLike(q2.core, q2.scaleMult, q2.unit);
    // "from 2019 to 2021" is a span of years, not a change.
    if (kind === 'change' && q2 && yearLike(core, q1.scaleMult, q1.unit) && yearLike(q2.core, q2.scaleMult, q2.unit)) kind = 'range';
    if (q2 && !q2.core.share && !mixed) {
      let v1 = r.value as number;
      const v2 = q2.value;
      // Scores and ids: "2-1", "3–0", "19637-2535"
      if (dash && !before.intro && core.plainInt && q2.core.plainInt && v2 <= v1 && !q1.unit && !q2.unit) return q2.end;
      // "2 tot 3 miljoen": the scale of the second end holds for the first
      if (q1.scaleMult === 1 && q2.scaleMult !== 1 && v1 * q2.scaleMult <= v2) v1 *= q2.scaleMult;
      // "drie tot vier duizend", "two to three million": so does the scale word that ends the
      // second end written in words, whose scale is part of its words.
      else if (core.words && !core.scaled && q2.core.words && q2.core.scaled) {
        const scale = [1e9, 1e6, 1e3, 100].find((m) => v2 % m === 0 && v2 / m < 1000) ?? 1;
        if (v1 * scale <= v2) v1 *= scale;
      }
      const u1 = r.unit && r.unit !== 'count' ? r.unit : null;
      const u2 = q2.unit && q2.unit !== 'count' ? q2.unit : null;
      // "increased by 14 percent to 3,700": a percentage written out at the first end and none at
      // the second is a change's rate and its new level, not a range (that writes "14 to 20 percent").
      const percentThenCount = u1 === 'percent' && !u2;
      // "steeg met ruim 60.000 tot 640.000", "grew by 95,000 to 17.8 million": after "met"/"by",
      // a second end many times the first is the new level after the change, not a range (that
      // writes "met 10 tot 15 procent"); each is a number of its own.
      const changeThenLevel = kind === 'range' && !before.intro && !dash && v2 >= 4 * v1 && BY_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start));
      if ((!u1 || !u2 || u1 === u2) && !percentThenCount && !changeThenLevel) {
        if (before.introStart >= 0) r.start = before.introStart;
        if (kind === 'change') {
          // the qualifier described the old level ("van iets minder dan 91.000 naar 110.000")
          if (before.introStart >= 0) r.qualifier = 'exact';
          const levelPre = levelQ && PRE[lang].get(levelQ[1].toLowerCase());
          if (levelPre?.q) r.qualifier = levelPre.q;
          r.change = { from: v1, to: v2 };
          r.value = v2;
          r.unit = u1 ?? u2;
          r.end = q2.end;
        } else if (v2 > v1) {
          r.range = [v1, v2];
          r.value = undefined;
          r.unit = u1 ?? u2;
          r.end = q2.end;
        }
      }
    }
  }
  // "between 5 and" with no second number: the intro is not part of the match; a qualifier
  // after it is (in "zakte van ongeveer 43.100 in 2015 naar …" the match is "ongeveer 43.100").
  const own = before.introStart >= 0 ? before.start : core.start;
  if (!r.range && !r.change && before.intro) r.start = Math.max(r.start, own - (before.negative ? 1 : 0));
  if (before.intro && !r.range && !r.change) r.start = before.negative || before.unit ? r.start : own;
  return null;
}

/** The match as the parser returns it; a bare four-digit integer 1800–2100 (or a range of them) is a year. */
function toMatch(text: string, r: Reading, q1: Quantity, before: Before): NumberMatch {
  const core = q1.core;
  const m: NumberMatch = { start: r.start, end: r.end, text: text.slice(r.start, r.end), unit: r.unit ?? 'count', qualifier: r.qualifier };
  if (r.range) m.range = r.range;
  else m.value = r.value;
  if (r.change) m.change = r.change;
  if (core.words) m.words = true;
  if (r.share) m.share = true;
  if (
    !r.range && !r.change && core.plainInt && core.digits === 4 && m.unit === 'count' && q1.scaleMult === 1 &&
    !before.negative && core.value >= 1800 && core.value <= 2100
  ) {
    m.isYear = true;
  }
  if (r.range && core.plainInt && core.digits === 4 && r.range[0] >= 1800 && r.range[1] <= 2100 && m.unit === 'count' && q1.scaleMult === 1) {
    m.isYear = true;
  }
  return m;
}
