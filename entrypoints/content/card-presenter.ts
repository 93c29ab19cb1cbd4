/**
 * The card and the annotation list on the page: which card is open, where it goes, when it
 * closes, and having the card UI (loaded on first use, card-ui-contract.ts) draw the card, the
 * list and the overlay boxes in the UI host's shadow root.
 */
import type { PageAnnotator, PlacedAnnotation } from '../../lib/page/annotator';
import type { Box, HighlightKind } from '../../lib/view/geometry';
import { overlayBoxes } from '../../lib/page/overlay';
import { placeCard } from '../../lib/page/placement';
import type { UiHost } from '../../lib/page/ui-host';
import type { NoteTarget } from '../../lib/view/card';
import type { ExportFile, ExportFormat } from '../../lib/export/file';
import type { AnnotationViews } from './annotation-views';
import { askPatiently } from './background-link';
import { loadedCardUi, type CardUi } from './card-ui-contract';
import type { ContentState } from './state';

/** What the presenter asks of the rest of the content script. */
export interface PresenterDeps {
  state: ContentState;
  annotator: PageAnnotator;
  views: AnnotationViews;
  uiHost: UiHost;
  exportFile(format: ExportFormat, clipboard: boolean): Promise<ExportFile>;
  saveNote(target: NoteTarget, text: string): Promise<void>;
}

/** How long the card stays after the pointer left the word (to reach the card). */
const CLOSE_DELAY_MS = 300;

export class CardPresenter {
  private overlayFrame = 0;
  private warmed = false;
  private cardKeys = new WeakMap<PlacedAnnotation, string>();
  private cardCount = 0;
  private loading: Promise<CardUi | null> | null = null;

  constructor(private readonly deps: PresenterDeps) {}

  private get ui() {
    return this.deps.state.ui;
  }

  /** The card UI, loaded into this page on first use. */
  loadUi(): Promise<CardUi | null> {
    this.loading ??= (async () => {
      if (!loadedCardUi()) await askPatiently({ type: 'loadCardUi' });
      const ui = loadedCardUi() ?? null;
      if (ui) this.deps.uiHost.setStyles(ui.css);
      return ui;
    })().catch(() => {
      this.loading = null; // asked again at the next use
      return null;
    });
    return this.loading;
  }

  /** Draw what the state says; the first time, once the UI has arrived. */
  draw(): void {
    const ui = loadedCardUi();
    if (!ui) {
      if (this.ui.card || this.ui.list || this.ui.overlay.length) void this.loadUi().then((loaded) => loaded && this.draw());
      return;
    }
    const { state, uiHost } = this.deps;
    ui.draw(uiHost.mount, {
      ...state.ui,
      uiLang: state.uiLang,
      copy: (text) => this.copy(text),
      saveNote: (target, text) => this.deps.saveNote(target, text),
      exportFile: (format, clipboard) => this.deps.exportFile(format, clipboard),
      closeCard: () => this.showCard(null),
      closeList: () => this.closeList(),
      openFromList: (i) => this.openAnnotation(i),
      hoverCard: (inside) => this.hoverCard(inside),
    });
  }

  /**
   * Open the card of `a` (or close the card with null), placed beside the word. A card the
   * background has not sent yet is shown when it arrives, if it is still the one wanted.
   */
  showCard(a: PlacedAnnotation | null): void {
    const { state, views } = this.deps;
    state.open = a;
    if (!a) {
      this.ui.card = null;
      this.draw();
      return;
    }
    const model = views.cachedCard(a);
    if (model !== undefined) return this.drawCard(a);
    void views.card(a).then(
      () => state.open === a && this.drawCard(a),
      () => undefined,
    );
  }

  /** One key per annotation object, so the card is laid out afresh for each word (two equal paragraphs share piece keys). */
  private cardKey(a: PlacedAnnotation): string {
    let key = this.cardKeys.get(a);
    if (!key) this.cardKeys.set(a, (key = `card-${++this.cardCount}`));
    return key;
  }

  private drawCard(a: PlacedAnnotation): void {
    const model = this.deps.views.cachedCard(a);
    if (!model) {
      this.ui.card = null;
      this.draw();
      return;
    }
    this.ui.card = { key: this.cardKey(a), model, place: (size, prefer) => placeCard(wordBox(a.dom), size, viewport(), prefer) };
    this.draw();
  }

  /** The card again, e.g. after a scroll moved its word or a note changed. */
  refreshCard(): void {
    if (this.deps.state.open) this.showCard(this.deps.state.open);
  }

  /** The pointer is over `hit` (or over no annotation). */
  pointerOver(hit: PlacedAnnotation | null): void {
    const state = this.deps.state;
    if (hit && hit !== state.open) {
      window.clearTimeout(state.closeTimer);
      this.showCard(hit);
    } else if (!hit && state.open && !state.overCard && !this.ui.list) {
      window.clearTimeout(state.closeTimer);
      state.closeTimer = window.setTimeout(() => !state.overCard && this.showCard(null), CLOSE_DELAY_MS);
    } else if (hit) window.clearTimeout(state.closeTimer);
  }

  private hoverCard(inside: boolean): void {
    const state = this.deps.state;
    state.overCard = inside;
    if (inside) window.clearTimeout(state.closeTimer);
    else if (state.open && !this.ui.list) state.closeTimer = window.setTimeout(() => !state.overCard && this.showCard(null), CLOSE_DELAY_MS);
  }

  get listOpen(): boolean {
    return !!this.ui.list;
  }

  async openList(): Promise<void> {
    if (!this.ui.list) this.deps.state.returnFocus = document.activeElement as HTMLElement | null;
    this.ui.list = await this.deps.views.lines(this.deps.annotator.annotations);
    this.draw();
  }

  closeList(): void {
    this.ui.list = null;
    this.showCard(null);
    this.deps.state.returnFocus?.focus?.();
  }

  /** The page's annotations changed: the open list follows. */
  async refreshList(): Promise<void> {
    if (!this.ui.list) return;
    const lines = await this.deps.views.lines(this.deps.annotator.annotations);
    if (!this.ui.list) return;
    this.ui.list = lines;
    this.draw();
  }

  /** Scroll to the annotation (index in reading order) and open its card. */
  openAnnotation(i: number): void {
    const a = this.deps.annotator.annotations[i];
    if (!a) return;
    a.dom.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.showCard(a);
  }

  /** Overlay fallback (no Highlight API): draw boxes for the part of the page in view, once per frame. */
  drawOverlay(): void {
    const { annotator, state } = this.deps;
    if (annotator.paintsHighlights || this.overlayFrame) return;
    this.overlayFrame = requestAnimationFrame(() => {
      this.overlayFrame = 0;
      const hidden = new Set(state.paint.hidden);
      const items = annotator.annotations.map((a) => ({ kind: a.paint, range: a.dom })).filter((x) => !hidden.has(x.kind));
      this.ui.overlay = overlayBoxes(items, viewport());
      this.draw();
    });
  }

  /**
   * Get ready for the first card as soon as the reader starts using the pointer or the
   * keyboard on the page: load the card UI, fetch the cards of what is in view, and lay out one
   * card of each kind unseen. The first card a reader opens would otherwise pay for the
   * round trips and for loading the card's fonts, shaping its text and compiling its code
   * (10-45 ms). A page nobody points at pays for none of it.
   */
  warmSoon(): void {
    if (this.warmed) return;
    this.warmed = true;
    void Promise.all([this.loadUi(), this.deps.views.fetchNear()]).then(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => this.warm(), { timeout: 200 });
      else setTimeout(() => this.warm(), 50);
    });
  }

  /** Fetch ahead the cards that came into view (after a scroll). */
  fetchNear(): void {
    if (this.warmed) void this.deps.views.fetchNear();
  }

  private warm(): void {
    const { state, annotator, views } = this.deps;
    if (state.open || this.ui.card || this.ui.list || !loadedCardUi()) return;
    // One card of each kind near the view (term, and figures by verdict): their parts differ.
    const samples = new Map<HighlightKind, PlacedAnnotation>();
    for (const a of annotator.annotationsNear(innerHeight)) if (!samples.has(a.paint) && views.cachedCard(a)) samples.set(a.paint, a);
    for (const sample of samples.values()) {
      this.ui.card = { key: `warm-up-${sample.paint}`, model: views.cachedCard(sample)!, place: () => ({ left: -10_000, top: 0, side: 'below' }) };
      this.draw();
    }
    this.ui.card = null;
    this.draw();
  }

  private async copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Plain-http pages have no async clipboard: copy from a text field in our own UI.
      const field = document.createElement('textarea');
      field.value = text;
      this.deps.uiHost.mount.append(field);
      field.select();
      const ok = document.execCommand('copy');
      field.remove();
      return ok;
    }
  }

  clear(): void {
    loadedCardUi()?.clear(this.deps.uiHost.mount);
  }
}

function viewport(): { width: number; height: number } {
  return { width: window.innerWidth, height: window.innerHeight };
}

/** The whole word, over all its line boxes, so the card never covers it. */
function wordBox(range: Range): Box {
  const rects = Array.from(range.getClientRects());
  const r = rects[0] ?? range.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? r;
  const top = Math.min(...rects.map((x) => x.top), r.top);
  const bottom = Math.max(...rects.map((x) => x.bottom), last.bottom);
  return { left: r.left, top, width: r.width, height: bottom - top };
}
