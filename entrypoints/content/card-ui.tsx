/**
 * The card UI itself: everything the extension draws on a page (card, list, overlay boxes),
 * rendered with Preact into the UI host's shadow root. Built into its own script (card-ui.js,
 * entrypoints/card-ui.tsx), loaded on first use (card-ui-contract.ts).
 */
import { render } from 'preact';
import { UiRoot } from '../../components/UiRoot';
import { CARD_CSS, PANEL_CSS } from '../../components/card-styles';
import { downloadText } from '../../components/ExportButtons';
import { translator, type Translate } from '../../lib/view/i18n';
import type { Lang } from '../../lib/factbase/schema';
import { CARD_UI, type CardUi } from './card-ui-contract';

const translators = new Map<Lang, Translate>();
const translate = (lang: Lang) => translators.get(lang) ?? translators.set(lang, translator(lang)).get(lang)!;

export const cardUi: CardUi = {
  css: CARD_CSS + PANEL_CSS,
  draw(mount, { uiLang, ...props }) {
    render(<UiRoot {...props} t={translate(uiLang)} download={(file) => downloadText(file, mount)} />, mount);
  },
  clear(mount) {
    render(null, mount);
  },
};

/** Announce the UI to the content script in this world. */
export function registerCardUi(): void {
  (globalThis as { [CARD_UI]?: CardUi })[CARD_UI] = cardUi;
}
