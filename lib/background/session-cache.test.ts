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
  return {
    load: async () => (json === undefined ? undefined : JSON.parse(json)),
    save: async (reply) => void (json = reply === undefined ? undefined : JSON.stringify(reply)),
    stored: () => (json === undefined ? undefined : JSON.parse(json)),
  };
}

function countingCompile() {
  const calls = { n: 0 };
  return { calls, compile: (s: FactBaseSnapshot) => (calls.n++, compileLexicon(withBundledRefines(s))) };
}

const SENTENCE = 'In 2023 vroegen ruim 38.000 mensen voor het eerst asiel aan.';

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
