import { clearScbCache, fetchScbPopulation } from '../../src/data/scb/client';
import { snapshotPopulation } from '../../src/data/snapshot';
import { Member, PopulationSeries, SODERTORN_MEMBERS } from '../../src/domain';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { readPopulationSheet } from '../../src/workbook/excel/populationSheet';
import { createRealExcel, RealExcel } from '../excel/realExcel';
import { ScbTestServer } from '../support/scbServer';
import { planFor } from './fixtures';

/*
 * The Befolkning sheet as the add-in wrote it, read back through Microsoft's real Excel library
 * answered by the model: where its figures came from (A2), the SCB query (A4) and the members.
 */
const server = new ScbTestServer();
let fromScb: PopulationSeries;
beforeAll(async () => {
  const baseUrl = await server.start();
  clearScbCache();
  // Members in another order than the agreement's: the sheet keeps the order they were asked in.
  const members = [...SODERTORN_MEMBERS].reverse();
  const fetched = await fetchScbPopulation({
    members,
    years: Array.from({ length: 17 }, (_, i) => 2009 + i),
    baseUrl,
    now: () => new Date('2026-03-02T09:30:00Z'),
  });
  if (!fetched.ok) throw new Error(fetched.error.message.en);
  fromScb = fetched.value;
});
afterAll(() => server.stop());

async function written(
  population: PopulationSeries,
  excel: RealExcel = createRealExcel(),
  members: readonly Member[] = [...SODERTORN_MEMBERS].reverse(),
): Promise<RealExcel> {
  const r = await renderPlanToExcel(planFor(2026, undefined, members, population), { excel: excel.Excel });
  if (!r.ok) throw new Error(r.error.message.en);
  return excel;
}

describe('readPopulationSheet on the real Excel library', () => {
  it("reads the stored SCB query, the source line and the members in the sheet's order, in two syncs", async () => {
    const excel = await written(fromScb);
    excel.model.resetTraffic();
    const r = await readPopulationSheet(excel.Excel);
    expect(r).toEqual({
      ok: true,
      value: {
        sheet: 'Befolkning',
        source: excel.values('Befolkning', 'A2:A2')[0]![0],
        request: `SCB-fråga: ${fromScb.source.request}`,
        members: [...SODERTORN_MEMBERS].reverse(),
      },
    });
    expect(r.ok && r.value.source).toMatch(/^Källa: SCB, tabell TAB628/);
    expect(excel.model.traffic().work).toBe(2);
  });

  it('the latest version wins: a second write made "Befolkning (2)"', async () => {
    const excel = await written(snapshotPopulation(), createRealExcel(), SODERTORN_MEMBERS);
    await written(fromScb, excel);
    expect(excel.sheet('Befolkning (2)')).toBeDefined();
    const r = await readPopulationSheet(excel.Excel);
    expect(r.ok && r.value.sheet).toBe('Befolkning (2)');
    expect(r.ok && r.value.request).toBe(`SCB-fråga: ${fromScb.source.request}`);
  });

  it('figures from the bundled copy: no request, and A2 says where they came from', async () => {
    const excel = await written(snapshotPopulation(), createRealExcel(), SODERTORN_MEMBERS);
    const r = await readPopulationSheet(excel.Excel);
    expect(r.ok && r.value.request).toBeUndefined();
    expect(r.ok && r.value.source).toMatch(/^Källa: Inbyggd ögonblicksbild av SCB:s folkmängd/);
    expect(r.ok && r.value.members).toEqual(SODERTORN_MEMBERS);
  });

  it('a sheet named Befolkning that the add-in did not write is not taken for its own', async () => {
    const excel = createRealExcel({
      sheets: [
        { name: 'Befolkning', cells: { A4: `SCB-fråga: ${fromScb.source.request}`, A6: '0127', B6: 'Botkyrka' } },
      ],
    });
    const r = await readPopulationSheet(excel.Excel);
    expect(r.ok ? '' : r.error.code).toBe('population-sheet-missing');
    expect(await readPopulationSheet(undefined)).toMatchObject({ ok: false, error: { code: 'excel-missing' } });
  });
});
