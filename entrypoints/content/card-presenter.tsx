/**
 * The card and the annotation list on the page: which card is open, where it goes, when it
 * closes, and drawing the extension's UI (card, list, overlay boxes) in its shadow root.
 */
import { render } from 'preact';
import type { PageAnnotator, PlacedAnnotation } from '../../lib/page/annotator';
import type { HighlightKind } from '../../lib/page/highlights';
import { overlayBoxes } from '../../lib/page/overlay';
import { placeCard, type Box } from '../../lib/page/placement';
import type { CardModel, NoteTarget } from '../../lib/view/card';
import type { ListItem } from '../../lib/view/list-item';
import type { ExportFile, ExportFormat } from '../../lib/export';
import { downloadText } from '../../components/ExportButtons';
import { UiRoot, type UiState } from '../../components/UiRoot';
import type { ContentState } from './state';

/** What the presenter asks of the rest of the content script. */
export interface PresenterDeps {
  state: ContentState;
  annotator: PageAnnotator;
  mount: HTMLElement;
  /** The card of an annotation, or null when there is nothing to show. */
  cardOf(a: PlacedAnnotation): CardModel | null;
  /** The list's lines, in reading order. */
  listLines(): ListItem[];
  exportFile(format: ExportFormat, clipboard: boolean): Promise<ExportFile>;
  saveNote(target: NoteTarget, text: string): Promise<void>;
}

/** How long the card stays after the pointer left the word (to reach the card). */
const CLOSE_DELAY_MS = 300;

export class CardPresenter {
  private overlayFrame = 0;
  private warmed = false;

  constructor(private readonly deps: PresenterDeps) {}

  private get ui(): UiState {
    return this.deps.state.ui;
  }

  draw(): void {
    const { state, mount } = this.deps;
    render(
      <UiRoot
        {...state.ui}
        t={state.t}
        copy={(text) => this.copy(text)}
        saveNote={(target, text) => this.deps.saveNote(target, text)}
        exportFile={(format, clipboard) => this.deps.exportFile(format, clipboard)}
        download={(file) => downloadText(file, mount)}
        closeCard={() => this.showCard(null)}
        closeList={() => this.closeList()}
        openFromList={(i) => this.openAnnotation(i)}
        hoverCard={(inside) => this.hoverCard(inside)}
      />,
      mount,
    );
  }

  /** Open the card of `a` (or close the card with null), placed beside the word. */
  showCard(a: PlacedAnnotation | null): void {
    const { state, annotator } = this.deps;
    state.open = a;
    const model = a ? this.deps.cardOf(a) : null;
    if (!a || !model) {
      this.ui.card = null;
      this.draw();
      return;
    }
    this.ui.card = { key: String(annotator.indexOf(a)), model, place: (size, prefer) => placeCard(wordBox(a.dom), size, viewport(), prefer) };
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

  openList(): void {
    if (!this.ui.list) this.deps.state.returnFocus = document.activeElement as HTMLElement | null;
    this.ui.list = this.deps.listLines();
    this.draw();
  }

  closeList(): void {
    this.ui.list = null;
    this.showCard(null);
    this.deps.state.returnFocus?.focus?.();
  }

  /** The page's annotations changed: the open list follows. */
  refreshList(): void {
    if (this.ui.list) this.ui.list = this.deps.listLines();
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
   * Lay out one card of each kind, unseen, as soon as the reader starts using the pointer or
   * the keyboard on the page: the first card a reader opens would otherwise pay for loading
   * the card's fonts, shaping its text and compiling its code (10-45 ms, a visibly late first
   * card). Each is rendered hidden, measured (which does that work) and taken away again in
   * the same idle task. A page nobody points at does not pay for it (about 0.2 MB of heap).
   */
  warmSoon(): void {
    if (this.warmed) return;
    this.warmed = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => this.warm(), { timeout: 200 });
    else setTimeout(() => this.warm(), 50);
  }

  private warm(): void {
    const state = this.deps.state;
    if (state.open || this.ui.card || this.ui.list) return;
    // One card of each kind on the page (term, and figures by verdict): their parts differ.
    const samples = new Map<HighlightKind, PlacedAnnotation>();
    for (const a of this.deps.annotator.annotations) if (!samples.has(a.paint)) samples.set(a.paint, a);
    for (const sample of samples.values()) {
      const model = this.deps.cardOf(sample);
      if (!model) continue;
      this.ui.card = { key: `warm-up-${sample.paint}`, model, place: () => ({ left: -10_000, top: 0, side: 'below' }) };
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
      this.deps.mount.append(field);
      field.select();
      const ok = document.execCommand('copy');
      field.remove();
      return ok;
    }
  }

  clear(): void {
    render(null, this.deps.mount);
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
