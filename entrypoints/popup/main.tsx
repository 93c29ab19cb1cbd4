/**
 * Toolbar popup: what is on this page (counts by verdict, the top annotations), the site's
 * on/off switch, and links to the list, the options and the class view. Opening the popup
 * grants activeTab, so a page that is not annotated yet is annotated once.
 */
import { useEffect, useState } from 'preact/hooks';
import { downloadText, ExportButtons } from '../../components/ExportButtons';
import { PackSummary } from '../../components/PackSummary';
import type { ExportFile } from '../../lib/export';
import { PageSummaryView } from '../../components/PageSummaryView';
import type { PageSummary } from '../../lib/view/page-summary';
import type { StatusReport } from '../../lib/factbase/status';
import { translator } from '../../lib/view/i18n';
import { askBackground, askPage, targetTab } from '../../lib/ext/page-link';
import { siteOrigin, sitePattern } from '../../lib/ext/sites';
import { injectContentScript } from '../../lib/ext/inject';
import { startPage } from '../../lib/ext/start-page';

const ask = askBackground;

async function summaryOf(tabId: number): Promise<PageSummary> {
  try {
    return await askPage<PageSummary>(tabId, { type: 'pageSummary' });
  } catch {
    // Not annotated yet: annotate once (activeTab), then ask again while it works.
    await injectContentScript(tabId);
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => setTimeout(r, 150));
      try {
        return await askPage<PageSummary>(tabId, { type: 'pageSummary' });
      } catch {
        /* still starting */
      }
    }
    throw new Error('The page did not answer.');
  }
}

function Popup({ lang }: { lang: 'nl' | 'en' }) {
  const t = translator(lang);
  const [status, setStatus] = useState<StatusReport | null>(null);
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [siteOn, setSiteOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const origin = siteOrigin(tab?.url);

  useEffect(() => {
    ask<StatusReport>({ type: 'getStatus' }).then(setStatus, (e: Error) => setError(e.message));
    targetTab().then(async (found) => {
      setTab(found);
      const o = siteOrigin(found?.url);
      if (!found || !o) return;
      ask<string[]>({ type: 'listSites' }).then((sites) => setSiteOn(sites.includes(o)), () => undefined);
      summaryOf(found.id).then(setSummary, (e: Error) => setError(e.message));
    }, (e: Error) => setError(e.message));
  }, []);

  const alwaysOn = async () => {
    if (!origin || !tab) return;
    try {
      // Must run in the click's user gesture: the browser asks the user here.
      const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
      if (!granted) return;
      const sites = await ask<string[]>({ type: 'enableSite', origin, tabId: tab.id });
      setSiteOn(sites.includes(origin));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const turnOff = async () => {
    if (!origin) return;
    try {
      const sites = await ask<string[]>({ type: 'disableSite', origin });
      setSiteOn(sites.includes(origin));
      setSummary(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const openAnnotation = async (index: number) => {
    if (!tab) return;
    await askPage(tab.id, { type: 'openAnnotation', index }).catch((e: Error) => setError(e.message));
  };
  const openClassView = async () => {
    // Chrome's side panel or Firefox's sidebar; both must open within the click.
    try {
      const api = browser as unknown as {
        sidePanel?: { open: (o: { tabId?: number; windowId?: number }) => Promise<void> };
        sidebarAction?: { open: () => Promise<void> };
      };
      if (api.sidePanel && tab) await api.sidePanel.open({ tabId: tab.id });
      else if (api.sidebarAction) await api.sidebarAction.open();
      window.close();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const openList = async () => {
    if (!tab) return;
    await askPage(tab.id, { type: 'openList' }).catch((e: Error) => setError(e.message));
  };

  return (
    <>
      <h1>{t('popupTitle')}</h1>
      <section aria-labelledby="page-h">
        <h2 id="page-h">{t('popupOnPage')}</h2>
        {!origin && tab && <p>{t('popupCannot')}</p>}
        {summary && <PageSummaryView summary={summary} t={t} onOpen={openAnnotation} />}
        {summary && (
          <p>
            <button type="button" class="secondary" onClick={openList}>
              {t('popupOpenList')}
            </button>
          </p>
        )}
        {summary && tab && (
          <ExportButtons
            t={t}
            make={(format, clipboard) => askPage<ExportFile>(tab.id, { type: 'exportPage', format, clipboard })}
            download={(file) => downloadText(file, document.body)}
            copy={(text) => navigator.clipboard.writeText(text).then(() => true, () => false)}
          />
        )}
      </section>
      {origin && (
        <section aria-labelledby="site-h">
          <h2 id="site-h">{origin.replace(/^https?:\/\//, '')}</h2>
          {siteOn ? (
            <p>
              <span role="status">{t('popupSiteOn', origin)}</span>{' '}
              <button type="button" class="secondary" onClick={turnOff}>
                {t('popupSiteOff')}
              </button>
            </p>
          ) : (
            <p>
              <button type="button" onClick={alwaysOn}>
                {t('popupAlwaysOn')}
              </button>
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="fb">
        <h2 id="fb">{t('popupFactBase')}</h2>
        {status && <PackSummary status={status} lang={lang} t={t} />}
      </section>
      {error && <p role="alert">{t('errorPrefix', error)}</p>}
      <nav class="links">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popupOptions')}
        </a>
        <button type="button" class="secondary" onClick={openClassView}>
          {t('popupClassView')}
        </button>
      </nav>
    </>
  );
}

void startPage((lang) => <Popup lang={lang} />, { title: 'popupTitle' });
