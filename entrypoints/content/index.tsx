/**
 * Content script: collects the page's text, has the background recognise it, paints what
 * comes back, and shows cards (their code loaded on first use) on hover and keyboard focus. Registered at runtime for sites the user
 * opted in (and injected once by the toolbar button); the test build declares it for
 * 127.0.0.1 and localhost.
 */
import { startContentScript } from './controller';
import { claimPage } from '../../lib/ext/running-flag';

export default defineContentScript({
  registration: 'runtime',
  // WXT would announce every start to the page with window.postMessage, naming the
  // extension's id, which the page could replay to shut the script down.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The toolbar button may inject the script into a page where it already runs.
    if (!claimPage(() => !!browser.runtime?.id)) return;
    void startContentScript(ctx);
  },
});
