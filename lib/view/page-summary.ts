/**
 * What the popup shows about a page: how many terms, how many figures by verdict, and the first
 * annotations in reading order (each opens its card). Pure.
 */
import type { Verdict } from '../recognise/types';
import type { ListItem } from './list-item';

export interface PageSummary {
  terms: number;
  figures: { consistent: number; differs: number; context: number; unchecked: number };
  top: (ListItem & { index: number })[];
  /** The page changes so fast that the extension waits for it to calm down before reading it again. */
  storming: boolean;
}

/** How many annotations the popup lists. */
export const SUMMARY_TOP = 8;

/** What counting needs of an annotation. */
export interface Counted {
  kind: 'term' | 'figure' | 'number';
  verdict?: Verdict | null;
}

/** Terms, and figures by verdict ("unchecked": a migration figure without a verdict). */
export function verdictCounts(annotations: readonly Counted[]): Pick<PageSummary, 'terms' | 'figures'> {
  const figures = { consistent: 0, differs: 0, context: 0, unchecked: 0 };
  let terms = 0;
  for (const a of annotations) {
    if (a.kind === 'term') terms++;
    else figures[a.verdict ?? 'unchecked']++;
  }
  return { terms, figures };
}

/** The summary from the counts and the first lines of the annotation list. */
export function pageSummary(annotations: readonly Counted[], firstLines: readonly ListItem[], storming: boolean): PageSummary {
  return {
    ...verdictCounts(annotations),
    top: firstLines.slice(0, SUMMARY_TOP).map((item, index) => ({ ...item, index })),
    storming,
  };
}
