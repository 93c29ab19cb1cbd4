import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PackSummary } from '../../components/PackSummary';
import type { StatusReport } from '../../lib/factbase/service';
import { resolveUiLang, translator } from '../../lib/i18n';
import { unwrap, type Response } from '../../lib/reply';

const lang = resolveUiLang('auto', navigator.language);
const t = translator(lang);
document.documentElement.lang = lang;

function Popup() {
  const [status, setStatus] = useState<StatusReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (browser.runtime.sendMessage({ type: 'getStatus' }) as Promise<Response<StatusReport>>)
      .then((res) => setStatus(unwrap(res)))
      .catch((err: Error) => setError(err.message));
  }, []);

  const annotate = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
      window.close();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <>
      <h1>{t('popupTitle')}</h1>
      <section aria-labelledby="fb">
        <h2 id="fb">{t('popupFactBase')}</h2>
        {status && <PackSummary status={status} lang={lang} t={t} />}
        {error && <p role="alert">{t('errorPrefix', error)}</p>}
      </section>
      <p>
        <button type="button" onClick={annotate}>
          {t('popupAnnotate')}
        </button>
      </p>
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popupOptions')}
        </a>
      </p>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
