/**
 * The class view's and the context sheet's model of a page (class-view.ts `PageCards`): every
 * annotation with its card, and the six pillars' names in the reader's language. Pure.
 */
import type { Lang } from '../factbase/schema';
import type { Annotation } from '../recognise/types';
import type { SnapshotIndex } from '../factbase/snapshot-index';
import { buildCardModel } from './card';
import type { PageCards } from './class-view';

/**
 * The six pillars (lib/factbase/schema.ts `PILLARS`, not imported here: that module builds the
 * fact-pack schema, which the content script, where this runs, must not load).
 */
const PILLARS = [1, 2, 3, 4, 5, 6] as const;

/** The six pillars of the integrated migration agenda, named as the fact base names them. */
export function pillarHeadings(index: Pick<SnapshotIndex, 'concepts'>, lang: Lang): PageCards['pillars'] {
  return PILLARS.map((n) => ({ number: n, label: index.concepts.get(`pillar-${n}`)?.label[lang] ?? '' }));
}

export function pageCards(page: { title: string; url: string; lang: Lang }, annotations: readonly Annotation[], index: SnapshotIndex): PageCards {
  return {
    ...page,
    pillars: pillarHeadings(index, page.lang),
    cards: annotations.flatMap((a, i) => {
      const model = buildCardModel(a, index, page.lang);
      return model ? [{ index: i, text: a.text, kind: a.kind === 'term' ? ('term' as const) : ('figure' as const), model }] : [];
    }),
  };
}
