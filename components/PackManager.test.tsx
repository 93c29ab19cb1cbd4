// @vitest-environment happy-dom
// A real DOM with form state: a checkbox's `checked` is what this file is about.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConceptSwitch, PackSummary } from '../lib/factbase/user-packs';
import { translator } from '../lib/view/i18n';
import { PackManager } from './PackManager';

/** A promise the test settles by hand: the background's answer, held back. */
function held<T>() {
  let settle!: (v: T) => void;
  const promise = new Promise<T>((r) => (settle = r));
  return { promise, settle };
}

const pack: PackSummary = {
  id: 'p',
  title: { nl: 'Begrippen', en: 'Terms' },
  version: '1',
  origin: 'bundled',
  enabled: true,
  deletable: false,
  counts: { facts: 1, concepts: 1, sources: 1 },
} as PackSummary;
const concept: ConceptSwitch = { id: 'c', label: { nl: 'Vertrekplicht', en: 'Obligation to leave' }, enabled: true } as ConceptSwitch;

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  root = document.body.appendChild(document.createElement('div'));
});

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

function show(packs: PackSummary[], calls: Partial<Parameters<typeof PackManager>[0]>) {
  render(
    <PackManager
      packs={packs}
      lang="nl"
      t={translator('nl')}
      importPack={async () => ({ ok: false, problems: [] }) as never}
      setEnabled={async () => true}
      remove={async () => true}
      exportPack={async () => {}}
      listConcepts={async () => [concept]}
      setConceptEnabled={async () => true}
      {...calls}
    />,
    root,
  );
}

const click = (box: HTMLInputElement) => box.click();

async function openConcepts() {
  const details = root.querySelector('details') as HTMLDetailsElement;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await flush();
  return root.querySelector('.concepts input[type=checkbox]') as HTMLInputElement;
}

describe('PackManager switches', () => {
  it('a concept switched off stays off while the background saves it, even when the pack list is re-read meanwhile', async () => {
    const answer = held<boolean>();
    const calls = { setConceptEnabled: () => answer.promise };
    await act(() => show([pack], calls));
    const box = await openConcepts();
    expect(box.checked).toBe(true);
    await act(() => click(box));
    // The options page re-reads the pack list after a change: a new render before the answer.
    await act(() => show([{ ...pack }], calls));
    expect(box.checked).toBe(false);
    answer.settle(true);
    await flush();
    expect(box.checked).toBe(false);
  });

  it('a concept switch the background refuses goes back to what is in force', async () => {
    await act(() => show([pack], { setConceptEnabled: async () => false }));
    const box = await openConcepts();
    await act(() => click(box));
    await flush();
    expect(box.checked).toBe(true);
  });

  it('a pack switched off stays off until the re-read list says so, and comes back on if refused', async () => {
    const answer = held<boolean>();
    const calls = { setEnabled: () => answer.promise };
    await act(() => show([pack], calls));
    const box = root.querySelector('.pack > p input[type=checkbox]') as HTMLInputElement;
    await act(() => click(box));
    await act(() => show([{ ...pack }], calls));
    expect(box.checked).toBe(false);
    answer.settle(false);
    await flush();
    expect(box.checked).toBe(true);
  });

  it('switched off and on again quickly, a pack stays on when the first save finishes after the second click', async () => {
    const answers = [held<boolean>(), held<boolean>()];
    let n = 0;
    // The list the page re-reads still says off when the first save comes back.
    const calls = { setEnabled: () => answers[n++].promise };
    await act(() => show([pack], calls));
    const box = root.querySelector('.pack > p input[type=checkbox]') as HTMLInputElement;
    await act(() => click(box));
    await act(() => click(box));
    expect(box.checked).toBe(true);
    await act(() => show([{ ...pack, enabled: false }], calls));
    answers[0].settle(true);
    await flush();
    expect(box.checked).toBe(true);
    answers[1].settle(true);
    await act(() => show([{ ...pack, enabled: true }], calls));
    await flush();
    expect(box.checked).toBe(true);
  });
});
