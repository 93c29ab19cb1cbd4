/**
 * How a validation issue's path is written in messages: `facts[3].range`, "" for the root.
 * (Its own module so the content script can word message errors without loading the fact
 * pack schema, which lib/factbase/validate.ts needs.)
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
