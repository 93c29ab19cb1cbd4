/**
 * An installed bundled pack is replaced only by a higher version (store.ts), so a change to a
 * bundled pack's content that keeps its version never reaches anyone who installed it before.
 * test/fixtures/bundled-pack-history.json records, per pack, each content the extension shipped
 * with its version: the pack as it is now must be the last entry, and versions only go up.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import history from '../../test/fixtures/bundled-pack-history.json';
import { bundledPackInputs } from './bundled';
import { compareVersions } from './validate';

type Entry = { version: string; sha256: string };

/** The content of a raw pack input, without its version and date: what a user would get. */
function contentHash(input: unknown): string {
  const { version: _version, updated: _updated, ...content } = input as Record<string, unknown>;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

describe('bundled pack versions', () => {
  for (const input of bundledPackInputs()) {
    const { id, version } = input as { id: string; version: string };
    it(`${id}: changed content comes with a higher version`, () => {
      const entries = (history as Record<string, Entry[]>)[id];
      expect(entries, `no history for ${id} in test/fixtures/bundled-pack-history.json`).toBeDefined();
      for (let i = 1; i < entries.length; i++) expect(compareVersions(entries[i].version, entries[i - 1].version)).toBeGreaterThan(0);
      const last = entries[entries.length - 1];
      const hash = contentHash(input);
      expect(
        { version, sha256: hash },
        `${id} changed: raise its version above ${last.version} and append { "version", "sha256": "${hash}" } to its history`,
      ).toEqual(last);
    });
  }
});
