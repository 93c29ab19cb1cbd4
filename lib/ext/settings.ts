/**
 * The reader's settings, stored in the extension's local storage. One schema gives the
 * defaults and repairs anything stored by an older version (unknown keys are dropped,
 * missing ones take their defaults).
 */
import { z } from 'zod';

export const Settings = z.object({
  /** UI language: follow the browser, or a fixed one. */
  uiLang: z.enum(['auto', 'nl', 'en']).catch('auto'),
  showTerms: z.boolean().catch(true),
  showFigures: z.boolean().catch(true),
  /** Colour figures by verdict (consistent / differs / context); off: one neutral style. */
  verdictStyles: z.boolean().catch(true),
  /** `tint`: underline and a light background; `underline`: underline only. */
  highlightStyle: z.enum(['tint', 'underline']).catch('tint'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export const SETTINGS_KEY = 'settings';

/** Read settings from whatever was stored, falling back to defaults field by field. */
export function parseSettings(stored: unknown): Settings {
  const input = stored && typeof stored === 'object' ? stored : {};
  return Settings.parse(input);
}
