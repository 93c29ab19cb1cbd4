/**
 * UI strings come from public/_locales (the same files the browser uses for the manifest),
 * but are looked up here so the user can choose the UI language in the options, which
 * `browser.i18n` cannot do. `$1`…`$9` are replaced by the arguments, as plain text.
 */
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import type { Lang } from '../factbase/schema';

export type MessageKey = keyof typeof en;
type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<Lang, Catalog> = { en, nl };

export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  return (key, ...args) => {
    const template = catalog[key]?.message ?? en[key]?.message ?? key;
    return template.replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
  };
}

/** 'auto' follows the browser's UI language: Dutch for nl-*, English otherwise. */
export function resolveUiLang(setting: 'auto' | Lang, browserLang: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return browserLang?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
