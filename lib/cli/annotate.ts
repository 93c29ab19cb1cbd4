/**
 * `npm run -s annotate -- [--lang nl|en|auto] [--numbers] [--lines] [--published YYYY-MM-DD] [FILE | -]`
 *
 * Reads plain text or HTML (from FILE, or stdin for `-` / no FILE), runs the recognition
 * engine with the bundled fact pack and prints JSON: `{ "lang": "nl", "annotations": [ … ] }`
 * (contract: ../shared/DESIGN.md). With `--lines` every input line is its own document and the
 * output is JSON Lines, one object per input line (a trailing newline adds no document).
 *
 * Offsets are UTF-16 indices (JavaScript string indices) into the input TEXT. For HTML input
 * that is the extracted visible text (see htmlToText: script/style/noscript/template and
 * hidden elements dropped, block elements on their own lines, white space collapsed as a
 * browser renders it); `--lines` then splits that text. The language comes from `--lang`, else
 * `<html lang>`, else detection; the publication date ("vorig jaar" → a year) from
 * `--published`, else the article's own date as the extension reads it (lib/page/published.ts:
 * article metadata, JSON-LD `datePublished`, the article's own `<time datetime>`).
 *
 * Exit codes: 0 ok; 2 bad usage (unknown flag, bad flag value); 1 bad input (missing file,
 * directory, binary or non-UTF-8 file, empty input).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { loadBundledPacks, withBundledRefines } from '../factbase/bundled';
import { snapshotFromPacks } from '../factbase/memory';
import { compileLexicon, recognise } from '../recognise/recognise';
import { publishedDate } from '../page/published';
import { detectLang, langConfident } from '../recognise/lang';
import type { Lang, RecogniseResult } from '../recognise/types';

export class UsageError extends Error {}
export class InputError extends Error {}

export interface CliOptions {
  lang: Lang | 'auto';
  langGiven: boolean;
  numbers: boolean;
  lines: boolean;
  published: string | null;
  file: string | null;
}

const USAGE = 'usage: npm run -s annotate -- [--lang nl|en|auto] [--numbers] [--lines] [--published YYYY-MM-DD] [FILE | -]';

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { lang: 'auto', langGiven: false, numbers: false, lines: false, published: null, file: null };
  let files = 0;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    if (a.startsWith('--') && a.includes('=')) {
      inline = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    }
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    switch (a) {
      case '--lang': {
        const v = value();
        if (v !== 'nl' && v !== 'en' && v !== 'auto') throw new UsageError(`--lang must be nl, en or auto (got "${v}")\n${USAGE}`);
        o.lang = v;
        o.langGiven = v !== 'auto';
        break;
      }
      case '--numbers':
        if (inline !== undefined) throw new UsageError(`--numbers takes no value\n${USAGE}`);
        o.numbers = true;
        break;
      case '--lines':
        if (inline !== undefined) throw new UsageError(`--lines takes no value\n${USAGE}`);
        o.lines = true;
        break;
      case '--published': {
        const v = value();
        if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new UsageError(`--published must be YYYY-MM-DD (got "${v}")\n${USAGE}`);
        o.published = v;
        break;
      }
      case '-h':
      case '--help':
        throw new UsageError(USAGE);
      default:
        if (a === '-' || !a.startsWith('-')) {
          if (++files > 1) throw new UsageError(`only one FILE may be given\n${USAGE}`);
          o.file = a === '-' ? null : a;
        } else if (a === '--') {
          // end of options: the rest is the file
          const rest = argv.slice(i + 1);
          if (rest.length > 1 || files + rest.length > 1) throw new UsageError(`only one FILE may be given\n${USAGE}`);
          if (rest.length) o.file = rest[0] === '-' ? null : rest[0];
          i = argv.length;
        } else {
          throw new UsageError(`unknown option ${a}\n${USAGE}`);
        }
    }
  }
  return o;
}

/** Decode bytes as UTF-8 text, refusing binary data. */
export function decodeText(buf: Buffer, name: string): string {
  if (buf.length === 0) throw new InputError(`${name}: input is empty`);
  if (buf.includes(0)) throw new InputError(`${name}: looks like a binary file (NUL bytes), expected text or HTML`);
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text (binary file?)`);
  }
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  // Control characters other than tab/newline/CR/FF in quantity: binary.
  const ctrl = s.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (ctrl > 0 && ctrl / s.length > 0.01) throw new InputError(`${name}: looks like a binary file (control characters), expected text or HTML`);
  if (s.trim() === '') throw new InputError(`${name}: input is empty`);
  return s;
}

export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 2000).trimStart();
  if (/^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return true;
  const tags = s.slice(0, 50000).match(/<\/?(?:p|div|span|a|article|section|h[1-6]|br|li|ul|ol|table|main|header|footer|nav|em|strong|b|i|time|meta|script|style)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 2;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'AUDIO', 'VIDEO', 'MAP', 'DIALOG']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'UL', 'LEGEND', 'OPTGROUP',
]);

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (/display:none|visibility:hidden|visibility:collapse/.test(style)) return true;
  if (el.tagName === 'DETAILS') return false;
  return false;
}

export interface HtmlDoc {
  text: string;
  lang: Lang | null;
  published: string | null;
}

/** Visible text of an HTML document, with its declared language and publication date. */
export function htmlToText(html: string): HtmlDoc {
  const { document } = parseHTML(html.includes('<html') || /^\s*<!doctype/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  let pendingBreak = false;
  let lastSpace = true;
  const br = () => {
    pendingBreak = true;
  };
  const emit = (s: string, pre: boolean) => {
    if (!pre) s = s.replace(/[ \t\n\r\f]+/g, ' ');
    if (!s) return;
    if (pendingBreak) {
      if (parts.length) parts.push('\n');
      pendingBreak = false;
      lastSpace = true;
      if (!pre) s = s.replace(/^ /, '');
      if (!s) return;
    } else if (lastSpace && !pre) s = s.replace(/^ /, '');
    if (!s) return;
    parts.push(s);
    lastSpace = /\s$/.test(s);
  };
  const walk = (node: Node, pre: boolean) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) emit(c.nodeValue ?? '', pre);
      else if (c.nodeType === 1) {
        const el = c as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag) || hidden(el)) continue;
        if (tag === 'BR') {
          br();
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) br();
        walk(el, pre || tag === 'PRE');
        if (block) br();
      }
    }
  };
  walk(document.body ?? document.documentElement, false);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  const htmlLang = (document.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const lang: Lang | null = htmlLang.startsWith('nl') ? 'nl' : htmlLang.startsWith('en') ? 'en' : null;

  // The same reading as the extension's (lib/page/published.ts): the article's own date.
  const published = publishedDate(document as unknown as Document);
  return { text, lang, published };
}

export function run(argv: string[], stdin: () => Buffer): string {
  const o = parseArgs(argv);
  let buf: Buffer;
  const name = o.file ?? 'stdin';
  if (o.file) {
    let st;
    try {
      st = statSync(o.file);
    } catch {
      throw new InputError(`${o.file}: no such file`);
    }
    if (st.isDirectory()) throw new InputError(`${o.file}: is a directory, expected a text or HTML file`);
    if (!st.isFile()) throw new InputError(`${o.file}: not a regular file`);
    buf = readFileSync(o.file);
  } else {
    buf = stdin();
  }
  let text = decodeText(buf, name);
  let lang: Lang | 'auto' = o.lang;
  let published = o.published;
  if (looksLikeHtml(text)) {
    const doc = htmlToText(text);
    text = doc.text;
    if (!o.langGiven && doc.lang) lang = doc.lang;
    published ??= doc.published;
    if (!text.trim()) throw new InputError(`${name}: the HTML has no visible text`);
  }

  // All bundled packs merged as the extension merges them, so CLI and extension agree.
  const lexicon = compileLexicon(withBundledRefines(snapshotFromPacks(loadBundledPacks())));
  const mode = o.numbers ? ('numbers' as const) : ('default' as const);
  const format = (r: RecogniseResult) => JSON.stringify({ lang: r.lang, annotations: r.annotations });

  if (!o.lines) return format(recognise(text, lexicon, { lang, published, mode })) + '\n';

  // Lines: a short line carries little language evidence; fall back to the whole input's.
  const docLang: Lang = lang === 'auto' ? detectLang(text) : lang;
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  for (const line of lines) {
    const l: Lang = lang !== 'auto' ? lang : langConfident(line) ? detectLang(line) : docLang;
    out.push(format(recognise(line, lexicon, { lang: l, published, mode })));
  }
  return out.join('\n') + '\n';
}

function main(): void {
  try {
    const out = run(process.argv.slice(2), () => readFileSync(0));
    process.stdout.write(out);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`annotate: ${e.message}\n`);
      process.exitCode = 2;
    } else if (e instanceof InputError) {
      process.stderr.write(`annotate: ${e.message}\n`);
      process.exitCode = 1;
    } else {
      const err = e as NodeJS.ErrnoException;
      if (err?.code === 'EAGAIN' || err?.code === 'EISDIR') {
        process.stderr.write(`annotate: cannot read input (${err.code})\n`);
      } else {
        process.stderr.write(`annotate: ${err?.message ?? String(e)}\n`);
      }
      process.exitCode = 1;
    }
  }
}

const invoked = process.argv[1] ?? '';
if (/annotate\.(?:ts|js|mjs)$/.test(invoked)) main();
