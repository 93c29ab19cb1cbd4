/**
 * The one rule for links taken from packs: an https URL with a host and no user name or
 * password, written the way the browser itself reads it (`new URL(s).href`: a backslash is a
 * path separator, surrounding white space is dropped, the host is in lower case). Used when a
 * pack is imported and again wherever a URL becomes a link or an exported citation, so a
 * value stored by an earlier version is not trusted either.
 */
export function httpsHref(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 2048) return undefined;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' || !u.hostname || u.username || u.password) return undefined;
  return u.href;
}
