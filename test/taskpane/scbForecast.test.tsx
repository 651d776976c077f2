/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clearScbCache } from '../../src/data/scb/client';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { localFetch } from '../support/localFetch';
import { Region, SHARED_LAN } from '../support/scbMonthly';
import { ScbTestServer } from '../support/scbServer';
import { sharedPopulation } from '../support/sharedData';

/*
 * November with SCB chosen: the forecast for 2027 stands on SCB's preliminary monthly folkmängd
 * (TAB6471). The local SCB server answers; its kommun-level monthly figures are BUILT in the shape of
 * SCB's (test/support/scbMonthly.ts): 31 December 2025 plus 11 people a month for every member.
 */
// Jest's jsdom lacks structuredClone, which the built responses use on SCB's JSON: for JSON it is this.
(globalThis as { structuredClone?: unknown }).structuredClone ??= (value: unknown) => JSON.parse(JSON.stringify(value));

const NOVEMBER = () => new Date(2026, 10, 23, 9, 0);
const KOMMUNER: Region[] = [
  ...SHARED_LAN.slice(0, 1),
  ...SODERTORN_MEMBERS.map((m) => ({ code: m.code, label: m.name })),
];
const p2025 = new Map(
  sharedPopulation()
    .filter((f) => f.year === 2025)
    .map((f) => [f.code, f.population]),
);
const built = (code: string, month: string) =>
  p2025.has(code) ? p2025.get(code)! + 11 * Number(month.slice(5)) : 2_500_000;
const MONTHS = ['2026M01', '2026M02', '2026M03', '2026M04', '2026M05', '2026M06', '2026M07', '2026M08', '2026M09'];

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
  server.monthly = { regions: KOMMUNER, months: MONTHS, population: built };
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
