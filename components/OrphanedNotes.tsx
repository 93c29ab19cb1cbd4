import type { Lang, Note } from '../lib/factbase/schema';
import type { Translate } from '../lib/view/i18n';
import { formatDate } from '../lib/view/citation';

interface Props {
  notes: Note[];
  lang: Lang;
  t: Translate;
  remove: (target: Note['target']) => Promise<unknown>;
}

/**
 * Notes whose concept or fact is no longer in the fact base (after a pack update or
 * deletion): shown as plain text with the id they were on, so nothing the user wrote is lost.
 */
export function OrphanedNotes({ notes, lang, t, remove }: Props) {
  return (
    <div class="orphaned-notes">
      <p>{t('orphanedExplain')}</p>
      <ul>
        {notes.map((n) => (
          <li key={`${n.target.type}:${n.target.id}`}>
            <p class="orphaned-target">
              {t(n.target.type === 'fact' ? 'orphanedOnFact' : 'orphanedOnConcept', n.target.id)}
              {n.updatedAt ? ` · ${t('orphanedEdited', formatDate(n.updatedAt.slice(0, 10), lang))}` : ''}
            </p>
            <p class="note-text">{n.text}</p>
            <button type="button" class="secondary" onClick={() => remove(n.target)} aria-label={t('orphanedDelete', n.target.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
