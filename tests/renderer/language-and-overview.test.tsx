// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService } from './helpers/fake-api.js';
import { openSampleReview, renderApp } from './helpers/render-app.js';

afterEach(cleanup);

describe('the language switch', () => {
  it('turns the whole interface into English, stores the choice and says so', async () => {
    const fake = createFakeService();
    const { user } = renderApp(fake);
    const menu = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(within(menu).getAllByRole('button').map((b) => b.textContent)).toEqual(['Granskningar', 'Importera dokument', 'Regelkatalog', 'Inställningar', 'Kontrollera underskrift']);
    expect(document.documentElement.lang).toBe('sv');

    await user.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(english).getAllByRole('button').map((b) => b.textContent)).toEqual(['Reviews', 'Import document', 'Rule catalogue', 'Settings', 'Verify a signature']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Reviews');
    expect(document.documentElement.lang).toBe('en');
    expect(fake.callsOf('updateSettings')).toEqual([{ language: 'en' }]);
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await screen.findByText('The language is now English.');
    // Each language's name is written in that language.
    expect(screen.getByRole('button', { name: 'Svenska' }).getAttribute('lang')).toBe('sv');
  });

  it('shows the service’s texts (principles, item titles) in the chosen language', async () => {
    const fake = createFakeService({ settings: { language: 'en' } });
    const { user } = renderApp(fake);
    const row = await screen.findByRole('row', { name: /Städerska/ });
    await user.click(within(row).getByRole('button', { name: /^Open/ }));
    const checklist = await screen.findByRole('region', { name: 'Checklist' });
    expect(within(checklist).getByRole('heading', { level: 3, name: /Respect for equal value, freedom and dignity/ })).toBeTruthy();
    expect(within(checklist).getByRole('button', { name: /EN Kön: könsbunden yrkestitel/ })).toBeTruthy();
    expect(within(checklist).getByText('0 of 5 items decided')).toBeTruthy();
    await user.click(within(checklist).getByRole('button', { name: /EN Funktionsnedsättning/ }));
    expect(within(checklist).getByText('paragraph 3')).toBeTruthy();
    expect(within(checklist).getByRole('radio', { name: /Not applicable/ })).toBeTruthy();
  });
});

describe('the value-base overview', () => {
  it('draws coverage per principle and gives the same figures as a table for screen readers', async () => {
    const fake = createFakeService();
    const { user } = await openSampleReview(fake);
    await user.click(screen.getByRole('tab', { name: 'Översikt' }));
    const figure = await screen.findByRole('figure', { name: 'Värdeord per princip' });
    // The drawing itself is hidden from assistive technology; the table is its text alternative.
    expect(figure.querySelector('.bars')?.getAttribute('aria-hidden')).toBe('true');
    const table = within(figure).getByRole('table', { name: 'Värdeord per princip (tabell)' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Demokrati', '0', 'Inga värdeord'],
      ['Legalitet', '0', 'Inga värdeord'],
      ['Objektivitet', '1', 'saklighet'],
      ['Fri åsiktsbildning', '0', 'Inga värdeord'],
      ['Respekt för lika värde, frihet och värdighet', '0', 'Inga värdeord'],
      ['Effektivitet och service', '3', 'kunskap (2), samarbete'],
    ]);
    // Bars are drawn in proportion to the largest count.
    const fills = [...figure.querySelectorAll('.bar-fill')].map((rect) => rect.getAttribute('width'));
    expect(fills).toEqual([`${(1 / 3) * 100}%`, '100%']);
    expect(screen.getByText('38,2')).toBeTruthy();
    expect(screen.getByText('lättläst')).toBeTruthy();
  });
});
