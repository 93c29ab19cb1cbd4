/**
 * Finding the browsers the tests run the extension in, and the flags Chromium needs here: system
 * browsers only (CHROME_PATH, Debian's /usr/bin/chromium, or Google Chrome; FIREFOX_PATH or
 * Debian's firefox-esr), because this project never downloads a browser of its own.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function requireChromium(): string {
  const found = findChromium();
  if (found) return found;
  throw new Error(
    process.env.CHROME_PATH
      ? `CHROME_PATH is set to "${process.env.CHROME_PATH}", but no browser is there.`
      : 'No Chromium or Chrome found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH to its executable.',
  );
}

/** The unpacked test build of the extension (npm run build:test). */
export const TEST_BUILD_DIR = resolve('.output/chrome-mv3-test');

/** Flags for loading the unpacked extension, and for a machine without outside network. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}
