/**
 * Options: enabled sites, what to show, UI language, highlight style, and about the fact
 * base. Every change is saved at once through the background, which validates it.
 */
import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../../components/ExportButtons';
import { OrphanedNotes } from '../../components/OrphanedNotes';
import { PackManager } from '../../components/PackManager';
import { PackSummary } from '../../components/PackSummary';
import type { ConceptSwitch, ImportResult, PackSummary as PackSummaryRow } from '../../lib/factbase/user-packs';
import type { StatusReport } from '../../lib/factbase/status';
import { resolveUiLang, translator } from '../../lib/view/i18n';
import { askBackground as ask } from '../../lib/ext/page-link';
import type { Settings } from '../../lib/ext/settings';
import { startPage } from '../../lib/ext/start-page';
import type { Note } from '../../lib/factbase/schema';

function Options({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState<Settings>(initial);
  const [status, setStatus] = useState<StatusReport | null>(null);
  const [sites, setSites] = useState<string[] | null>(null);
  const [packs, setPacks] = useState<PackSummaryRow[] | null>(null);
  const [orphans, setOrphans] = useState<Note[]>([]);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lang = resolveUiLang(settings.uiLang, navigator.language);
  const t = translator(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optionsTitle');
  }, [lang]);
  const refreshPacks = async () => {
    setPacks(await ask<PackSummaryRow[]>({ type: 'listPacks' }));
    setStatus(await ask<StatusReport>({ type: 'getStatus' }));
    setOrphans(await ask<Note[]>({ type: 'getOrphanedNotes' }));
  };
  /**
   * Run a pack change, then show the new state; errors are shown, never swallowed. Says whether
   * the change was made, so a control that showed it at once can put itself back.
   */
  const act = async (p: Promise<unknown>): Promise<boolean> => {
    try {
      await p;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
    await refreshPacks().catch((e: Error) => setError(e.message));
    return true;
  };
  useEffect(() => {
    ask<PackSummaryRow[]>({ type: 'listPacks' }).then(setPacks, (e: Error) => setError(e.message));
    ask<StatusReport>({ type: 'getStatus' }).then(setStatus, (e: Error) => setError(e.message));
    ask<string[]>({ type: 'listSites' }).then(setSites, (e: Error) => setError(e.message));
    ask<Note[]>({ type: 'getOrphanedNotes' }).then(setOrphans, (e: Error) => setError(e.message));
  }, []);

  const save = async (patch: Partial<Settings>) => {
    // Shown at once: the controls are bound to `settings`, and a render before the background
    // answers (a pack list arriving) would otherwise put a clicked box back as it was.
    const before = settings;
    setSettings((s) => ({ ...s, ...patch }));
    try {
      const next = await ask<Settings>({ type: 'setSettings', settings: patch });
      setSettings(next);
      setSaved(translator(resolveUiLang(next.uiLang, navigator.language))('optionsSaved'));
    } catch (e) {
      // Not saved: the controls show what is in force again.
      const undo = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof Settings]]));
      setSettings((s) => ({ ...s, ...undo }));
      setError((e as Error).message);
    }
  };
  const removeSite = async (origin: string) => {
    try {
      setSites(await ask<string[]>({ type: 'disableSite', origin }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const check = (key: 'showTerms' | 'showFigures' | 'verdictStyles', label: string) => (
    <label>
      <input type="checkbox" checked={settings[key]} onChange={(e) => save({ [key]: (e.currentTarget as HTMLInputElement).checked })} /> {label}
    </label>
  );

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p class="saved" role="status" aria-live="polite">
        {saved}
      </p>
      {error && <p role="alert">{t('errorPrefix', error)}</p>}

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('optionsSites')}</h2>
        {sites && sites.length === 0 && <p>{t('optionsNoSites')}</p>}
        {sites && sites.length > 0 && (
          <ul class="sites">
            {sites.map((origin) => (
              <li key={origin}>
                {origin}{' '}
                <button type="button" class="secondary" onClick={() => removeSite(origin)} aria-label={t('optionsRemove', origin)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="show-h">
        <h2 id="show-h">{t('optionsShow')}</h2>
        <fieldset>
          <legend>{t('optionsShow')}</legend>
          {check('showTerms', t('optionsShowTerms'))}
          {check('showFigures', t('optionsShowFigures'))}
          {check('verdictStyles', t('optionsVerdictStyles'))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsHighlightStyle')}</legend>
          {(['tint', 'underline'] as const).map((style) => (
            <label key={style}>
              <input type="radio" name="style" checked={settings.highlightStyle === style} onChange={() => save({ highlightStyle: style })} />{' '}
              {t(style === 'tint' ? 'optionsStyleTint' : 'optionsStyleUnderline')}
            </label>
          ))}
        </fieldset>
        <label>
          {t('optionsLanguage')}{' '}
          <select value={settings.uiLang} onChange={(e) => save({ uiLang: (e.currentTarget as HTMLSelectElement).value as Settings['uiLang'] })}>
            <option value="auto">{t('optionsLangAuto')}</option>
            <option value="nl">{t('langNl')}</option>
            <option value="en">{t('langEn')}</option>
          </select>
        </label>
      </section>

      <section aria-labelledby="packs-h">
        <h2 id="packs-h">{t('packsTitle')}</h2>
        {packs && (
          <PackManager
            packs={packs}
            lang={lang}
            t={t}
            importPack={async (json) => {
              const result = await ask<ImportResult>({ type: 'importPack', json });
              if (result.ok) await refreshPacks();
              return result;
            }}
            setEnabled={(id, enabled) => act(ask({ type: 'setPackEnabled', id, enabled }))}
            remove={(id) => act(ask({ type: 'deletePack', id }))}
            exportPack={async (id) => {
              try {
                const json = await ask<string>({ type: 'exportPack', id });
                downloadText({ filename: `${id}.json`, mimeType: 'application/json', text: json }, document.body);
              } catch (e) {
                setError((e as Error).message);
              }
            }}
            listConcepts={(packId) => ask<ConceptSwitch[]>({ type: 'listConcepts', packId })}
            setConceptEnabled={(packId, conceptId, enabled) => act(ask({ type: 'setConceptEnabled', packId, conceptId, enabled }))}
          />
        )}
      </section>

      {orphans.length > 0 && (
        <section aria-labelledby="orphans-h">
          <h2 id="orphans-h">{t('orphanedTitle')}</h2>
          <OrphanedNotes notes={orphans} lang={lang} t={t} remove={(target) => act(ask({ type: 'setNote', target, text: '' }))} />
        </section>
      )}

      <section aria-labelledby="about-h">
        <h2 id="about-h">{t('optionsAbout')}</h2>
        {status && <PackSummary status={status} lang={lang} t={t} />}
      </section>
    </>
  );
}

// The options edit the settings: without them there is nothing to show but the error.
void startPage((_lang, settings) => <Options initial={settings!} />, { requireSettings: true });
