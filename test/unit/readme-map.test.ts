/**
 * The README's map of the tree ("How it is built") stays true: every folder it names exists,
 * every folder of lib/ is on it, and every link from the README or docs/ to a file in the
 * repository leads somewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The folders the map's code block names: a top-level line sets the parent of the indented lines under it. */
function mapFolders(text: string): string[] {
  const at = text.indexOf('\n## How it is built');
  const open = text.indexOf('```\n', at);
  const close = text.indexOf('\n```', open + 4);
  expect(at >= 0 && open > at && close > open, 'the README has a map in a code block under "How it is built"').toBe(true);
  const folders: string[] = [];
  let parent = '';
  for (const line of text.slice(open + 4, close).split('\n')) {
    const indent = line.length - line.trimStart().length;
    const names = line.trim().split(/\s+/).filter((w, i, all) => /\/$/.test(w) && all.slice(0, i).every((x) => /\/$/.test(x)));
    if (indent === 0 && names.length) parent = names[0];
    for (const name of names) folders.push(indent === 0 ? name : parent + name);
  }
  return folders;
}

describe('the README', () => {
  const folders = mapFolders(readme);

  it('maps only folders that exist', () => {
    expect(folders.length).toBeGreaterThan(10);
    const missing = folders.filter((f) => !existsSync(join(root, f)) || !statSync(join(root, f)).isDirectory());
    expect(missing).toEqual([]);
  });

  it('maps every folder of lib/', () => {
    const libFolders = readdirSync(join(root, 'lib'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `lib/${d.name}/`);
    expect(libFolders.filter((f) => !folders.includes(f))).toEqual([]);
  });

  it('and the pages in docs/ link only to files that exist', () => {
    const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const links = pages.flatMap((page) =>
      [...readFileSync(join(root, page), 'utf8').matchAll(/\]\(((?!https?:|#|mailto:)[^)\s]+)\)/g)].map((m) => ({ page, target: m[1].split('#')[0] })),
    );
    expect(links.filter((l) => l.page === 'README.md').length).toBeGreaterThan(5);
    expect(links.filter((l) => !existsSync(resolve(root, l.page, '..', l.target)))).toEqual([]);
  });
});
