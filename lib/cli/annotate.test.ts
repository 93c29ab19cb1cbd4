import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlToText, looksLikeHtml, parseArgs } from './annotate';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = (args: string[], input?: string | Buffer) =>
  spawnSync(tsx, [join(root, 'lib/cli/annotate.ts'), ...args], { input: input ?? '', cwd: root, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'annotate-'));

describe('annotate CLI', { timeout: 120_000 }, () => {
  it('annotates a text file', () => {
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'In 2017 waren er circa 31.300 asielaanvragen, aldus de IND.');
    const r = cli(['--lang', 'nl', f]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.lang).toBe('nl');
    const fig = out.annotations.find((a: { kind: string }) => a.kind === 'figure');
    expect(fig).toMatchObject({ text: 'circa 31.300', value: 31300, unit: 'count', qualifier: 'approximately', year: 2017, concept: 'asylum-applications', verdict: 'consistent' });
    expect(fig.factIds.length).toBeGreaterThan(0);
    expect(out.annotations.map((a: { text: string }) => a.text)).toContain('IND');
  });
  it('reads stdin, --lines gives JSON Lines, --numbers every number', () => {
    const r = cli(['--lines', '--numbers', '-'], 'Op 3 maart kwamen 1.200 mensen.\nNothing here.\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].annotations.some((a: { kind: string; value: number }) => a.kind === 'number' && a.value === 1200)).toBe(true);
    expect(lines[1].annotations).toEqual([]);
  });
  it('uses the visible text of HTML, its lang and published date', () => {
    const html =
      '<!doctype html><html lang="en"><head><meta property="article:published_time" content="2024-03-02T10:00:00Z"><style>p{}</style></head>' +
      '<body><script>var asylum = 5000;</script><p>Last year 38,000 asylum seekers arrived in the Netherlands.</p><p hidden>900 refugees</p></body></html>';
    const r = cli([], html);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.lang).toBe('en');
    const fig = out.annotations.find((a: { kind: string }) => a.kind === 'figure');
    expect(fig).toMatchObject({ value: 38000, year: 2023 });
    expect(out.annotations.some((a: { text: string }) => a.text.includes('900'))).toBe(false);
  });
  it('fails clearly on bad input', () => {
    for (const [args, input, code, msg] of [
      [[join(dir, 'missing.txt')], '', 1, /no such file/],
      [[dir], '', 1, /directory/],
      [['-'], '', 1, /empty/],
      [['-'], '   \n ', 1, /empty/],
      [['-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]), 1, /binary/],
      [['--lang', 'fr'], 'x', 2, /--lang/],
      [['--published', 'yesterday'], 'x', 2, /--published/],
      [['--frobnicate'], 'x', 2, /unknown option/],
      [['a', 'b'], 'x', 2, /one FILE/],
    ] as Array<[string[], string | Buffer, number, RegExp]>) {
      const r = cli(args, input);
      expect(r.status, String(args)).toBe(code);
      expect(r.stderr).toMatch(msg);
      expect(r.stdout).toBe('');
    }
  });
});

describe('annotate helpers', () => {
  it('parses flags', () => {
    expect(parseArgs(['--lang=en', '--lines', 'f.txt'])).toMatchObject({ lang: 'en', lines: true, file: 'f.txt' });
    expect(parseArgs(['-'])).toMatchObject({ file: null });
  });
  it('detects HTML and extracts blocks as lines', () => {
    expect(looksLikeHtml('<p>a</p><p>b</p>')).toBe(true);
    expect(looksLikeHtml('a < b and c > d')).toBe(false);
    const d = htmlToText('<html><body><h1>Titel</h1><p>Een  <b>vet</b>\n woord.</p><div style="display: none">weg</div><noscript>x</noscript><p>Twee<br>regels</p></body></html>');
    expect(d.text).toBe('Titel\nEen vet woord.\nTwee\nregels');
  });
});
