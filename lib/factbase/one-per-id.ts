/** Keeping one row per id when several packs hold rows with the same id. */

/**
 * Rows of several packs with at most one per id: the row of the first pack in `order` (pack
 * ids, highest precedence first) wins; rows keep their order. Imports refuse a fact id that
 * another installed pack holds, so this decides only after a bundled update brings in an id a
 * user pack already has.
 */
export function onePerId<T extends { id: string; packId: string }>(rows: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const winner = new Map<string, T>();
  for (const r of rows) {
    const held = winner.get(r.id);
    if (!held || (rank.get(r.packId) ?? Infinity) < (rank.get(held.packId) ?? Infinity)) winner.set(r.id, r);
  }
  return rows.filter((r) => winner.get(r.id) === r);
}
