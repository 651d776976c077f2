import { allocate, logEntryFor, perCapitaRule, SODERTORN_MEMBERS } from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { approveInExcel } from './jobsInExcel';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { appendLogEntry } from '../../src/workbook/excel/log';
import { verifyInExcel } from './jobsInExcel';
import { createRealExcel, RealExcel } from '../excel/realExcel';
import { planFor } from './fixtures';

/*
 * Fastställ and Kontrollera arbetsboken in the pane's way: Microsoft's real Excel client library
 * (jsdom) answered by the project's model of Excel. The workbook is written as the pane writes it.
 */
const allocation = () => {
  const a = allocate({
    feeYear: 2026,
    rule: perCapitaRule(),
    members: SODERTORN_MEMBERS,
    population: snapshotPopulation(),
  });
  if (!a.ok) throw new Error(a.error.message.en);
  return a.value;
};

async function writtenByThePane(): Promise<RealExcel> {
  const excel = createRealExcel();
  const written = await renderPlanToExcel(planFor(), { excel: excel.Excel });
  if (!written.ok) throw new Error(written.error.message.en);
  const logged = await appendLogEntry(
    logEntryFor(allocation(), { action: 'Skrivet', time: '2026-01-20T10:00:00.000Z', name: 'Eva Ek' }),
    excel.Excel,
  );
  if (!logged.ok) throw new Error(logged.error.message.en);
  return excel;
}

async function approved(): Promise<RealExcel> {
  const excel = await writtenByThePane();
  const r = await approveInExcel(
    {
      feeYear: 2026,
      by: 'Eva Ek',
      reference: 'Samarbetskommittén 2026-01-22 § 5',
      now: new Date('2026-01-23T09:30:00Z'),
    },
    excel.Excel,
  );
  if (!r.ok) throw new Error(r.error.message.en);
  expect(r.value.approved).toBe(true);
  return excel;
}

const differences = async (excel: RealExcel) => {
  const v = await verifyInExcel({ feeYear: 2026 }, excel.Excel);
  if (!v.ok) throw new Error(v.error.message.en);
  return v.value;
};

/** A user's edit: unprotect the sheet, then type a value, as Excel would let them. */
const edit = (excel: RealExcel, sheet: string, address: string, value: number) =>
  excel.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet) as unknown as {
      protection: { unprotect(): void };
      getRange(a: string): { values: unknown[][] };
    };
    ws.protection.unprotect();
    ws.getRange(address).values = [[value]];
    await context.sync();
  });

describe('Logg, Fastställ and Kontrollera arbetsboken on the real Excel library', () => {
  it('a write logs Skrivet (a new Logg sheet), the next row is appended below it', async () => {
    const excel = await writtenByThePane();
    expect(excel.values('Logg', 'A4:C5')).toEqual([
      ['Tid', 'Åtgärd', 'Avgiftsår'],
      ['2026-01-20T10:00:00.000Z', 'Skrivet', 2026],
    ]);
    const again = await appendLogEntry(
      logEntryFor(allocation(), { action: 'Skrivet', time: '2026-01-21T10:00:00.000Z' }),
      excel.Excel,
    );
    expect(again).toEqual({ ok: true, value: { sheet: 'Logg', row: 6 } });
    expect(excel.cell('Logg', 'J6')).toMatchObject({ value: excel.cell('Logg', 'J5')!.value, numberFormat: '@' });
  });

  it('verify is consistent after the write; approval protects the year’s sheets and logs Fastställt; still consistent', async () => {
    expect((await differences(await writtenByThePane())).differences).toEqual([]);
    const excel = await approved();
    expect(
      ['Avgift 2026', 'Fakturaunderlag 2026', 'Botkyrka 2026', 'Tyresö 2026'].map((n) => excel.sheet(n)!.protected),
    ).toEqual([true, true, true, true]);
    expect(['Befolkning', 'Historik', 'Logg'].map((n) => excel.sheet(n)!.protected)).toEqual([false, false, false]);
    expect(excel.values('Logg', 'B6:B6')).toEqual([['Fastställt']]);
    expect(excel.values('Logg', 'K6:L6')).toEqual([['Eva Ek', 'Samarbetskommittén 2026-01-22 § 5']]);
    const v = await differences(excel);
    expect(v.differences).toEqual([]);
    expect(v.logged).toMatchObject({ action: 'Fastställt', checksum: v.checksum });
  });

  it('a changed fee cell gives a difference naming sheet, cell, expected and found', async () => {
    const excel = await approved();
    await edit(excel, 'Avgift 2026', 'E10', 400_000);
    const v = await differences(excel);
    expect(v.differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'Avgift 2026', cell: 'E10', expected: '=C10*Sats_2026', found: '400000' }),
        expect.objectContaining({
          sheet: 'Avgift 2026',
          cell: 'E10',
          expected: '387\u00a0000\u00a0kr',
          found: '400\u00a0000\u00a0kr',
        }),
      ]),
    );
  });

  it('a changed population figure gives differences (Befolkning and the logged checksum)', async () => {
    const excel = await approved();
    await edit(excel, 'Avgift 2026', 'C11', 101_500);
    const v = await differences(excel);
    expect(v.differences.map((d) => `${d.sheet}!${d.cell}`)).toEqual(['Befolkning!T7', 'Logg!J6']);
  });

  it('approval refuses when the fees do not agree, and protects and logs nothing', async () => {
    const excel = await writtenByThePane();
    await edit(excel, 'Avgift 2026', 'E12', 1);
    const r = await approveInExcel({ feeYear: 2026, by: 'Eva Ek', now: new Date('2026-01-23T09:30:00Z') }, excel.Excel);
    expect(r.ok && !r.value.approved && r.value.faults.map((d) => d.cell)).toEqual(['E12', 'E12', 'J5']);
    expect(excel.sheet('Avgift 2026')!.protected).toBe(false);
    expect(excel.values('Logg', 'B6:B6')).toEqual([['']]);
  });
});
