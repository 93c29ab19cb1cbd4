/**
 * Background service worker: owns the fact-base database (extension origin) and answers the
 * other parts' messages. All logic lives in lib/; this file only wires it to the browser.
 */
import { loadBundledPacks } from '../lib/factbase/bundled';
import { FactBaseService } from '../lib/factbase/service';
import { handleMessage } from '../lib/messages';

export default defineBackground(() => {
  const service = new FactBaseService(loadBundledPacks);
  const handlers = service.handlers();

  browser.runtime.onInstalled.addListener(() => {
    // The service installs or updates the bundled packs when it starts; on install and on
    // update we only make sure that has happened before the first page asks.
    void service.ready;
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, handlers, sender).then(sendResponse);
    return true; // answer asynchronously
  });
});
