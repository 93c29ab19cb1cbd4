import type { Translate } from '../lib/view/i18n';
import type { PageSummary } from '../lib/view/page-summary';


/** Counts on the page and its first annotations, each a button that opens its card. */
export function PageSummaryView({ summary, t, onOpen }: { summary: PageSummary; t: Translate; onOpen: (index: number) => void }) {
  const f = summary.figures;
  const figures = f.consistent + f.differs + f.context + f.unchecked;
  return (
    <div class="page-summary">
      <p class="counts">{t('popupCounts', summary.terms, figures)}</p>
      <p class="verdicts">{t('popupCountsFigures', f.consistent, f.differs, f.context, f.unchecked)}</p>
      {summary.top.length > 0 && (
        <ul class="top">
          {summary.top.map((item) => (
            <li key={item.index}>
              <button type="button" class={`link item-${item.kind}`} onClick={() => onOpen(item.index)}>
                <span class="item-text">{item.text}</span> <span class="item-detail">{item.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
