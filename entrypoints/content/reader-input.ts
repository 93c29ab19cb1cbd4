/**
 * The reader's pointer, focus, keys, scrolling and resizing, turned into cards and the list.
 *
 * Handled in the event itself, not in a later frame: browsers already deliver pointermove at
 * most once per frame, and waiting for the next frame would add up to 16 ms before the card
 * can even start to render (and composedPath() is empty once dispatch is over). Only real
 * input is acted on (isTrusted): a page can dispatch these events itself, to open the list,
 * show cards where it likes, or close them.
 */
import type { PageAnnotator } from '../../lib/page/annotator';
import type { CardPresenter } from './card-presenter';
import type { ContentState } from './state';

export interface ReaderInputDeps {
  state: ContentState;
  annotator: PageAnnotator;
  presenter: CardPresenter;
  host: HTMLElement;
  /** Listeners come down when this aborts. */
  signal: AbortSignal;
}

export function listenToReader({ state, annotator, presenter, host, signal }: ReaderInputDeps): void {
  const on = <E extends Event>(target: EventTarget, type: string, handler: (e: E) => void, options: AddEventListenerOptions = {}) =>
    target.addEventListener(type, handler as EventListener, { ...options, signal });

  on(document, 'pointermove', (e: PointerEvent) => {
    if (!e.isTrusted) return;
    presenter.warmSoon();
    if (e.composedPath().includes(host)) return;
    presenter.pointerOver(annotator.annotationAtPoint(e.clientX, e.clientY));
  });
  on(document, 'click', (e: MouseEvent) => {
    if (!e.isTrusted || e.composedPath().includes(host)) return;
    const hit = annotator.annotationAtPoint(e.clientX, e.clientY);
    if (hit) presenter.showCard(hit);
    else if (state.open && !state.overCard) presenter.showCard(null);
  });
  on(document, 'focusin', (e: FocusEvent) => {
    if (!e.isTrusted) return;
    presenter.warmSoon();
    const target = e.target as Element | null;
    if (!target || target === host) return;
    const hit = annotator.firstAnnotationWithin(target);
    if (hit) presenter.showCard(hit);
    else if (state.open && !presenter.listOpen) presenter.showCard(null);
  });
  on(document, 'keydown', (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape' && state.open) presenter.showCard(null);
    // The same shortcut as the command, for when the browser leaves the key to the page.
    if (e.altKey && e.shiftKey && e.code === 'KeyL') {
      e.preventDefault();
      void presenter.openList();
    }
  });
  // Cards of what scrolled into view are fetched ahead once the scrolling pauses.
  let settle: number | undefined;
  const viewportMoved = (e: Event) => {
    if (!e.isTrusted) return;
    presenter.refreshCard();
    annotator.viewportMoved();
    presenter.drawOverlay();
    window.clearTimeout(settle);
    settle = window.setTimeout(() => presenter.fetchNear(), 150);
  };
  on(window, 'scroll', viewportMoved, { passive: true, capture: true });
  on(window, 'resize', viewportMoved);
}
