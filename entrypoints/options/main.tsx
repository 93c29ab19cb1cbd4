import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PackSummary } from '../../components/PackSummary';
import type { StatusReport } from '../../lib/factbase/service';
import { resolveUiLang, translator } from '../../lib/i18n';
import { unwrap, type Response } from '../../lib/reply';

const lang = resolveUiLang('auto', navigator.language);
const t = translator(lang);
document.documentElement.lang = lang;
document.title = t('optionsTitle');

function Options() {
  const [status, setStatus] = useState<StatusReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (browser.runtime.sendMessage({ type: 'getStatus' }) as Promise<Response<StatusReport>>)
      .then((res) => setStatus(unwrap(res)))
      .catch((err: Error) => setError(err.message));
  }, []);
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="about">
        <h2 id="about">{t('optionsAbout')}</h2>
        {status && <PackSummary status={status} lang={lang} t={t} />}
        {error && <p role="alert">{t('errorPrefix', error)}</p>}
      </section>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
