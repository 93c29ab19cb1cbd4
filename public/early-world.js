// Migration Lens: an empty content script that runs at document_start, before the page has
// any element. It makes the browser set up the extension's isolated world (and its `chrome` /
// `browser` API objects) while nothing on the page can shadow those names: set up later, on a
// page holding <iframe name="browser"> or <iframe name="chrome">, Chromium 156 left the world
// without its API or crashed the tab. The real content script runs later in the same world.
void 0;
