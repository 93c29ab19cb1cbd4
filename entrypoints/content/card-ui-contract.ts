/**
 * The card UI (Preact, the components, their styles and the UI strings) is not part of the
 * content script: it is put into the page's frame the first time the reader points at the page
 * or uses the keyboard (most pages a reader opens never show a card), by the background
 * (`loadCardUi`, scripting.executeScript into the asking frame: nothing of it is a
 * web-accessible resource a page could load or detect). It runs in the same isolated world
 * and announces itself under a symbol of that world's registry, which the page cannot reach.
 */
import type { Lang } from '../../lib/factbase/schema';
import type { UiCallbacks, UiState } from '../../components/UiRoot';

export const CARD_UI = Symbol.for('migration-lens.card-ui');

/** What the content script hands the UI to draw, and what the UI calls back. */
export interface UiProps extends UiState, UiCallbacks {
  uiLang: Lang;
}

export interface CardUi {
  /** The styles of everything the UI draws, for the UI host's shadow root. */
  css: string;
  draw(mount: HTMLElement, props: UiProps): void;
  clear(mount: HTMLElement): void;
}

/** The card UI, if it was loaded into this world. */
export function loadedCardUi(): CardUi | undefined {
  return (globalThis as { [CARD_UI]?: CardUi })[CARD_UI];
}
