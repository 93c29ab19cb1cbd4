import { useRef, useState } from 'preact/hooks';
import type { ConceptSwitch, ImportResult, PackSummary } from '../lib/factbase/user-packs';
import type { Lang } from '../lib/factbase/schema';
import type { Translate } from '../lib/view/i18n';
import { MAX_PACK_BYTES } from '../lib/factbase/limits';

interface Props {
  packs: PackSummary[];
  lang: Lang;
  t: Translate;
  importPack: (json: string) => Promise<ImportResult>;
  /** Resolves true once the change is made, false when it was refused (the error is shown elsewhere). */
  setEnabled: (id: string, enabled: boolean) => Promise<boolean>;
  remove: (id: string) => Promise<unknown>;
  exportPack: (id: string) => Promise<void>;
  listConcepts: (packId: string) => Promise<ConceptSwitch[]>;
  /** Resolves true once the change is made, false when it was refused. */
  setConceptEnabled: (packId: string, conceptId: string, enabled: boolean) => Promise<boolean>;
}

/** Installed fact packs: import, switch on/off, delete (user packs), export, and concepts on/off. */
export function PackManager({ packs, lang, t, importPack, setEnabled, remove, exportPack, listConcepts, setConceptEnabled }: Props) {
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // Refused from its size, before a byte is read: reading a huge file whole is what the limit prevents.
    if (file.size > MAX_PACK_BYTES) {
      setResult(null);
      setError(t('packsTooLarge', (file.size / (1024 * 1024)).toFixed(1)));
      input.value = '';
      return;
    }
    setBusy(true);
    setResult(null);
    setError('');
    try {
      setResult(await importPack(await file.text()));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <div class="pack-manager">
      <p>
        <label>
          {t('packsImport')}{' '}
          <input type="file" accept=".json,application/json" onChange={onFile} disabled={busy} />
        </label>
      </p>
      <div role="status" aria-live="polite" class="import-result">
        {busy && <p>…</p>}
        {result?.ok && <p class="ok">{t('packsImported', result.pack.title[lang], result.pack.counts.facts)}</p>}
        {result && !result.ok && (
          <div class="problems">
            <p>{t('packsProblems')}</p>
            <ul>
              {result.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path || '(pack)'}</code>: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {error && <p role="alert">{t('errorPrefix', error)}</p>}
      <ul class="packs-list">
        {packs.map((p) => (
          <PackRow key={p.id} pack={p} lang={lang} t={t} {...{ setEnabled, remove, exportPack, listConcepts, setConceptEnabled }} />
        ))}
      </ul>
    </div>
  );
}

function PackRow({
  pack,
  lang,
  t,
  setEnabled,
  remove,
  exportPack,
  listConcepts,
  setConceptEnabled,
}: { pack: PackSummary; lang: Lang; t: Translate } & Pick<Props, 'setEnabled' | 'remove' | 'exportPack' | 'listConcepts' | 'setConceptEnabled'>) {
  const [concepts, setConcepts] = useState<ConceptSwitch[] | null>(null);
  // A switch shows the reader's click at once and keeps showing it while the background saves it:
  // the pack list is re-read after every change, and a render from that before this row's own
  // state caught up would put a clicked box back for a moment. Put back for good only if refused.
  // (Only the latest click's save may hand the box back to the list: an earlier one finishing
  // after a second click would put the box back to what the list said before that click.)
  const [packEnabled, setPackEnabled] = useState<boolean | null>(null);
  const latestSwitch = useRef(0);
  const switchConcept = (id: string, enabled: boolean) =>
    setConcepts((cs) => cs && cs.map((x) => (x.id === id ? { ...x, enabled } : x)));
  const title = pack.title[lang];
  return (
    <li class="pack" data-pack={pack.id}>
      <p>
        <label>
          <input
            type="checkbox"
            checked={packEnabled ?? pack.enabled}
            onChange={async (e) => {
              const enabled = (e.currentTarget as HTMLInputElement).checked;
              const mine = ++latestSwitch.current;
              setPackEnabled(enabled);
              await setEnabled(pack.id, enabled);
              // Saved: the re-read list says so. Refused: the list still says what is in force.
              if (mine === latestSwitch.current) setPackEnabled(null);
            }}
          />{' '}
          <span class="sr-only">{t('packsEnabled', title)}</span>
          <strong aria-hidden="true">{title}</strong>
        </label>{' '}
        <span class="meta">
          {pack.version} · {t(pack.origin === 'bundled' ? 'packsBundled' : 'packsUser')} ·{' '}
          {t('packsCounts', pack.counts.facts, pack.counts.concepts, pack.counts.sources)}
        </span>
      </p>
      <p class="pack-actions">
        <button type="button" class="small secondary" onClick={() => exportPack(pack.id)}>
          {t('packsExport', title)}
        </button>
        {pack.deletable && (
          <button
            type="button"
            class="small secondary"
            onClick={() => {
              if (confirm(t('packsDeleteConfirm', title))) void remove(pack.id);
            }}
          >
            {t('packsDelete', title)}
          </button>
        )}
      </p>
      <details onToggle={async (e) => (e.currentTarget as HTMLDetailsElement).open && !concepts && setConcepts(await listConcepts(pack.id))}>
        <summary>{t('packsConcepts', pack.counts.concepts)}</summary>
        {concepts && (
          <ul class="concepts">
            {concepts.map((c) => (
              <li key={c.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={c.enabled}
                    onChange={async (e) => {
                      const enabled = (e.currentTarget as HTMLInputElement).checked;
                      switchConcept(c.id, enabled);
                      if (!(await setConceptEnabled(pack.id, c.id, enabled))) switchConcept(c.id, !enabled);
                    }}
                  />{' '}
                  {c.label[lang]}
                </label>
              </li>
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}
