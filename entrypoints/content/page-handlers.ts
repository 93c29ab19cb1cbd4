/**
 * The content script's answers to the messages a page gets (lib/messaging/to-page.ts): the
 * popup's summary, the class view's cards, exports, opening a card or the list, and changes
 * made elsewhere (fact base, emphasis, the site switched off).
 */
import type { PageHandlers } from '../../lib/messaging/to-page';
import type { PageAnnotator } from '../../lib/page/annotator';
import { pageSummary, SUMMARY_TOP } from '../../lib/view/page-summary';
import type { AnnotationViews } from './annotation-views';
import type { CardPresenter } from './card-presenter';
import type { ContentState } from './state';

export interface PageHandlerDeps {
  state: ContentState;
  annotator: PageAnnotator;
  presenter: CardPresenter;
  views: AnnotationViews;
  storming(): boolean;
  /** Packs, concepts or notes changed in the background. */
  factBaseChanged(kind: 'packs' | 'concepts' | 'notes' | undefined): Promise<void>;
  /** Stop: highlights, UI and listeners come down. */
  stop(): void;
}

export function pageHandlers(deps: PageHandlerDeps): PageHandlers {
  const { state, annotator, presenter, views } = deps;
  return {
    pageSummary: async () => {
      const all = annotator.annotations;
      return pageSummary(all, await views.lines(all.slice(0, SUMMARY_TOP)), deps.storming());
    },
    openAnnotation: (req) => presenter.openAnnotation(req.index),
    pageCards: () => views.pageCards(),
    exportPage: (req) => views.exportFile(req.format, !!req.clipboard),
    factBaseChanged: (req) => deps.factBaseChanged(req.kind),
    setEmphasis: (req) => {
      state.emphasis = req.on;
      annotator.applyPaintChoices(state.paint);
    },
    openList: () => presenter.openList(),
    siteDisabled: () => deps.stop(),
  };
}
