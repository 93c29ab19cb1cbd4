/**
 * `npm run setup`, the first step of `npm test`: makes sure the browsers the e2e tests drive are
 * here (Chromium and Firefox ESR, system packages: the project never downloads a browser). When
 * one is missing it installs Debian's package if it may (root, or sudo without a password) and
 * otherwise prints the one command to run and stops the test run (exit code 1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findFirefox } from './browser';
import { setupPlan, type BrowserNeed } from './setup-plan';

function needs(): BrowserNeed[] {
  return [
    { pkg: 'chromium', found: !!findChromium(), envVar: 'CHROME_PATH', envSet: !!process.env.CHROME_PATH },
    { pkg: 'firefox-esr', found: !!findFirefox(), envVar: 'FIREFOX_PATH', envSet: !!process.env.FIREFOX_PATH },
  ];
}

const hasApt = ['/usr/bin/apt-get', '/bin/apt-get'].some((p) => existsSync(p));
const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && hasApt && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;

const plan = setupPlan(needs(), { hasApt, isRoot, canSudo });
if (plan.kind === 'stop') {
  console.error(`setup: ${plan.message}`);
  process.exit(1);
}
if (plan.kind === 'install') {
  for (const cmd of plan.commands) {
    console.log(`setup: ${cmd.join(' ')}`);
    const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      console.error(`setup: "${cmd.join(' ')}" failed (exit ${r.status ?? r.signal}).`);
      process.exit(1);
    }
  }
  const still = needs().filter((n) => !n.found);
  if (still.length) {
    console.error(`setup: ${still.map((n) => n.pkg).join(' and ')} still not found after installing.`);
    process.exit(1);
  }
}
console.log(`setup: browsers ready (Chromium ${findChromium()}, Firefox ${findFirefox()})`);
