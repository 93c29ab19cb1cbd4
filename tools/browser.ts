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

/** A browser from its variable when that is set (and nowhere else then), else the first usual place that has one. */
function find(envVar: string, candidates: readonly string[]): string | null {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((p) => existsSync(p)) ?? null;
}

function requireFound(found: string | null, envVar: string, whenMissing: string): string {
  if (found) return found;
  throw new Error(process.env[envVar] ? `${envVar} is set to "${process.env[envVar]}", but no browser is there.` : whenMissing);
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const findChromium = (): string | null => find('CHROME_PATH', CANDIDATES);
export const findFirefox = (): string | null => find('FIREFOX_PATH', FIREFOX_CANDIDATES);

export const requireChromium = (): string =>
  requireFound(findChromium(), 'CHROME_PATH', 'No Chromium or Chrome found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH to its executable.');

export const requireFirefox = (): string =>
  requireFound(
    findFirefox(),
    'FIREFOX_PATH',
    "No Firefox found for the Firefox e2e tests. Install Debian's Firefox ESR (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox executable (140 or newer).",
  );

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
