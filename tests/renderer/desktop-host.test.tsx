// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckRequest } from '../../core/service/contract.js';
import type { PickedFile } from '../../renderer/src/api/api-types.js';
import { App } from '../../renderer/src/app/App.js';
import { createFakeService } from './helpers/fake-api.js';
import { sampleDocument, sampleReviewDocument } from './helpers/sample-review.js';

afterEach(cleanup);

/** A desktop host whose native menu and "open with" the test drives, as the Electron main process would. */
function desktop() {
  const fake = createFakeService();
  let menu: ((command: string) => void) | undefined;
  let opened: ((file: PickedFile) => void) | undefined;
  const host = {
    ...fake.host,
    kind: 'desktop' as const,
    onMenuCommand: (listener: (command: string) => void) => ((menu = listener), () => (menu = undefined)),
    onOpenFile: (listener: (file: PickedFile) => void) => ((opened = listener), () => (opened = undefined)),
  };
  render(<App connection={{ api: fake.api, host }} />);
  return { fake, menu: (command: string) => act(() => menu?.(command)), open: (file: PickedFile) => act(() => opened?.(file)) };
}

describe('the desktop host', () => {
  it('opens the export tab of the review on screen when the menu says "export"', async () => {
    const { menu } = desktop();
    const user = userEvent.setup();
    await menu('export');
    expect(await screen.findByText('Öppna en granskning för att exportera dess checklista.')).toBeTruthy();
    const row = await screen.findByRole('row', { name: /Städerska/ });
    await user.click(within(row).getByRole('button', { name: /^Öppna/ }));
    await screen.findByRole('tab', { name: 'Granska', selected: true });
    await menu('export');
    expect(screen.getByRole('tab', { name: 'Exportera', selected: true })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Exportera checklistan' })).toBeTruthy();
    expect(screen.getByText('Du väljer var filen sparas.')).toBeTruthy();
  });

  it('reads a document opened with the app ("open with") at once', async () => {
    const { fake, open } = desktop();
    const { document, check } = sampleReviewDocument(fake.checklist, sampleDocument());
    fake.handlers.checkDocument = async () => ({ document, result: check });
    await screen.findByRole('heading', { level: 1, name: 'Granskningar' });
    await open({ fileName: 'policy.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    await screen.findByRole('button', { name: 'Starta granskningen' });
    expect((fake.callsOf('checkDocument')[0] as CheckRequest).source).toEqual({ kind: 'bytes', bytes: new Uint8Array([37, 80, 68, 70]), fileName: 'policy.pdf' });
  });
});
