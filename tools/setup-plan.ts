/**
 * What `npm test` must do before any test starts so that the browser tests can run: nothing,
 * install Debian's browser packages, or stop with the one command a person has to run. Pure, so
 * the choice is unit-tested; tools/setup.ts looks at the machine and carries the plan out.
 */

export interface BrowserNeed {
  /** Debian's package that provides it. */
  pkg: 'chromium' | 'firefox-esr';
  /** Found on this machine (its own variable, a Debian path, or a usual install place). */
  found: boolean;
  /** The variable a person can point at another install, and whether it is set. */
  envVar: 'CHROME_PATH' | 'FIREFOX_PATH';
  envSet: boolean;
}

export interface Machine {
  /** apt-get is there (a Debian or Ubuntu machine). */
  hasApt: boolean;
  /** Running as root. */
  isRoot: boolean;
  /** sudo works without a password (sudo -n true succeeded). */
  canSudo: boolean;
}

export type SetupPlan =
  | { kind: 'ready' }
  | { kind: 'install'; commands: string[][] }
  | { kind: 'stop'; message: string };

export function setupPlan(needs: readonly BrowserNeed[], machine: Machine): SetupPlan {
  const missing = needs.filter((n) => !n.found);
  if (missing.length === 0) return { kind: 'ready' };
  // A variable that points nowhere is a mistake to fix, not a package to install.
  const wrongVar = missing.find((n) => n.envSet);
  if (wrongVar) return { kind: 'stop', message: `${wrongVar.envVar} is set, but no browser is there. Point it at the browser's executable or unset it.` };
  const pkgs = missing.map((n) => n.pkg);
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...pkgs];
  if (!machine.hasApt) {
    return {
      kind: 'stop',
      message: `The browser tests need ${pkgs.join(' and ')}. Install ${missing.length > 1 ? 'them' : 'it'} with your system's package manager, or set ${missing.map((n) => n.envVar).join(' / ')} to an installed browser.`,
    };
  }
  if (machine.isRoot) return { kind: 'install', commands: [['apt-get', 'update'], install] };
  if (machine.canSudo) return { kind: 'install', commands: [['sudo', '-n', 'apt-get', 'update'], ['sudo', '-n', ...install]] };
  return {
    kind: 'stop',
    message: `The browser tests need ${pkgs.join(' and ')}. Run this once, then npm test again:\n  sudo apt-get update && sudo ${install.join(' ')}`,
  };
}
