/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { createRealExcel, RealExcel } from '../excel/realExcel';
import { localFetch } from '../support/localFetch';
import { scbServerForSuite } from '../support/scbServer';

/*
 * "Samma SCB-fråga som bladet Befolkning", the whole flow as the officer clicks it: the pane in Excel
 * (Microsoft's real Excel library answered by the model) asks the local SCB server again exactly what
 * the Befolkning sheet says it asked, and an SCB revision then shows before anything is written. What
 * a workbook must not make it do is tested through the pane's hooks (hooks/scbAgain.test.ts).
 */
// After SCB has published 31 December 2025 (end of February): the decided fees for 2026.
const NOW = () => new Date('2026-03-02T09:30:00Z');

const { server, baseUrl } = scbServerForSuite();

function paneInExcel(excel: RealExcel = createRealExcel(), now = NOW) {
  const net = localFetch(baseUrl);
  const view = render(
    <App services={createServices({ now, excel: excel.Excel, fetch: net.fetch })} displayLanguage="sv-SE" />,
  );
  return { user: userEvent.setup(), excel, net, view };
}

type Pane = ReturnType<typeof paneInExcel>;

async function fetchFrom({ user }: Pane, radio: string | RegExp) {
  await user.click(screen.getByRole('radio', { name: radio }));
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
}

async function written(pane: Pane, radio: string | RegExp, source: RegExp) {
  await fetchFrom(pane, radio);
  await screen.findByText(source, undefined, { timeout: 10_000 });
  await pane.user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
  await screen.findByText(/\d+ blad skrivna:/);
}

const SCB = 'SCB – hämta de senaste siffrorna';
const AGAIN = 'Samma SCB-fråga som bladet Befolkning';

describe('the pane repeats the SCB query stored on Befolkning', () => {
  it('asks SCB byte for byte what it asked before, and the revised figure shows as a revision before writing', async () => {
    const pane = paneInExcel();
    await written(pane, SCB, /Källa: SCB:s statistikdatabas/);
    expect(String(pane.excel.values('Befolkning', 'A4:A4')[0]![0])).toBe(
      `SCB-fråga: ${pane.net.requested.find((u) => u.includes('/data?'))}`,
    );
    expect(server.dataRequests).toHaveLength(1);

    // SCB revises Botkyrka's 31 December 2025 (+10); the officer repeats the stored query.
    server.revised.set('0127:2025', 96_760);
    await fetchFrom(pane, AGAIN);
    const botkyrka = () =>
      within(screen.getByRole('table', { name: 'Folkmängd 31 december 2025' })).getByRole('row', { name: /Botkyrka/ })
        .textContent;
    await waitFor(() => expect(botkyrka()).toContain('96\u00a0760'), { timeout: 10_000 });
    expect(server.dataRequests).toHaveLength(2);
    expect(server.dataRequests[1]).toBe(server.dataRequests[0]);

    // Writing meets the 2026 sheets: the revision per member before the question is answered.
    await pane.user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    const notice = await screen.findByText(/SCB:s siffror skiljer sig från dem som bladen för 2026 använde/);
    const diff = within(notice.closest('[role=status]') as HTMLElement).getByRole('table', {
      name: 'Ändrad folkmängd per kommun',
    });
    expect(
      within(diff)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['KommunFörutNuÄndringAvgiftens ändring', 'Botkyrka96\u00a075096\u00a0760+10+40\u00a0kr']);
    await pane.user.click(
      within(screen.getByRole('group', { name: 'Bladen finns redan' })).getByRole('button', { name: 'Avbryt' }),
    );
    expect(pane.excel.values('Avgift 2026', 'C10:C10')).toEqual([[96_750]]);
  });
});
