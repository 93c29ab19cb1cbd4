import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { setupPlan, type BrowserNeed, type Machine } from './setup-plan';

const chromium = (found: boolean, envSet = false): BrowserNeed => ({ pkg: 'chromium', found, envVar: 'CHROME_PATH', envSet });
const firefox = (found: boolean, envSet = false): BrowserNeed => ({ pkg: 'firefox-esr', found, envVar: 'FIREFOX_PATH', envSet });
const debian = (over: Partial<Machine> = {}): Machine => ({ hasApt: true, isRoot: false, canSudo: false, ...over });

describe('what npm test does before the tests, by what the machine has', () => {
  it('does nothing when both browsers are there', () => {
    expect(setupPlan([chromium(true), firefox(true)], debian())).toEqual({ kind: 'ready' });
  });

  it('installs only the missing package with apt-get as root', () => {
    expect(setupPlan([chromium(true), firefox(false)], debian({ isRoot: true }))).toEqual({
      kind: 'install',
      commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', '--no-install-recommends', 'firefox-esr']],
    });
  });

  it('installs both through sudo when sudo needs no password', () => {
    const plan = setupPlan([chromium(false), firefox(false)], debian({ canSudo: true }));
    expect(plan).toEqual({
      kind: 'install',
      commands: [['sudo', '-n', 'apt-get', 'update'], ['sudo', '-n', 'apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'firefox-esr']],
    });
  });

  it('stops with the one command to run when it may not install', () => {
    const plan = setupPlan([chromium(false), firefox(true)], debian());
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium');
  });

  it('stops without installing when a browser variable points nowhere', () => {
    const plan = setupPlan([chromium(false, true), firefox(true)], debian({ isRoot: true }));
    expect(plan).toMatchObject({ kind: 'stop' });
    expect(plan.kind === 'stop' && plan.message).toContain('CHROME_PATH is set');
  });

  it('names the packages and variables on a machine without apt-get', () => {
    const plan = setupPlan([chromium(false), firefox(false)], { hasApt: false, isRoot: true, canSudo: false });
    expect(plan.kind === 'stop' && plan.message).toMatch(/chromium and firefox-esr.*CHROME_PATH \/ FIREFOX_PATH/);
  });
});

describe('npm run setup as a person runs it', () => {
  it('stops the test run with the reason when a browser variable points nowhere', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/setup.ts'], {
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CHROME_PATH is set, but no browser is there');
  });
});
