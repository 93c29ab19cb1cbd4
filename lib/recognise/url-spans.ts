/** Where a text has URLs, bare domains and e-mail addresses: no term or figure is read inside one. */
import { isJsSpaceCode } from './chars';

const URL_RE =
  /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|int|gov|be|de|uk|info|io|fr|edu|co)\b(?:\/[^\s<>"']*)?/gi;

/**
 * What every match of URL_RE contains: "://", "www.", or "." or "@" before a word character
 * (a domain's next label, an address's domain). Found natively; the pattern then runs on the
 * token around it. A sentence's full stop ("jaar. De") is none of these.
 */
const URL_MARK = /[.@][\w-]|:\/\/|www\./gi;

/**
 * Spans (normalised offsets) of URLs, bare domains and e-mail addresses.
 *
 * Every match contains one of URL_MARK's marks and never white space, so the pattern only
 * runs on the white-space-delimited tokens holding a mark — the same matches as running it
 * over the whole text, without trying it at every word of ordinary prose.
 */
export function findUrlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const n = text.length;
  const marks = URL_MARK;
  marks.lastIndex = 0;
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    let s = i;
    while (s > 0 && !isJsSpaceCode(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && !isJsSpaceCode(text.charCodeAt(e))) e++;
    const token = text.slice(s, e);
    URL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = URL_RE.exec(token))) {
      if (m[0].length === 0) {
        URL_RE.lastIndex++;
        continue;
      }
      spans.push([s + m.index, s + m.index + m[0].length]);
    }
    marks.lastIndex = e;
  }
  return spans;
}
