/**
 * One `webpage` source per distinct page (url) that backs a carried entry, in order of first
 * appearance, with the official body as publisher and a note saying what a reader should know
 * (a news reprint, several versions read, a rewritten address, a page in another language).
 */
import type { LanguageRule } from './build-data';
import type { MaterialEntry } from './material';
import { normalisePublished } from './periods';

export function slug(s: string, max: number): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

/** The pack accepts only https links; a few pages in the material are recorded as http. */
export function httpsUrl(url: string): string {
  return url.replace(/^http:\/\//, 'https://');
}

/** "CBS (Centraal Bureau voor de Statistiek)" → "CBS". */
export function shortPublisher(p: string): string {
  return p.split(' (')[0].trim();
}

function ruleMatches(r: LanguageRule, host: string, pathname: string): boolean {
  if (r.host !== undefined && host !== r.host) return false;
  if (r.hostSuffix !== undefined && !host.endsWith(r.hostSuffix)) return false;
  if (r.pathStartsWith !== undefined && !pathname.startsWith(r.pathStartsWith)) return false;
  if (r.pathIncludes !== undefined && !pathname.includes(r.pathIncludes)) return false;
  if (r.pathSegment !== undefined && !pathname.split('/').some((seg) => r.pathSegment!.includes(seg))) return false;
  return true;
}

/** The page language from its address (the first matching rule; English otherwise). */
export function guessLanguage(url: string, rules: LanguageRule[]): { lang: 'nl' | 'en'; note?: string } {
  const u = new URL(url);
  const host = u.hostname.replace(/^www\./, '');
  const rule = rules.find((r) => ruleMatches(r, host, u.pathname));
  return rule ? { lang: rule.lang, ...(rule.note ? { note: rule.note } : {}) } : { lang: 'en' };
}

export interface BuiltSources {
  sources: Array<Record<string, unknown>>;
  /** https url → source id. */
  sourceIdOf: Map<string, string>;
}

export function buildSources(
  carried: MaterialEntry[],
  titles: Record<string, string>,
  languages: LanguageRule[],
): BuiltSources {
  const byUrl = new Map<string, MaterialEntry[]>();
  for (const e of carried) {
    const u = httpsUrl(e.url);
    if (!byUrl.has(u)) byUrl.set(u, []);
    byUrl.get(u)!.push(e);
  }
  const sourceIdOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const sources: Array<Record<string, unknown>> = [];
  for (const [url, entries] of byUrl) {
    const u = new URL(url);
    let id = `web-${slug(u.hostname.replace(/^www\./, '') + u.pathname + u.search, 100)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    usedIds.add(id);
    sourceIdOf.set(url, id);

    const pageTitles = [...new Set(entries.map((e) => e.title))];
    const publishers = [...new Set(entries.map((e) => e.publisher))].sort((a, b) => a.length - b.length);
    const dates = [...new Set(entries.map((e) => normalisePublished(e.published).published))];
    const vias = [...new Set(entries.map((e) => e.via).filter((v): v is string => !!v))];
    const { lang, note: langNote } = guessLanguage(url, languages);
    const notes: string[] = [];
    if (vias.length) notes.push(`The page is a secondary report (${vias.join('; ')}) of figures by ${shortPublisher(publishers[0])}.`);
    if (publishers.length > 1) notes.push(`Figures on this page are attributed to: ${publishers.join('; ')}.`);
    if (pageTitles.length > 1 || dates.length > 1) {
      notes.push(
        `The material read several versions of this page: ${entries
          .map((e) => `"${e.title}" (${e.published})`)
          .filter((s, i, a) => a.indexOf(s) === i)
          .join('; ')}. Each fact carries the date of the version it was read on.`,
      );
    }
    const original = entries[0].url;
    if (original !== url) notes.push(`The material records the address as ${original}; it is stored with https because packs accept only https links.`);
    if (langNote) notes.push(langNote);
    const dateOk = dates.length === 1 && dates[0] !== undefined;
    if (pageTitles.length > 1 && !titles[url]) throw new Error(`several titles for ${url}: add it to build/sources.json "titles"`);
    const title = titles[url] ?? pageTitles[0];
    const publishedNotes = [...new Set(entries.map((e) => normalisePublished(e.published).note).filter(Boolean))];
    if (dateOk && publishedNotes.length) notes.push(publishedNotes.join(' '));
    if (dates.length === 1 && dates[0] === undefined) notes.push(`${publishedNotes.join(' ')} No date is given on the page.`.trim());
    sources.push({
      id,
      title,
      publisher: publishers[0],
      ...(dateOk ? { date: dates[0] } : {}),
      url,
      language: lang,
      kind: 'webpage',
      ...(notes.length ? { note: notes.join(' ').slice(0, 1000) } : {}),
    });
  }
  return { sources, sourceIdOf };
}
