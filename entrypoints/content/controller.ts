/**
 * The content script's wiring: the fact base from the background, the page annotator, the
 * mutation watcher, the card presenter, the reader's input and the page's messages. Logic
 * lives in lib/ and in this folder's modules; drawing in components/.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '../../lib/messaging/client';
import { dispatch } from '../../lib/messaging/dispatch';
import { pageRequestSchema } from '../../lib/messaging/to-page';
import { releasePage } from '../../lib/ext/running-flag';
import { scriptLifetime } from '../../lib/ext/script-lifetime';
import { watchLocation } from '../../lib/page/location-watch';
import { PageAnnotator } from '../../lib/page/annotator';
import { MutationWatcher } from '../../lib/page/mutations';
import { publishedDate } from '../../lib/page/published';
import { createUiHost } from '../../lib/page/ui-host';
import { buildCardModel } from '../../lib/view/card';
import { listLine } from '../../lib/view/list-line';
import { pageCards } from '../../lib/view/page-cards';
import { buildPageReport, exportFile, sentenceAround, type ExportFormat } from '../../lib/export';
import { CARD_CSS, PANEL_CSS } from '../../components/card-styles';
import { CardPresenter } from './card-presenter';
import { PageFactBase } from './fact-base';
import { pageHandlers } from './page-handlers';
import { listenToReader } from './reader-input';
import { ContentState } from './state';

export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  // Every listener is bound to this script's own lifetime, which ends only when the
  // extension's context is really gone (lib/ext/script-lifetime.ts), never on the page's word.
  const life = scriptLifetime(ctx);
  const [factBase, settings] = await Promise.all([PageFactBase.load(), askBackground({ type: 'getSettings' })]);
  const state = new ContentState(settings);

  const uiHost = createUiHost(document, CARD_CSS + PANEL_CSS);
  const { host, mount } = uiHost;
  const annotator = new PageAnnotator(document, host, factBase.recogniser(document));

  const listLines = () =>
    annotator.annotations.map((a) => listLine(a, a.paint, (id) => factBase.index.concepts.get(id)?.label[state.uiLang], state.uiLang, state.t));
  const exportPage = (format: ExportFormat, clipboard: boolean) => {
    const entries = annotator.entries();
    const report = buildPageReport(
      {
        url: location.href,
        title: document.title,
        lang: state.uiLang,
        published: publishedDate(document),
        annotations: entries.map((e) => e.annotation),
        sentences: entries.map((e) => sentenceAround(e.blockText, e.start, e.end)),
      },
      factBase.index,
    );
    return exportFile(report, format, { clipboard });
  };

  const presenter = new CardPresenter({
    state,
    annotator,
    mount,
    cardOf: (a) => buildCardModel(a, factBase.index, state.uiLang),
    listLines,
    exportFile: async (format, clipboard) => exportPage(format, clipboard),
    saveNote: async (target, text) => {
      await askBackground({ type: 'setNote', target, text });
    },
  });
  const drawOverlay = () => presenter.drawOverlay();

  /**
   * Read the whole page again (its language and date too) and repaint; the open card closes
   * unless `keepCard` (a rescan after a mutation storm, which the reader did not ask for).
   */
  const reread = async ({ keepCard = false } = {}) => {
    annotator.setRecogniser(factBase.recogniser(document));
    if (!keepCard) presenter.showCard(null);
    await annotator.scan({ onProgress: drawOverlay });
    presenter.refreshList();
    drawOverlay();
    presenter.draw();
  };

  annotator.applyPaintChoices(state.paint);
  await annotator.scan({ onProgress: drawOverlay });
  drawOverlay();

  // Changed parts of the page are re-read in slices; refresh the list and overlay after each round.
  annotator.onUpdate = () => {
    presenter.refreshList();
    drawOverlay();
    presenter.draw();
  };
  const watcher = new MutationWatcher(
    document.documentElement,
    (node) => node === host || host.contains(node),
    (nodes) => annotator.rescanNodes(nodes),
    () => void reread({ keepCard: true }),
    { countBlocks: (nodes) => annotator.changedBlocks(nodes) },
  );
  watcher.start();

  // Single-page apps: a new "page" without a load; read it afresh.
  watchLocation(window, life.signal, () => void reread());

  // Settings changed in the options page: repaint with the new choices.
  const onSettingsChanged = async (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !changes.settings) return;
    state.useSettings(await askBackground({ type: 'getSettings' }));
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
    storming: () => watcher.storming,
    listLines,
    pageCards: () => pageCards({ title: document.title, url: location.href, lang: state.uiLang }, annotator.annotations, factBase.index),
    exportFile: exportPage,
    factBaseChanged: async (kind) => {
      await factBase.reload();
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
