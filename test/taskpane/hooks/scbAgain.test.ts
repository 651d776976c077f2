/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { SCB_BASE_URL } from '../../../src/data/scb/url';
import { errorOf, valueOf } from '../../../src/taskpane/task';
import { createRealExcel, RealExcel } from '../../excel/realExcel';
import { localFetch } from '../../support/localFetch';
import { scbServerForSuite } from '../../support/scbServer';
import { failure, paneHooks } from './pane';

/*
 * "Samma SCB-fråga som bladet Befolkning", step by step through the pane's hooks: in Excel (Microsoft's
 * real Excel library answered by the model) the query the Befolkning sheet says was asked is asked
 * again exactly from the local SCB server, and a revision shows before anything is written. What a
 * workbook must not make it do, it refuses.
 */
// After SCB has published 31 December 2025 (end of February): the decided fees for 2026.
const NOW = () => new Date('2026-03-02T09:30:00Z');

const { server, baseUrl } = scbServerForSuite();

function inExcel(excel: RealExcel = createRealExcel(), now = NOW) {
  const net = localFetch(baseUrl);
  return { ...paneHooks({ now, excel: excel.Excel, fetch: net.fetch }), excel, net };
}

describe('the pane repeats the SCB query stored on Befolkning', () => {
  it('asks SCB byte for byte what it asked before, and the revised figure shows as a revision before writing', async () => {
    const p = inExcel();
    await p.written('scb');
    expect(String(p.excel.values('Befolkning', 'A4:A4')[0]![0])).toBe(
      `SCB-fråga: ${p.net.requested.find((u) => u.includes('/data?'))}`,
    );
    expect(server.dataRequests).toHaveLength(1);

    // SCB revises Botkyrka's 31 December 2025 (+10); the officer repeats the stored query.
    server.revised.set('0127:2025', 96_760);
    await p.fetchFrom('scb-again');
    expect(failure(p.pane().population.task)).toBe('');
    expect(p.pane().fees?.allocation.members[0]).toMatchObject({ population: 96_760, feeOre: 38_704_000 });
    expect(server.dataRequests).toHaveLength(2);
    expect(server.dataRequests[1]).toBe(server.dataRequests[0]);

    // Writing meets the 2026 sheets: the revision per member before the question is answered.
    const write = p.start((pane) => pane.write.write());
    await p.answer((pane) => pane.write.question, 'cancel');
    await write();
    const changed = p.pane().write.revision!.rows.filter((r) => r.change !== 0);
    expect(changed.map((r) => [r.member.name, r.oldPopulation, r.newPopulation, r.change, r.feeEffectOre])).toEqual([
      ['Botkyrka', 96_750, 96_760, 10, 4_000],
    ]);
    expect(p.excel.values('Avgift 2026', 'C10:C10')).toEqual([[96_750]]);
  });

  it('a year on: the query stored for 2025 lacks 31 December 2025, says which fee year it fits, and repeats for that year', async () => {
    const lastYear = inExcel(createRealExcel(), () => new Date('2025-03-03T09:30:00Z'));
    await lastYear.written('scb');
    lastYear.unmount();

    const p = inExcel(lastYear.excel);
    await p.fetchFrom('scb-again');
    expect(failure(p.pane().population.task)).toBe(
      'Den sparade SCB-frågan gäller folkmängd 31 december 2009–2024, som passar avgiftsår 2025. Avgiftsår 2026 behöver folkmängd 31 december 2025. Välj avgiftsår 2025 för att upprepa frågan, eller ”SCB – hämta de senaste siffrorna” för 2026.',
    );
    expect(server.dataRequests).toHaveLength(1);

    await p.run((pane) => pane.year.setText('2025'));
    await p.run((pane) => pane.population.fetch());
    expect(valueOf(p.pane().population.task)?.feeYear).toBe(2025);
    expect(p.pane().fees?.allocation.populationYear).toBe(2024);
    expect(server.dataRequests).toHaveLength(2);
    expect(server.dataRequests[1]).toBe(server.dataRequests[0]);
  });

  it('when SCB fails, says so as any SCB fetch does, with a retry and the bundled figures', async () => {
    const p = inExcel();
    await p.written('scb');
    server.reset('500');
    await p.fetchFrom('scb-again');
    const error = errorOf(p.pane().population.task)!;
    expect(error.message.sv).toMatch(/SCB/);
    expect(error).toMatchObject({ retry: true, fallback: 'snapshot' });
    expect(p.pane().population.snapshotHelps).toBe(true);
    expect(server.dataRequests.length).toBeGreaterThan(0);
    expect(new Set(server.dataRequests).size).toBe(1);
  });
});

describe('what the stored query will not do', () => {
  it('figures from the bundled copy: says where they came from and to choose SCB; asks no one', async () => {
    const p = inExcel();
    await p.written('snapshot');
    const before = p.net.requested.length;
    await p.fetchFrom('scb-again');
    expect(failure(p.pane().population.task)).toContain(
      'Folkmängden på bladet Befolkning kommer inte från en SCB-fråga. Bladet säger: ”Inbyggd ögonblicksbild av SCB:s folkmängd 31 december 2008–2025 (SCB TAB638, TAB5557)”. Det finns ingen fråga att upprepa: välj ”SCB – hämta de senaste siffrorna”.',
    );
    expect(p.net.requested.length).toBe(before);
  });

  it('a hand-edited query pointing at another host is refused, and no request leaves the pane', async () => {
    const p = inExcel();
    await p.written('scb');
    // The other host is a live server that would answer (the local one): nothing may reach it.
    await p.excel.Excel.run(async (context) => {
      const a4 = context.workbook.worksheets.getItem('Befolkning').getRange('A4');
      a4.load('values');
      await context.sync();
      a4.values = [[String(a4.values[0]![0]).replaceAll(SCB_BASE_URL, baseUrl())]];
      await context.sync();
    });
    const before = p.net.requested.length;
    server.reset('ok');
    await p.fetchFrom('scb-again');
    expect(failure(p.pane().population.task)).toContain(
      `SCB-frågan på bladet Befolkning går till ${baseUrl()} och inte till SCB (${SCB_BASE_URL}). Tillägget hämtar bara från SCB: frågan upprepas inte.`,
    );
    expect(p.net.requested.length).toBe(before);
    expect(server.dataRequests).toEqual([]);
  });

  it('an A4 that is no longer a query: says it cannot be read, where it is, and asks no one', async () => {
    const p = inExcel();
    await p.written('scb');
    await p.excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Befolkning').getRange('A4').values = [['SCB-fråga: se bladet Logg']];
      await context.sync();
    });
    const before = p.net.requested.length;
    await p.fetchFrom('scb-again');
    expect(failure(p.pane().population.task)).toContain(
      'Den sparade SCB-frågan kan inte läsas: ”SCB-fråga: se bladet Logg”. Den står i A4 på bladet Befolkning och upprepas inte',
    );
    expect(p.net.requested.length).toBe(before);
  });

  it('no Befolkning sheet written by the add-in: says so, even beside a sheet of that name', async () => {
    const excel = createRealExcel({
      sheets: [
        { name: 'Befolkning', cells: { A1: 'Folkmängd', A4: `SCB-fråga: ${SCB_BASE_URL}/tables/TAB628/data?lang=sv` } },
      ],
    });
    const p = inExcel(excel);
    await p.fetchFrom('scb-again');
    expect(failure(p.pane().population.task)).toContain(
      'Arbetsboken har inget blad Befolkning som tillägget har skrivit, så det finns ingen SCB-fråga att upprepa.',
    );
    expect(p.net.requested).toEqual([]);
  });
});
