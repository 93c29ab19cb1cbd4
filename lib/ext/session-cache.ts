/**
 * The compiled fact base kept in `browser.storage.session` (see SessionCache in
 * lib/background/factbase-service.ts): in memory for the browser session, readable only by the
 * extension's own contexts (not its content scripts: the default access level), emptied when
 * the extension is updated or reloaded.
 */
import type { SessionCache, SnapshotReply } from '../background/factbase-service';

const KEY = 'compiledFactBase';

export function sessionCache(): SessionCache | undefined {
  const area = browser.storage?.session;
  if (!area) return undefined;
  return {
    load: async () => {
      const kept = (await area.get(KEY))[KEY];
      return typeof kept === 'string' ? (JSON.parse(kept) as SnapshotReply) : undefined;
    },
    save: async (reply) => (reply ? area.set({ [KEY]: JSON.stringify(reply) }) : area.remove(KEY)),
  };
}
