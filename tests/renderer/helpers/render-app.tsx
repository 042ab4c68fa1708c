import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/app/App.js';
import type { FakeService } from './fake-api.js';

/** Renders the whole app over a fake service, as a user would start it. */
export function renderApp(fake: FakeService) {
  const user = userEvent.setup();
  const view = render(<App connection={{ api: fake.api, host: fake.host }} />);
  return { user, ...view };
}

/** From the start screen into the sample review, waiting until its document and checklist are shown. */
export async function openSampleReview(fake: FakeService) {
  const rendered = renderApp(fake);
  const row = await screen.findByRole('row', { name: new RegExp(fake.checklist.seriesName) });
  await rendered.user.click(within(row).getByRole('button', { name: /^Öppna/ }));
  await screen.findByRole('region', { name: 'Checklista' });
  await screen.findByRole('region', { name: 'Dokumentet' });
  return rendered;
}
