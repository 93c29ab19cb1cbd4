/**
 * The content script's wiring: fact base from the background, the page annotator, the
 * mutation watcher, and the UI in its shadow root. Logic lives in lib/; drawing in
 * components/.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildCardModel } from '../../lib/view/card';
import { indexSnapshot, type SnapshotIndex } from '../../lib/factbase/snapshot-index';
import { resolveUiLang, translator, type Translate } from '../../lib/view/i18n';
import { dispatch, pageRequestSchema, type PageHandlers } from '../../lib/messaging/page-messages';
import { askBackground as ask } from '../../lib/ext/page-link';
import { shareStrings } from '../../lib/ext/share-strings';
import { releasePage } from '../../lib/ext/running-flag';
import { scriptLifetime } from '../../lib/ext/script-lifetime';
import { watchLocation } from '../../lib/page/location-watch';
import { PageAnnotator, yieldToPage, type PlacedAnnotation } from '../../lib/page/annotator';
import type { HighlightKind } from '../../lib/view/geometry';
import { MutationWatcher } from '../../lib/page/mutations';
import { overlayBoxes } from '../../lib/page/overlay';
import { placeCard } from '../../lib/page/placement';
import { pageLanguage } from '../../lib/page/language';
import { publishedDate } from '../../lib/page/published';
import { createUiHost } from '../../lib/page/ui-host';
import { recognise } from '../../lib/recognise/recognise';
import type { SnapshotReply } from '../../lib/factbase/service';
import type { Settings } from '../../lib/ext/settings';
import { formatFigure } from '../../lib/view/format';
import type { PageCards } from '../../lib/view/class-view';
import { buildPageReport, exportFile, sentenceAround, type ExportFile } from '../../lib/export';
import { downloadText } from '../../components/ExportButtons';
import { UiRoot, type UiState } from '../../components/UiRoot';
import { CARD_CSS, PANEL_CSS } from '../../components/card-styles';
import type { ListItem } from '../../components/AnnotationList';

function hiddenKinds(s: Settings): HighlightKind[] {
  const hidden: HighlightKind[] = [];
  if (!s.showTerms) hidden.push('term');
  if (!s.showFigures) hidden.push('figure', 'consistent', 'differs', 'context');
  return hidden;
}

export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  // Every listener is bound to this script's own lifetime, which ends only when the
  // extension's context is really gone (lib/ext/script-lifetime.ts), never on the page's word.
  const life = scriptLifetime(ctx);
  const on = <K extends string, E extends Event>(target: EventTarget, type: K, handler: (e: E) => void, options: AddEventListenerOptions = {}) =>
    target.addEventListener(type, handler as EventListener, { ...options, signal: life.signal });
  const [rawReply, initialSettings] = await Promise.all([ask<SnapshotReply>({ type: 'getSnapshot' }), ask<Settings>({ type: 'getSettings' })]);
  // Three tasks rather than one: the reply arriving, sharing its strings (10-30 ms on a fresh
  // page), then indexing, the UI host and the first slice of the scan. Together they made
  // one task of over 50 ms on a page's first load.
  await yieldToPage();
  let reply = shareStrings(rawReply);
  await yieldToPage();
  let settings = initialSettings;
  let index: SnapshotIndex = indexSnapshot(reply.snapshot);
  let uiLang = resolveUiLang(settings.uiLang, navigator.language);
  let t: Translate = translator(uiLang);

  const uiHost = createUiHost(document, CARD_CSS + PANEL_CSS);
  const { host, mount } = uiHost;
  const recogniser = () => {
    const lang = pageLanguage(document);
    const published = publishedDate(document);
    return (text: string) => {
      return recognise(text, reply.lexicon, { lang, published }).annotations;
    };
  };
  const annotator = new PageAnnotator(document, host, recogniser());

  const ui: UiState = { card: null, list: null, overlay: [] };
  let open: PlacedAnnotation | null = null;
  let overCard = false;
  let closeTimer: number | undefined;
  let returnFocus: HTMLElement | null = null;

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Plain-http pages have no async clipboard: copy from a text field in our own UI.
      const field = document.createElement('textarea');
      field.value = text;
      mount.append(field);
      field.select();
      const ok = document.execCommand('copy');
      field.remove();
      return ok;
    }
  };

  const draw = () =>
    render(
      <UiRoot
        {...ui}
        t={t}
        copy={copy}
        saveNote={async (target, text) => {
          await ask({ type: 'setNote', target, text });
        }}
        exportFile={async (format, clipboard) => pageHandlers.exportPage({ type: 'exportPage', format, clipboard }, null) as ExportFile}
        download={(file) => downloadText(file, mount)}
        closeCard={() => showCard(null)}
        closeList={closeList}
        openFromList={(i) => openAnnotation(i)}
        hoverCard={(inside) => {
          overCard = inside;
          if (inside) window.clearTimeout(closeTimer);
          else if (open && !ui.list) closeTimer = window.setTimeout(() => !overCard && showCard(null), 300);
        }}
      />,
      mount,
    );

  let emphasis = false;
  const applyStyleSettings = () => {
    annotator.painter.setHidden(hiddenKinds(settings));
    annotator.painter.setStyle(emphasis ? 'strong' : settings.highlightStyle);
    annotator.verdictColours = settings.verdictStyles;
  };

  function showCard(a: PlacedAnnotation | null): void {
    open = a;
    const model = a ? buildCardModel(a, index, uiLang) : null;
    if (!a || !model) {
      ui.card = null;
      draw();
      return;
    }
    const place = (size: { width: number; height: number }, prefer?: 'below' | 'above') => {
      const rects = Array.from(a.dom.getClientRects());
      const r = rects[0] ?? a.dom.getBoundingClientRect();
      const last = rects[rects.length - 1] ?? r;
      // Anchor on the whole word, over all its line boxes, so the card never covers it.
      const top = Math.min(...rects.map((x) => x.top), r.top);
      const bottom = Math.max(...rects.map((x) => x.bottom), last.bottom);
      return placeCard({ left: r.left, top, width: r.width, height: bottom - top }, size, { width: window.innerWidth, height: window.innerHeight }, prefer);
    };
    ui.card = { key: String(annotator.annotations.indexOf(a)), model, place };
    draw();
  }

  const listItems = (): ListItem[] =>
    annotator.annotations.map((a) => ({
      text: a.text,
      kind: a.paint,
      detail:
        a.kind === 'term'
          ? `${t('cardTerm')} · ${index.concepts.get(a.concept ?? '')?.label[uiLang] ?? ''}`
          : `${t('cardFigure')} · ${formatFigure(a, uiLang)} · ${t(`verdict_${a.verdict ?? 'none'}`)}`,
    }));

  function openList(): void {
    if (!ui.list) returnFocus = document.activeElement as HTMLElement | null;
    ui.list = listItems();
    draw();
  }

  function closeList(): void {
    ui.list = null;
    showCard(null);
    returnFocus?.focus?.();
  }

  function openAnnotation(i: number): void {
    const a = annotator.annotations[i];
    if (!a) return;
    a.dom.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    showCard(a);
  }

  // Overlay fallback: draw boxes for the part of the page in view.
  let overlayFrame = 0;
  const drawOverlay = () => {
    if (annotator.painter.supported || overlayFrame) return;
    overlayFrame = requestAnimationFrame(() => {
      overlayFrame = 0;
      const hidden = new Set(hiddenKinds(settings));
      const items = annotator.annotations.map((a) => ({ kind: a.paint, range: a.dom })).filter((x) => !hidden.has(x.kind));
      ui.overlay = overlayBoxes(items, { width: window.innerWidth, height: window.innerHeight });
      draw();
    });
  };

  /**
   * Lay out one card of each kind, unseen, as soon as the reader starts using the pointer or
   * the keyboard on the page: the first card a reader opens would otherwise pay for loading
   * the card's fonts, shaping its text and compiling its code (10-45 ms, a visibly late first
   * card). Each is rendered hidden, measured (which does that work) and taken away again in
   * the same idle task. A page nobody points at does not pay for it (about 0.2 MB of heap).
   */
  let warmed = false;
  const warmSoon = () => {
    if (warmed) return;
    warmed = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warmCard, { timeout: 200 });
    else setTimeout(warmCard, 50);
  };
  const warmCard = () => {
    if (open || ui.card || ui.list) return;
    // One card of each kind on the page (term, and figures by verdict): their parts differ.
    const samples = new Map<HighlightKind, PlacedAnnotation>();
    for (const a of annotator.annotations) if (!samples.has(a.paint)) samples.set(a.paint, a);
    for (const sample of samples.values()) {
      const model = buildCardModel(sample, index, uiLang);
      if (!model) continue;
      ui.card = { key: `warm-up-${sample.paint}`, model, place: () => ({ left: -10_000, top: 0, side: 'below' }) };
      draw();
    }
    ui.card = null;
    draw();
  };

  applyStyleSettings();
  await annotator.scan({ onProgress: drawOverlay });
  drawOverlay();

  // Changed parts of the page are re-read in slices; refresh the list and overlay after each round.
  annotator.onUpdate = () => {
    if (ui.list) ui.list = listItems();
    drawOverlay();
    draw();
  };
  const watcher = new MutationWatcher(
    document.documentElement,
    (node) => node === host || host.contains(node),
    (nodes) => annotator.rescanNodes(nodes),
    () => void annotator.scan({ onProgress: drawOverlay }).then(drawOverlay),
    { countBlocks: (nodes) => annotator.changedBlocks(nodes) },
  );
  watcher.start();

  // Single-page apps: a new "page" without a load; read it afresh.
  watchLocation(window, life.signal, () => {
    showCard(null);
    annotator.setRecogniser(recogniser());
    void annotator.scan({ onProgress: drawOverlay }).then(drawOverlay);
  });

  // Settings changed in the options page: repaint with the new choices.
  const onSettingsChanged = async (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !changes.settings) return;
    settings = await ask<Settings>({ type: 'getSettings' });
    uiLang = resolveUiLang(settings.uiLang, navigator.language);
    t = translator(uiLang);
    applyStyleSettings();
    annotator.setRecogniser(recogniser());
    await annotator.scan();
    drawOverlay();
    if (open) showCard(null);
    draw();
  };
  browser.storage.onChanged.addListener(onSettingsChanged);
  life.onEnd(() => browser.storage.onChanged.removeListener(onSettingsChanged));

  // Handled in the event itself, not in a later frame: browsers already deliver pointermove
  // at most once per frame, and waiting for the next frame would add up to 16 ms before the
  // card can even start to render (and composedPath() is empty once dispatch is over).
  // Only real input is acted on (isTrusted): a page can dispatch these events itself, to open
  // the list, show cards where it likes, or close them.
  // The highlight registry is shared with the page: take the extension's names back now and
  // then (a second is soon enough to undo a repaint of our colours on the page's own text).
  const guard = window.setInterval(() => annotator.guardHighlights(), 1000);
  life.onEnd(() => window.clearInterval(guard));

  on(document, 'pointermove', (e: PointerEvent) => {
    if (!e.isTrusted) return;
    warmSoon();
    if (e.composedPath().includes(host)) return;
    const hit = annotator.annotationAtPoint(e.clientX, e.clientY);
    if (hit && hit !== open) {
      window.clearTimeout(closeTimer);
      showCard(hit);
    } else if (!hit && open && !overCard && !ui.list) {
      window.clearTimeout(closeTimer);
      closeTimer = window.setTimeout(() => !overCard && showCard(null), 300);
    } else if (hit) window.clearTimeout(closeTimer);
  });
  on(document, 'click', (e: MouseEvent) => {
    if (!e.isTrusted || e.composedPath().includes(host)) return;
    const hit = annotator.annotationAtPoint(e.clientX, e.clientY);
    if (hit) showCard(hit);
    else if (open && !overCard) showCard(null);
  });
  on(document, 'focusin', (e: FocusEvent) => {
    if (!e.isTrusted) return;
    warmSoon();
    const target = e.target as Element | null;
    if (!target || target === host) return;
    const hit = annotator.firstAnnotationWithin(target);
    if (hit) showCard(hit);
    else if (open && !ui.list) showCard(null);
  });
  on(document, 'keydown', (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape' && open) showCard(null);
    // The same shortcut as the command, for when the browser leaves the key to the page.
    if (e.altKey && e.shiftKey && e.code === 'KeyL') {
      e.preventDefault();
      openList();
    }
  });
  on(window, 'scroll', (e: Event) => {
    if (!e.isTrusted) return;
    if (open) showCard(open);
    annotator.viewportMoved();
    drawOverlay();
  }, { passive: true, capture: true });
  on(window, 'resize', (e: Event) => {
    if (!e.isTrusted) return;
    if (open) showCard(open);
    annotator.viewportMoved();
    drawOverlay();
  });

  const pageHandlers: PageHandlers<unknown> = {
    pageSummary: () => {
      const all = annotator.annotations;
      const count = (v: string | null) => all.filter((a) => a.kind !== 'term' && (a.verdict ?? null) === v).length;
      return {
        terms: all.filter((a) => a.kind === 'term').length,
        figures: { consistent: count('consistent'), differs: count('differs'), context: count('context'), unchecked: count(null) },
        top: listItems().slice(0, 8).map((item, i) => ({ ...item, index: i })),
        storming: watcher.storming,
      };
    },
    openAnnotation: (req) => openAnnotation(req.index),
    pageCards: (): PageCards => ({
      title: document.title,
      url: location.href,
      lang: uiLang,
      pillars: [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, label: index.concepts.get(`pillar-${n}`)?.label[uiLang] ?? '' })),
      cards: annotator.annotations.flatMap((a, i) => {
        const model = buildCardModel(a, index, uiLang);
        return model ? [{ index: i, text: a.text, kind: a.kind === 'term' ? ('term' as const) : ('figure' as const), model }] : [];
      }),
    }),
    exportPage: (req) => {
      const entries = annotator.entries();
      const report = buildPageReport(
        {
          url: location.href,
          title: document.title,
          lang: uiLang,
          published: publishedDate(document),
          annotations: entries.map((e) => e.annotation),
          sentences: entries.map((e) => sentenceAround(e.blockText, e.start, e.end)),
        },
        index,
      );
      return exportFile(report, req.format, { clipboard: req.clipboard });
    },
    factBaseChanged: async (req) => {
      reply = shareStrings(await ask<SnapshotReply>({ type: 'getSnapshot' }));
      index = indexSnapshot(reply.snapshot);
      if (req.kind === 'notes') {
        // Only a note changed: show it in the open card, no need to read the page again.
        if (open) showCard(open);
        return;
      }
      // A pack was imported, switched or deleted, or a concept switched off: read the page again.
      annotator.setRecogniser(recogniser());
      showCard(null);
      await annotator.scan({ onProgress: drawOverlay });
      if (ui.list) ui.list = listItems();
      drawOverlay();
      draw();
    },
    setEmphasis: (req) => {
      emphasis = req.on;
      annotator.painter.setStyle(emphasis ? 'strong' : settings.highlightStyle);
    },
    openList: () => openList(),
    siteDisabled: () => {
      // Everything comes down (highlights, host, listeners); a later injection starts afresh.
      life.end();
      releasePage();
    },
  };
  const onMessage = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => {
    dispatch(pageRequestSchema(), message, pageHandlers, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.onEnd(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    watcher.stop();
    annotator.clear();
    render(null, mount);
    uiHost.remove();
  });
}
