/**
 * Recognition as users get it — every bundled pack, merged and linked the way the extension
 * does — for tests that assert what a sentence is read as.
 */
import { loadBundledPacks, withBundledRefines } from '../../lib/factbase/bundled';
import { snapshotFromPacks } from '../../lib/factbase/memory';
import { compileLexicon, recognise } from '../../lib/recognise/recognise';
import type { Annotation, Lang } from '../../lib/recognise/types';

export const bundledLexicon = compileLexicon(withBundledRefines(snapshotFromPacks(loadBundledPacks())));

/** Every annotation of a text. */
export function annotate(text: string, lang: Lang = 'nl', published: string | null = '2024-03-01'): Annotation[] {
  return recognise(text, bundledLexicon, { lang, published }).annotations;
}

/** The figures of a text. */
export function figures(text: string, lang: Lang = 'nl', published: string | null = '2024-03-01'): Annotation[] {
  return annotate(text, lang, published).filter((a) => a.kind === 'figure');
}

/** The one figure whose text contains `num` (throws with what was found otherwise). */
export function figure(text: string, num: string, lang: Lang = 'nl', published: string | null = '2024-03-01'): Annotation {
  const all = annotate(text, lang, published);
  const f = all.find((a) => a.kind === 'figure' && a.text.includes(num));
  if (!f) throw new Error(`no figure "${num}" in: ${text}\n${JSON.stringify(all.map((a) => [a.kind, a.text]))}`);
  return f;
}

/** The words a claim slot was set by, as text. */
export function slotWords(text: string, words: Array<[number, number]>): string[] {
  return words.map(([a, b]) => text.slice(a, b));
}
