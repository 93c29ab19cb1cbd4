/**
 * The card UI as a script of its own (card-ui.js), put into a page's frame by the background
 * when its content script first needs it (entrypoints/content/card-ui-contract.ts).
 */
import { registerCardUi } from './content/card-ui';

export default defineUnlistedScript(() => {
  registerCardUi();
});
