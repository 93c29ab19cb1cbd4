/**
 * One line of the annotation list for an annotation: its text, and what it is in the reader's
 * language ("Term · Asielinstroom", "Figure · > 38.000 · Consistent with the source"). Pure.
 */
import type { Lang } from '../factbase/schema';
import type { Annotation } from '../recognise/types';
import { formatFigure } from './format';
import type { Translate } from './i18n';
import type { ListItem } from './list-item';

export function listLine(
  a: Annotation,
  paint: string,
  conceptLabel: (id: string) => string | undefined,
  lang: Lang,
  t: Translate,
): ListItem {
  return {
    text: a.text,
    kind: paint,
    detail:
      a.kind === 'term'
        ? `${t('cardTerm')} · ${conceptLabel(a.concept ?? '') ?? ''}`
        : `${t('cardFigure')} · ${formatFigure(a, lang)} · ${t(`verdict_${a.verdict ?? 'none'}`)}`,
  };
}
