/**
 * Class view (Chrome side panel, Firefox sidebar): the current page's annotations grouped
 * by the six pillars, in large type, with a reveal mode for teaching, a highlight-all
 * switch for the page, and a printable context sheet.
 */
import { useEffect, useState } from 'preact/hooks';
import { ClassView } from '../../components/ClassView';
import { groupByPillar, type PageCards } from '../../lib/view/class-view';
import { askPage, targetTab } from '../../lib/ext/page-link';
import { startPage } from '../../lib/ext/start-page';
import { translator } from '../../lib/view/i18n';

function ClassPanel({ lang }: { lang: 'nl' | 'en' }) {
  const t = translator(lang);
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageCards | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const [emphasis, setEmphasis] = useState(false);

  const load = async () => {
    setError(null);
    const tab = await targetTab();
    if (!tab) return;
    setTabId(tab.id);
    try {
      setPage(await askPage<PageCards>(tab.id, { type: 'pageCards' }));
    } catch {
      setPage(null);
      setError(t('classNoPage'));
    }
  };
  useEffect(() => {
    void load();
    // Follow the reader to another tab or page.
    const onActivated = () => void load();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  const toggleEmphasis = async (on: boolean) => {
    setEmphasis(on);
    if (tabId !== null) await askPage(tabId, { type: 'setEmphasis', on }).catch((e: Error) => setError(e.message));
  };
  const openSheet = () => {
    if (tabId !== null) void browser.tabs.create({ url: browser.runtime.getURL(`/sheet.html?tab=${tabId}`) });
  };

  return (
    <>
      <h1>{t('classTitle')}</h1>
      {page && (
        <p class="article">
          <strong>{page.title}</strong>
        </p>
      )}
      <div class="controls">
        <label>
          <input type="checkbox" checked={reveal} onChange={(e) => setReveal((e.currentTarget as HTMLInputElement).checked)} /> {t('classRevealMode')}
        </label>
        <label>
          <input type="checkbox" checked={emphasis} disabled={!page} onChange={(e) => toggleEmphasis((e.currentTarget as HTMLInputElement).checked)} />{' '}
          {t('classHighlightAll')}
        </label>
        <p>
          <button type="button" onClick={openSheet} disabled={!page}>
            {t('classPrint')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => void load()}>
            {t('classRefresh')}
          </button>
        </p>
      </div>
      {error && <p role="status">{error}</p>}
      {page && (
        <ClassView
          key={String(reveal)}
          groups={groupByPillar(page, t('classOther'))}
          t={t}
          reveal={reveal}
          onOpen={(i) => tabId !== null && void askPage(tabId, { type: 'openAnnotation', index: i })}
        />
      )}
    </>
  );
}

void startPage((lang) => <ClassPanel lang={lang} />, { title: 'classTitle' });
