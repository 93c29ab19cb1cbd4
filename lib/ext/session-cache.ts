/**
 * The compiled fact base kept in `browser.storage.session` (see SessionCache in
 * lib/background/factbase-service.ts): in memory for the browser session, readable only by the
 * extension's own contexts (not its content scripts: the default access level), emptied when
 * the extension is updated or reloaded. Each part is kept as one JSON text: Chrome gave a woken
 * service worker ~2.4 MB of stored objects in ~0.4 s, the same as one string in ~0.1 s; and
 * the lexicon's tries are packed (lib/recognise/term-trie.ts packTerms), 1.5 MB of JSON -> 0.5 MB.
 */
import type { SessionCache } from '../background/factbase-service';
import type { FactBaseSnapshot } from '../factbase/query';
import { packLexicon, unpackLexicon, type CompiledLexicon, type PackedLexicon } from '../recognise/lexicon';

/** The lexicon as kept: its tries packed (a fifth of their JSON size, so it arrives sooner). */
interface KeptLexicon {
  version: string;
  lexicon: PackedLexicon | CompiledLexicon;
}

const LEXICON_KEY = 'compiledLexicon';
const SNAPSHOT_KEY = 'compiledSnapshot';

export function sessionCache(): SessionCache | undefined {
  const area = browser.storage?.session;
  if (!area) return undefined;
  const read = async <T,>(key: string): Promise<T | undefined> => {
    const kept = (await area.get(key))[key];
    return typeof kept === 'string' ? (JSON.parse(kept) as T) : undefined;
  };
  return {
    loadLexicon: async () => {
      const kept = await read<KeptLexicon>(LEXICON_KEY);
      if (!kept) return undefined;
      return { version: kept.version, lexicon: 'packed' in kept.lexicon ? unpackLexicon(kept.lexicon) : kept.lexicon };
    },
    loadSnapshot: () => read<FactBaseSnapshot>(SNAPSHOT_KEY),
    save: async (reply) => {
      if (!reply) return area.remove([LEXICON_KEY, SNAPSHOT_KEY]);
      // Both in one write: a start never finds one without the other.
      await area.set({
        [LEXICON_KEY]: JSON.stringify({ version: reply.snapshot.version, lexicon: packLexicon(reply.lexicon) ?? reply.lexicon } satisfies KeptLexicon),
        [SNAPSHOT_KEY]: JSON.stringify(reply.snapshot),
      });
    },
  };
}
