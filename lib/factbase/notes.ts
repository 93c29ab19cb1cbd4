/**
 * Notes an educator attaches to a concept or a fact. One note per target, stored locally in
 * the `notes` table, shown in the card (FactBaseSnapshot.notes) and exported with the packs
 * whose concepts or facts they are attached to.
 *
 * Notes are plain text: they are trimmed, line breaks are normalised to "\n", and control
 * characters other than line breaks and tabs are removed. Nothing in a note is ever read as
 * HTML or Markdown; the UI renders it as text.
 */
import type { LensDatabase, NoteRow } from './db';
import { Id, type Note } from './schema';

export const NOTE_MAX_LENGTH = 2000;

export type NoteTarget = Note['target'];

/** The `targetKey` of the notes table: `concept:<id>` or `fact:<id>`. */
export function noteKey(target: NoteTarget): string {
  return `${target.type}:${target.id}`;
}

// C0 controls except tab and line feed, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text as stored: line breaks normalised, controls removed, trimmed. */
export function cleanNoteText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

function toNote(row: NoteRow): Note {
  return { target: { type: row.target.type, id: row.target.id }, text: row.text, ...(row.updatedAt ? { updatedAt: row.updatedAt } : {}) };
}

function checkTarget(target: NoteTarget): void {
  if (target.type !== 'concept' && target.type !== 'fact') throw new Error(`A note is attached to a concept or a fact, not to "${String(target.type)}".`);
  if (!Id.safeParse(target.id).success) throw new Error(`"${target.id}" is not a valid ${target.type} id.`);
}

/**
 * Set the note on a concept or fact; empty text (after trimming) deletes it. Returns the
 * stored note, or null when it was deleted. The target must exist in an installed pack.
 * A note set here belongs to the user: pack updates and deletions leave it alone.
 */
export async function setNote(db: LensDatabase, target: NoteTarget, text: string): Promise<Note | null> {
  checkTarget(target);
  const clean = cleanNoteText(text);
  if (clean.length > NOTE_MAX_LENGTH) {
    throw new Error(`A note may be at most ${NOTE_MAX_LENGTH} characters; this one has ${clean.length}.`);
  }
  const targetKey = noteKey(target);
  return db.transaction('rw', [db.notes, db.concepts, db.facts], async () => {
    await db.notes.where('targetKey').equals(targetKey).delete();
    if (!clean) return null;
    const table = target.type === 'concept' ? db.concepts : db.facts;
    if ((await table.where('id').equals(target.id).count()) === 0) {
      throw new Error(`There is no ${target.type} "${target.id}" in the installed packs.`);
    }
    const row: NoteRow = { target: { type: target.type, id: target.id }, text: clean, updatedAt: new Date().toISOString(), targetKey };
    await db.notes.add(row);
    return toNote(row);
  });
}

/** The notes on one concept or fact (at most one today; a list so that may change). */
export async function notesFor(db: LensDatabase, target: NoteTarget): Promise<Note[]> {
  checkTarget(target);
  return (await db.notes.where('targetKey').equals(noteKey(target)).toArray()).map(toNote);
}

/** Every note, ordered by target. */
export async function allNotes(db: LensDatabase): Promise<Note[]> {
  const rows = await db.notes.toArray();
  rows.sort((a, b) => a.targetKey.localeCompare(b.targetKey));
  return rows.map(toNote);
}

/**
 * Notes whose concept or fact is in no installed pack any more: a pack update dropped the id,
 * or the pack was deleted while the user's own note on it stays. They are never deleted
 * automatically; the options page lists them so the user can read, copy or delete them.
 * A note on a pack that is only switched off is not orphaned (its rows are still there).
 */
export async function orphanedNotes(db: LensDatabase): Promise<Note[]> {
  return db.transaction('r', [db.notes, db.concepts, db.facts], async () => {
    const rows = await db.notes.toArray();
    const orphaned: NoteRow[] = [];
    for (const row of rows) {
      const table = row.target.type === 'concept' ? db.concepts : db.facts;
      if ((await table.where('id').equals(row.target.id).count()) === 0) orphaned.push(row);
    }
    orphaned.sort((a, b) => a.targetKey.localeCompare(b.targetKey));
    return orphaned.map(toNote);
  });
}
