/**
 * The background's answers to a page's content script about its text (lib/background/page-work.ts
 * does the work). Putting the card's code into the page needs the extension API: the background
 * passes that in.
 */
import type { PageWork } from '../background/page-work';
import type { BackgroundHandlers } from './to-background';

export type PageWorkRequestType = 'recognise' | 'cards' | 'listLines' | 'pillarHeadings' | 'pageReport' | 'loadCardUi';

export function pageWorkHandlers(work: PageWork, loadCardUi: (sender: unknown) => Promise<void>): Pick<BackgroundHandlers, PageWorkRequestType> {
  return {
    recognise: async (req) => ({ pieces: await work.recognise(req) }),
    cards: (req) => work.cards(req),
    listLines: (req) => work.lines(req),
    pillarHeadings: (req) => work.pillars(req.uiLang),
    pageReport: (req) => work.report(req),
    loadCardUi: async (_req, sender) => {
      await loadCardUi(sender);
      return true as const;
    },
  };
}
