/**
 * A woken background answers from the compiled fact base it kept for the session, and never
 * from one that a change made stale.
 */
import { describe, expect, it } from 'vitest';
import { LensDatabase } from '../factbase/db';
import { loadBundledPacks, withBundledRefines } from '../factbase/bundled';
import { FactBaseService, type SessionCache, type SnapshotReply } from './factbase-service';
import { userPack } from '../../test/helpers/factbase';
import { compileLexicon, recognise } from '../recognise/recognise';
import type { FactBaseSnapshot } from '../factbase/query';

let n = 0;

/** storage.session as the browser keeps it: JSON, in memory, shared by every start of the background. */
function fakeSession(): SessionCache & { stored: () => SnapshotReply | undefined } {
  let json: string | undefined;
  const stored = (): SnapshotReply | undefined => (json === undefined ? undefined : JSON.parse(json));
  return {
    loadLexicon: async () => {
      const kept = stored();
      return kept && { version: kept.snapshot.version, lexicon: kept.lexicon };
    },
    loadSnapshot: async () => stored()?.snapshot,
    save: async (reply) => void (json = reply === undefined ? undefined : JSON.stringify(reply)),
    stored,
  };
}

function countingCompile() {
  const calls = { n: 0 };
  return { calls, compile: (s: FactBaseSnapshot) => (calls.n++, compileLexicon(withBundledRefines(s))) };
}

const SENTENCE = 'In 2023 dienden ruim 38.000 mensen hun eerste asielaanvraag in.';

describe('the compiled fact base across background restarts', () => {
  it('a restarted background reads pages with the kept fact base, without compiling it again', async () => {
    const name = `session-${n++}`;
    const session = fakeSession();
    const first = countingCompile();
    const before = await new FactBaseService(loadBundledPacks, () => new LensDatabase(name), { session, compile: first.compile }).snapshot();
    expect(first.calls.n).toBe(1);
    expect(session.stored()?.snapshot.version).toBe(before.snapshot.version);

    const woken = countingCompile();
    const again = await new FactBaseService(loadBundledPacks, () => new LensDatabase(name), { session, compile: woken.compile }).snapshot();
    expect(woken.calls.n).toBe(0);
    expect(again.snapshot.version).toBe(before.snapshot.version);
    const figure = recognise(SENTENCE, again.lexicon, { lang: 'nl', published: '2024-03-01' }).annotations.find((a) => a.kind === 'figure');
    expect(figure?.verdict).toBe('consistent');
  });

  it('a woken background reads pages with the kept lexicon while the rest of the fact base is still on its way', async () => {
    const name = `session-${n++}`;
    const session = fakeSession();
    const before = await new FactBaseService(loadBundledPacks, () => new LensDatabase(name), { session }).snapshot();

    let deliver!: () => void;
    const late = new Promise<void>((ok) => (deliver = ok));
    const slow: SessionCache = { ...session, loadSnapshot: async () => (await late, session.loadSnapshot()) };
    const woken = countingCompile();
    const service = new FactBaseService(loadBundledPacks, () => new LensDatabase(name), { session: slow, compile: woken.compile });
    const { version, lexicon } = await service.lexicon();
    expect(version).toBe(before.snapshot.version);
    expect(woken.calls.n).toBe(0);
    const figure = recognise(SENTENCE, lexicon, { lang: 'nl', published: '2024-03-01' }).annotations.find((a) => a.kind === 'figure');
    expect(figure?.verdict).toBe('consistent');

    deliver();
    expect((await service.snapshot()).snapshot.version).toBe(version);
    expect(woken.calls.n).toBe(0);
  });

  it('a change forgets the kept fact base: the next start reads the database, with the change', async () => {
    const name = `session-${n++}`;
    const session = fakeSession();
    const service = new FactBaseService(loadBundledPacks, () => new LensDatabase(name), { session });
    const before = await service.snapshot();
    const result = await service.importPack(JSON.stringify(userPack('my-pack')));
    expect(result).toMatchObject({ ok: true });
    expect(session.stored()?.snapshot.version ?? null).not.toBe(before.snapshot.version);
    expect((await service.snapshot()).snapshot.packs.map((p) => p.id)).toContain('my-pack');

    const woken = new FactBaseService(loadBundledPacks, () => new LensDatabase(name), { session });
    expect((await woken.snapshot()).snapshot.packs.map((p) => p.id)).toContain('my-pack');
  });
});
