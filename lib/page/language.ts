/**
 * The page's language: `<html lang>` when the text agrees (or is too short to tell), the
 * language detected from the text when it clearly disagrees. Pages lie about their language
 * often enough (a CMS template set to "en" on a Dutch article), and the language decides
 * how numbers are read: "38.000" is 38000 in Dutch and 38 in English.
 */
import { langConfident, detectLang, langScores } from '../recognise/lang';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Up to `limit` characters of the page's text, read in document order. */
export function sampleText(root: Node, limit = 20000): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === Node.ELEMENT_NODE && SKIP.has((n as Element).tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < limit; n = walker.nextNode()) {
    if (n.nodeType !== Node.TEXT_NODE) continue;
    const data = (n as Text).data;
    parts.push(data, ' ');
    length += data.length + 1;
  }
  return parts.join('');
}

export function declaredLanguage(doc: Document): 'nl' | 'en' | null {
  const lang = (doc.documentElement.lang || '').toLowerCase();
  if (lang.startsWith('nl')) return 'nl';
  if (lang.startsWith('en')) return 'en';
  return null;
}

/**
 * 'nl' or 'en' for the whole page, or 'auto' (each block decides) when the page declares
 * neither and its text does not tell. Reads at most 20,000 characters.
 */
export function pageLanguage(doc: Document): 'nl' | 'en' | 'auto' {
  const declared = declaredLanguage(doc);
  const text = sampleText(doc.body ?? doc.documentElement);
  if (!declared) return langConfident(text) ? detectLang(text) : 'auto';
  // Overrule the declaration only on clear evidence: the other language's function words
  // at least ten times and at least twice as often as the declared language's.
  const scores = langScores(text);
  const other = declared === 'nl' ? 'en' : 'nl';
  return scores[other] >= 10 && scores[other] >= 2 * scores[declared] ? other : declared;
}
