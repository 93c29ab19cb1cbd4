import { useState } from 'preact/hooks';
import type { CardModel, NoteTarget } from '../lib/view/card';
import type { Translate } from '../lib/view/i18n';
import { SourceCitation } from './SourceCitation';
import { Sparkline } from './Sparkline';
import { DefinitionList, backingText } from './DefinitionList';
import { VerdictBadge } from './VerdictBadge';

interface Props {
  model: CardModel;
  t: Translate;
  onClose: () => void;
  /** Writes text to the clipboard; resolves false when the page does not allow it. */
  copy?: (text: string) => Promise<boolean>;
  /** Saves an educator's note on the card's concept or fact (empty text removes it). */
  saveNote?: (target: NoteTarget, text: string) => Promise<void>;
}

/**
 * The card for one annotation. Everything shown comes from the page or a pack and is
 * rendered as text by Preact; nothing is ever set as HTML.
 */
export function FactCard({ model, t, onClose, copy, saveNote }: Props) {
  const [copied, setCopied] = useState<null | boolean>(null);
  const fig = model.figure;
  return (
    <div class="card" role="dialog" aria-label={t('cardDialogLabel', model.title)}>
      <div class="head">
        <div>
          <p class="kind">{model.conceptKind ? t(`kind_${model.conceptKind}`) : t(model.kind === 'term' ? 'cardTerm' : 'cardFigure')}</p>
          <h2 class="title">{model.title}</h2>
        </div>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {model.pillar && (
        <p class={`pillar pillar-${model.pillar.number}`}>
          {t('cardPillar', model.pillar.number)}
          {model.pillar.label && `: ${model.pillar.label}`}
        </p>
      )}
      {fig && (
        <section class="figure">
          <p class="understood">
            <span class="label">{t('cardUnderstood')}: </span>
            {fig.understood}
          </p>
          <p>
            <VerdictBadge verdict={model.verdict ?? null} t={t} />
            {fig.sourceFigure && (
              <span class="source-figure">
                {' '}
                {t('cardSourceFigure')}: {fig.sourceFigure}
              </span>
            )}
            {fig.difference && (
              <span class="difference">
                {' '}
                · {t('cardDifference')}: {fig.difference}
              </span>
            )}
          </p>
          {fig.otherPeriod && (
            <p class="why">
              <span class="label">{t('cardOtherPeriodLabel')}: </span>
              {fig.otherPeriod}
            </p>
          )}
          {fig.why && (
            <p class="why">
              <span class="label">{t('claimWhyLabel')}: </span>
              {fig.why}
            </p>
          )}
          {fig.contextLines && fig.contextLines.length > 0 && (
            <div class="context">
              <p class="label">{t('cardContext')}</p>
              <ul>
                {fig.contextLines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {fig.counts && <DefinitionList counts={fig.counts} t={t} />}
          {model.verdict == null && !fig.counts?.freshness?.beyond && <p class="no-fact">{t('cardNoFact')}</p>}
        </section>
      )}
      {model.series && <Sparkline points={model.series.points} label={t('cardSeries', model.series.label)} />}
      {model.definition && <p class="definition">{model.definition}</p>}
      {model.source && <SourceCitation source={model.source} t={t} />}
      {model.facts.length > 0 && (
        <section class="facts">
          <h3>{t(model.kind === 'figure' ? 'cardSourceSays' : 'cardRelatedFacts')}</h3>
          <ul>
            {model.facts.map((f) => (
              <li key={f.id}>
                <p class="statement">{f.statement}</p>
                {f.quote && <blockquote>“{f.quote}”</blockquote>}
                {!f.quote && f.evidence && (
                  <p class="evidence">
                    {t('cardEvidence')}: {f.evidence}
                  </p>
                )}
                <p class="backing">{backingText(f.backing, t)}</p>
                {f.source && <SourceCitation source={{ ...f.source, reference: [f.source.reference, f.locator].filter(Boolean).join(', ') }} t={t} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.note && (
        <p class="note">
          <strong>{t('noteTitle')}: </strong>
          {model.note}
        </p>
      )}
      {model.noteTarget && saveNote && <NoteEditor key={model.note ?? ''} target={model.noteTarget} note={model.note} t={t} save={saveNote} />}
      {model.citation && copy && (
        <p class="actions">
          <button
            type="button"
            class="copy"
            onClick={async () => setCopied(await copy(model.citation!))}
          >
            {t('cardCopyCitation')}
          </button>
          <span role="status" class="copied">
            {copied === true ? t('cardCopied') : copied === false ? t('cardCopyFailed') : ''}
          </span>
        </p>
      )}
    </div>
  );
}

function NoteEditor({ target, note, t, save }: { target: NoteTarget; note?: string; t: Translate; save: (target: NoteTarget, text: string) => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note ?? '');
  const [error, setError] = useState('');
  if (!editing) {
    return (
      <p class="actions">
        <button type="button" class="copy" onClick={() => setEditing(true)}>
          {t(note ? 'noteEdit' : 'noteAdd')}
        </button>
      </p>
    );
  }
  const id = `ml-note-${target.type}-${target.id}`;
  return (
    <form
      class="note-form"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await save(target, text);
          setEditing(false);
        } catch (err) {
          setError((err as Error).message);
        }
      }}
    >
      <label for={id}>{t('noteLabel')}</label>
      <textarea id={id} class="note-text" value={text} maxLength={2000} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="note-actions">
        <button type="submit" class="copy">
          {t('noteSave')}
        </button>
        <button type="button" class="copy" onClick={() => setEditing(false)}>
          {t('noteCancel')}
        </button>
      </div>
      {error && <p role="alert">{t('errorPrefix', error)}</p>}
    </form>
  );
}
