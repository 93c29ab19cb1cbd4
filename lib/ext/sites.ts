/**
 * Per-site opt-in: which origin a page belongs to, the match pattern that enables it, and
 * the id under which its content script is registered. Only http and https pages can be
 * enabled; an IP or localhost origin keeps its port out of the pattern (match patterns
 * ignore ports).
 */

export const SITE_SCRIPT_PREFIX = 'site:';
/** The empty document_start script that sets the isolated world up early (public/early-world.js). */
export const WORLD_SCRIPT_PREFIX = 'world:';

/** "https://nos.nl/artikel/1" → "https://nos.nl"; null for pages that cannot be enabled. */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}`;
  } catch {
    return null;
  }
}

/** The host permission / content-script match pattern for an origin. */
export function sitePattern(origin: string): string {
  return `${origin}/*`;
}

export function siteScriptId(origin: string): string {
  return SITE_SCRIPT_PREFIX + origin;
}

export function siteWorldScriptId(origin: string): string {
  return WORLD_SCRIPT_PREFIX + origin;
}

export function originFromScriptId(id: string): string | null {
  return id.startsWith(SITE_SCRIPT_PREFIX) ? id.slice(SITE_SCRIPT_PREFIX.length) : null;
}
