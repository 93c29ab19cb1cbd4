/**
 * The content script's wiring: the page annotator (its text recognised by the background), the
 * mutation watcher, the card presenter, the reader's input and the page's messages. Logic lives
 * in lib/ and in this folder's modules; the card UI arrives on first use.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { dispatch } from '../../lib/messaging/dispatch';
import { pageRequestSchema } from '../../lib/messaging/to-page';
import { releasePage } from '../../lib/ext/running-flag';
import { scriptLifetime } from '../../lib/ext/script-lifetime';
import { watchLocation } from '../../lib/page/location-watch';
import { PageAnnotator } from '../../lib/page/annotator';
import { MutationWatcher } from '../../lib/page/mutations';
import { createUiHost } from '../../lib/page/ui-host';
import { AnnotationViews } from './annotation-views';
import { askPatiently, readPage, recogniserFor } from './background-link';
import { CardPresenter } from './card-presenter';
import { pageHandlers } from './page-handlers';
import { listenToReader } from './reader-input';
import { ContentState } from './state';

export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  // Every listener is bound to this script's own lifetime, which ends only when the
  // extension's context is really gone (lib/ext/script-lifetime.ts), never on the page's word.
  const life = scriptLifetime(ctx);
  const state = new ContentState(await askPatiently({ type: 'getSettings' }), readPage(document));

  const uiHost = createUiHost(document);
  const { host } = uiHost;
  const annotator = new PageAnnotator(document, host, recogniserFor(state.reading));
  const views = new AnnotationViews(annotator, state);
  const presenter = new CardPresenter({
    state,
    annotator,
    views,
    uiHost,
    exportFile: (format, clipboard) => views.exportFile(format, clipboard),
    saveNote: async (target, text) => {
      await askPatiently({ type: 'setNote', target, text });
    },
  });
  const drawOverlay = () => presenter.drawOverlay();

  /**
   * Read the whole page again (its language and date too) and repaint; the open card closes
   * unless `keepCard` (a rescan after a mutation storm, which the reader did not ask for).
   */
  const reread = async ({ keepCard = false } = {}) => {
    state.reading = readPage(document);
    annotator.setRecogniser(recogniserFor(state.reading));
    if (!keepCard) presenter.showCard(null);
    await annotator.scan({ onProgress: drawOverlay });
    await presenter.refreshList();
    drawOverlay();
  };

  // Changed parts of the page are re-read in slices; refresh the list and overlay after each round.
  annotator.onUpdate = () => {
    void presenter.refreshList();
    drawOverlay();
  };
  // Watching starts before the first read: the background's answer takes a moment (longer when
  // it has to start), and what the page adds meanwhile is re-read once that read is done.
  const watcher = new MutationWatcher(
    document.documentElement,
    (node) => node === host || host.contains(node),
    (nodes) => annotator.rescanNodes(nodes),
    () => void reread({ keepCard: true }),
    { countBlocks: (nodes) => annotator.changedBlocks(nodes) },
  );
  watcher.start();

  annotator.applyPaintChoices(state.paint);
  await annotator.scan({ onProgress: drawOverlay });
  drawOverlay();

  // Single-page apps: a new "page" without a load; read it afresh.
  watchLocation(window, life.signal, () => void reread());

  // Settings changed in the options page: repaint with the new choices (cards in the new language).
  const onSettingsChanged = async (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !changes.settings) return;
    state.useSettings(await askPatiently({ type: 'getSettings' }));
    views.forget();
    annotator.applyPaintChoices(state.paint);
    await reread();
  };
  browser.storage.onChanged.addListener(onSettingsChanged);
  life.onEnd(() => browser.storage.onChanged.removeListener(onSettingsChanged));

  // The highlight registry is shared with the page: take the extension's names back now and
  // then (a second is soon enough to undo a repaint of our colours on the page's own text).
  const guard = window.setInterval(() => annotator.guardHighlights(), 1000);
  life.onEnd(() => window.clearInterval(guard));

  listenToReader({ state, annotator, presenter, host, signal: life.signal });

  const handlers = pageHandlers({
    state,
    annotator,
    presenter,
    views,
    storming: () => watcher.storming,
    factBaseChanged: async (kind) => {
      views.forget();
      // Only a note changed: show it in the open card, no need to read the page again.
      if (kind === 'notes') return presenter.refreshCard();
      // A pack was imported, switched or deleted, or a concept switched off: read the page again.
      await reread();
    },
    stop: () => {
      // Everything comes down (highlights, host, listeners); a later injection starts afresh.
      life.end();
      releasePage();
    },
  });
  const onMessage = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => {
    dispatch(pageRequestSchema(), message, handlers, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.onEnd(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    watcher.stop();
    annotator.clear();
    presenter.clear();
    uiHost.remove();
  });
}
