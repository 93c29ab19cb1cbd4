/**
 * How every extension page (popup, options, class view, context sheet) starts: ask the
 * background for the reader's settings, take the UI language from them, set the document's
 * language and title, then render the page into #app. When the background does not answer, a
 * page renders in the browser's language, unless it cannot work without the settings (the
 * options, which edit them): then it says why in #app.
 */
import { render, type ComponentChild } from 'preact';
import { resolveUiLang, translator, type MessageKey } from '../view/i18n';
import type { Lang } from '../factbase/schema';
import type { Settings } from './settings';
import { askBackground } from './page-link';

export interface StartPageOptions {
  /** The document's title, in the page's language. */
  title?: MessageKey;
  /** Show the error instead of the page when the settings cannot be read. */
  requireSettings?: boolean;
  /** How the settings are read (the background; a stand-in in tests). */
  readSettings?: () => Promise<Settings>;
}

export async function startPage(
  page: (lang: Lang, settings: Settings | null) => ComponentChild,
  { title, requireSettings = false, readSettings = () => askBackground<Settings>({ type: 'getSettings' }) }: StartPageOptions = {},
): Promise<void> {
  const app = document.getElementById('app')!;
  let settings: Settings | null = null;
  try {
    settings = await readSettings();
  } catch (e) {
    if (requireSettings) {
      app.textContent = `Error: ${(e as Error).message}`;
      return;
    }
  }
  const lang = resolveUiLang(settings?.uiLang ?? 'auto', globalThis.navigator?.language);
  document.documentElement.lang = lang;
  if (title) document.title = translator(lang)(title);
  render(page(lang, settings), app);
}
