/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clearScbCache } from '../../src/data/scb/client';
import { SCB_BASE_URL } from '../../src/data/scb/url';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { createRealExcel, RealExcel } from '../excel/realExcel';
import { localFetch } from '../support/localFetch';
import { ScbTestServer } from '../support/scbServer';

/*
 * "Samma SCB-fråga som bladet Befolkning": the pane in Excel (Microsoft's real Excel library answered
 * by the model) asks the local SCB server again exactly what the Befolkning sheet says it asked, and
 * an SCB revision then shows before anything is written. What a workbook must not make it do, it refuses.
 */
// After SCB has published 31 December 2025 (end of February): the decided fees for 2026.
const NOW = () => new Date('2026-03-02T09:30:00Z');

const server = new ScbTestServer();
let baseUrl = '';
beforeAll(async () => {
  baseUrl = await server.start();
});
afterAll(() => server.stop());
beforeEach(() => {
  clearScbCache();
  server.reset('ok');
});

function paneInExcel(excel: RealExcel = createRealExcel(), now = NOW) {
  const net = localFetch(() => baseUrl);
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
const SNAPSHOT = /^SCB:s siffror som följer med tillägget/;
const problem = () => screen.findByRole('alert');

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

  it('a year on: the query stored for 2025 lacks 31 December 2025, says which fee year it fits, and repeats for that year', async () => {
    const lastYear = paneInExcel(createRealExcel(), () => new Date('2025-03-03T09:30:00Z'));
    await written(lastYear, SCB, /Källa: SCB:s statistikdatabas/);
    lastYear.view.unmount();

    const pane = paneInExcel(lastYear.excel);
    await fetchFrom(pane, AGAIN);
    expect((await problem()).textContent).toContain(
      'Den sparade SCB-frågan gäller folkmängd 31 december 2009–2024, som passar avgiftsår 2025. Avgiftsår 2026 behöver folkmängd 31 december 2025. Välj avgiftsår 2025 för att upprepa frågan, eller ”SCB – hämta de senaste siffrorna” för 2026.',
    );
    expect(server.dataRequests).toHaveLength(1);

    await pane.user.clear(screen.getByRole('textbox', { name: /Avgiftsår/ }));
    await pane.user.type(screen.getByRole('textbox', { name: /Avgiftsår/ }), '2025');
    await pane.user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
    await screen.findByRole('table', { name: 'Folkmängd 31 december 2024' }, { timeout: 10_000 });
    expect(server.dataRequests).toHaveLength(2);
    expect(server.dataRequests[1]).toBe(server.dataRequests[0]);
  });

  it('when SCB fails, says so as any SCB fetch does, with a retry and the bundled figures', async () => {
    const pane = paneInExcel();
    await written(pane, SCB, /Källa: SCB:s statistikdatabas/);
    server.reset('500');
    await fetchFrom(pane, AGAIN);
    const alert = await problem();
    expect(alert.textContent).toMatch(/SCB/);
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Använd siffrorna som följer med tillägget' })).toBeTruthy();
    expect(server.dataRequests.length).toBeGreaterThan(0);
    expect(new Set(server.dataRequests).size).toBe(1);
  });
});

describe('what the stored query will not do', () => {
  it('figures from the bundled copy: says where they came from and to choose SCB; asks no one', async () => {
    const pane = paneInExcel();
    await written(pane, SNAPSHOT, /Källa: SCB:s folkmängd 31 december, följer med tillägget/);
    const before = pane.net.requested.length;
    await fetchFrom(pane, AGAIN);
    expect((await problem()).textContent).toContain(
      'Folkmängden på bladet Befolkning kommer inte från en SCB-fråga. Bladet säger: ”Inbyggd ögonblicksbild av SCB:s folkmängd 31 december 2008–2025 (SCB TAB638, TAB5557)”. Det finns ingen fråga att upprepa: välj ”SCB – hämta de senaste siffrorna”.',
    );
    expect(pane.net.requested.length).toBe(before);
  });

  it('a hand-edited query pointing at another host is refused, and no request leaves the pane', async () => {
    const pane = paneInExcel();
    await written(pane, SCB, /Källa: SCB:s statistikdatabas/);
    // The other host is a live server that would answer (the local one): nothing may reach it.
    await pane.excel.Excel.run(async (context) => {
      const a4 = context.workbook.worksheets.getItem('Befolkning').getRange('A4');
      a4.load('values');
      await context.sync();
      a4.values = [[String(a4.values[0]![0]).replaceAll(SCB_BASE_URL, baseUrl)]];
      await context.sync();
    });
    const before = pane.net.requested.length;
    server.reset('ok');
    await fetchFrom(pane, AGAIN);
    expect((await problem()).textContent).toContain(
      `SCB-frågan på bladet Befolkning går till ${baseUrl} och inte till SCB (${SCB_BASE_URL}). Tillägget hämtar bara från SCB: frågan upprepas inte.`,
    );
    expect(pane.net.requested.length).toBe(before);
    expect(server.dataRequests).toEqual([]);
  });

  it('an A4 that is no longer a query: says it cannot be read, where it is, and asks no one', async () => {
    const pane = paneInExcel();
    await written(pane, SCB, /Källa: SCB:s statistikdatabas/);
    await pane.excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Befolkning').getRange('A4').values = [['SCB-fråga: se bladet Logg']];
      await context.sync();
    });
    const before = pane.net.requested.length;
    await fetchFrom(pane, AGAIN);
    expect((await problem()).textContent).toContain(
      'Den sparade SCB-frågan kan inte läsas: ”SCB-fråga: se bladet Logg”. Den står i A4 på bladet Befolkning och upprepas inte',
    );
    expect(pane.net.requested.length).toBe(before);
  });

  it('no Befolkning sheet written by the add-in: says so, even beside a sheet of that name', async () => {
    const pane = paneInExcel(
      createRealExcel({
        sheets: [
          {
            name: 'Befolkning',
            cells: { A1: 'Folkmängd', A4: `SCB-fråga: ${SCB_BASE_URL}/tables/TAB628/data?lang=sv` },
          },
        ],
      }),
    );
    await fetchFrom(pane, AGAIN);
    expect((await problem()).textContent).toContain(
      'Arbetsboken har inget blad Befolkning som tillägget har skrivit, så det finns ingen SCB-fråga att upprepa.',
    );
    expect(pane.net.requested).toEqual([]);
  });
});
