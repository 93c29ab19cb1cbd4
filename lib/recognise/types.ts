/**
 * Shapes the recognition engine produces. They are also the `annotate` CLI's output
 * contract (../shared/DESIGN.md), so keep field names stable.
 */
import type { Lang, Qualifier, Unit } from '../factbase/schema';
import type { Claim } from './figures/frame';
import type { ContextReason } from './verdicts';

export type { Lang, Qualifier, Unit };

/** A number as the parser layer understands it, with UTF-16 offsets into the input. */
export interface NumberMatch {
  start: number;
  end: number;
  /** The text as written, input.slice(start, end). */
  text: string;
  /** Exactly one of value or range is set. */
  value?: number;
  range?: [number, number];
  /** 'count' for a plain number; 'percent', 'EUR', 'USD', 'GBP' when the text says so. */
  unit: Unit;
  /** "ruim" → more-than, "circa" → approximately, "bijna" / "iets minder dan" → less-than … */
  qualifier: Qualifier;
  /** "van 500 naar 750": the change, with from/to; value is then the `to` level. */
  change?: { from: number; to: number };
  /** Written out in words ("zeventig", "half a million"). */
  words?: boolean;
  /**
   * A fraction of a whole ("een derde", "de helft", "1 op de 3", "3/4"): unit is 'percent'
   * and value is the fraction × 100 (number parser layer).
   */
  share?: boolean;
  /** A bare 4-digit integer 1800–2100 with no unit or scale: probably a year. */
  isYear?: boolean;
}

export type Verdict = 'consistent' | 'differs' | 'context';

/** How a figure compares with the fact it was checked against. */
export interface Comparison {
  verdict: Verdict;
  /** The fact cited for the verdict (for `context`: the nearest period first). */
  factId: string;
  /** The source's figure (value, or range midpoint is NOT used: the range itself). */
  sourceValue?: number;
  sourceRange?: [number, number];
  /** page figure − source figure, and that divided by the source figure (only for `differs`). */
  diffAbs?: number;
  diffRel?: number;
  /** The definition (metric concept) the fact belongs to; set in `Annotation.comparisons`. */
  concept?: string;
}

export interface Annotation {
  kind: 'term' | 'figure' | 'number';
  start: number;
  end: number;
  text: string;
  /** Concept id, or null when a number is not linked to a concept. */
  concept: string | null;
  // Figures and numbers only:
  value?: number;
  range?: [number, number];
  unit?: Unit | null;
  qualifier?: Qualifier | null;
  year?: number | null;
  /** The period understood ("2023", "2015/2018"), when there is one. */
  period?: string | null;
  geo?: string | null;
  factIds?: string[];
  /**
   * Across definitions: `consistent` when the figure agrees with any definition the sentence
   * supports; `differs` only when it differs from every one that has a figure for the period;
   * else `context`. Null also when the page speaks of a later period than the facts cover.
   */
  verdict?: Verdict | null;
  /** The comparison the verdict rests on (one of `comparisons` when there are several). */
  comparison?: Comparison | null;
  /**
   * The counting rules (metric concepts) the sentence supports, e.g. CBS and IND first asylum
   * applications; present when the concept has several official definitions.
   */
  definitions?: string[];
  /** One comparison per definition that has a comparable fact, in the order of `definitions`. */
  comparisons?: Comparison[];
  /** The claim frame the engine read (figures only): each slot with the words that set it. */
  claim?: Claim;
  /**
   * Why a figure got `context` rather than a verdict (an incomplete frame, a match with another
   * period …). On a `differs`, `other-period-match` names the fact of another period the figure
   * equals: its sentence states one period, so the figure is likely that period's.
   */
  reason?: { why: ContextReason; slot?: string | null; factId?: string };
  /** The page speaks of a period after everything the facts cover: the newest fact. */
  beyond?: { latest: string };
}

export interface RecogniseOptions {
  /** The page language; 'auto' detects it from the text. */
  lang: Lang | 'auto';
  /** The article's publication date (ISO), to resolve "vorig jaar" / "last year". */
  published?: string | null;
  /** `numbers`: every number the parser finds instead of terms + migration figures. */
  mode?: 'default' | 'numbers';
}

export interface RecogniseResult {
  lang: Lang;
  annotations: Annotation[];
}
