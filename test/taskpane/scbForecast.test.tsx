/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clearScbCache } from '../../src/data/scb/client';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { localFetch } from '../support/localFetch';
import { builtMonthly, MONTHS_2026, population2025, SODERTORN_REGIONS } from '../support/scbMonthly';
import { ScbTestServer } from '../support/scbServer';

/*
 * November with SCB chosen: the forecast for 2027 stands on SCB's preliminary monthly folkmängd
 * (TAB6471). The local SCB server answers; its kommun-level monthly figures are BUILT in the shape of
 * SCB's (test/support/scbMonthly.ts): 31 December 2025 plus 11 people a month for every member.
 */
// Jest's jsdom lacks structuredClone, which the built responses use on SCB's JSON: for JSON it is this.
(globalThis as { structuredClone?: unknown }).structuredClone ??= (value: unknown) => JSON.parse(JSON.stringify(value));

const NOVEMBER = () => new Date(2026, 10, 23, 9, 0);
const p2025 = population2025();
const built = builtMonthly(p2025);

const server = new ScbTestServer();
let baseUrl = '';
beforeAll(async () => {
  baseUrl = await server.start();
});
afterAll(() => server.stop());
beforeEach(() => clearScbCache());

const toLocal = localFetch(() => baseUrl).fetch;

it('November, SCB: the 2027 forecast stands on the monthly figure of 30 September 2026, and says so', async () => {
  server.reset('ok');
  server.monthly = { regions: SODERTORN_REGIONS, months: MONTHS_2026, population: built };
  const user = userEvent.setup();
  render(<App services={createServices({ now: NOVEMBER, fetch: toLocal })} displayLanguage="sv-SE" />);
  await user.click(screen.getByRole('radio', { name: 'SCB – hämta de senaste siffrorna' }));
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  const table = await screen.findByRole('table', { name: 'Folkmängd 30 september 2026' }, { timeout: 10_000 });
  // Botkyrka: 96 750 on 31 December 2025 + 9 × 11 = 96 849, +99 since the year-end.
  expect(within(table).getByRole('row', { name: /Botkyrka/ }).textContent).toContain('96\u00a0849');
  expect(within(table).getByRole('row', { name: /Botkyrka/ }).textContent).toContain('+99');
  const badge = document.querySelector('[data-fees-kind]')!;
  expect(badge.getAttribute('data-fees-kind')).toBe('forecast');
  expect(badge.textContent).toContain('folkmängd 30 september 2026');
  expect(screen.getByTestId('fee-total').textContent).toBe(
    `${((525_625 + 8 * 99) * 4).toLocaleString('sv-SE').replace(/\s/g, '\u00a0')}\u00a0kr`,
  );
  expect(server.dataRequests.some((u) => u.includes('TAB6471') && u.includes('2026M09'))).toBe(true);
  // The pane cites the table the figures came from, as the Prognos sheet does (issue 21: not TAB628).
  const source = screen.getByText(/^Källa: SCB:s statistikdatabas/);
  expect(source.textContent).toContain('TAB6471');
  expect(source.textContent).not.toContain('TAB628');
});
