/**
 * Which way a text writes its numbers ("1.234,5" or "1,234.5"), for text whose language does
 * not say which separators it uses.
 */
import type { NumberLang } from './phrases';

/**
 * Guess the number locale of a text from how it writes numbers ("1.234,5" vs "1,234.5")
 * and, failing that, from a few frequent words. null when there is no evidence.
 */
export function detectNumberLocale(text: string): NumberLang | null {
  const sample = text.length > 50000 ? text.slice(0, 50000) : text;
  let nl = 0;
  let en = 0;
  for (const m of sample.matchAll(/\d(?:([.,])\d{3})+(?:([.,])\d+)?(?!\d)/g)) {
    const g = m[1];
    const d = m[2];
    if (d && d !== g) {
      if (g === '.') nl += 2;
      else en += 2;
    }
  }
  for (const m of sample.matchAll(/\d+([.,])\d{1,2}(?!\d)/g)) {
    if (m[1] === ',') nl++;
    else en++;
  }
  const w = sample.toLowerCase();
  nl += (w.match(/\b(?:procent|miljoen|miljard|het|een|van|zijn|niet)\b/g)?.length ?? 0) * 0.5;
  en += (w.match(/\b(?:percent|million|billion|the|and|of|is|not)\b/g)?.length ?? 0) * 0.5;
  if (nl === en) return null;
  return nl > en ? 'nl' : 'en';
}
