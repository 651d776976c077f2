import { logEntryFor } from '../../src/domain';
import { appendLogEntry } from '../../src/workbook/excel/log';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { createRealExcel } from '../excel/realExcel';
import { PAYLOAD_LIMIT_BYTES } from '../excel/model';
import { verifyInExcel } from './jobsInExcel';
import { allocationFor, planFor } from './fixtures';

/*
 * A name alone never makes a thing the add-in's: an officer's own sheet called Logg (minutes of the
 * meetings) is never written into; the add-in's Logg takes another name and is found by its marker.
 */
const OFFICERS_LOGG = { name: 'Logg', cells: { A1: 'Mötesanteckningar', A2: '2026-01-22', B2: 'Budgeten antogs' } };
const log = (time: string, action: 'Skrivet' | 'Fastställt' = 'Skrivet') =>
  logEntryFor(allocationFor(2026), { action, time });

describe('the add-in’s Logg, by its marker only', () => {
  it('beside an officer’s Logg: the writes go to Logg (2), found again by its marker; the officer’s Logg keeps every cell', async () => {
    const fake = createRealExcel({ sheets: [OFFICERS_LOGG] });
    const officers = () => [...fake.state.sheets.find((s) => s.name === 'Logg')!.cells].map(([k, c]) => [k, c.value]);
    const before = officers();
    const first = await renderPlanToExcel(planFor(), { excel: fake.Excel, log: log('2026-03-02T09:00:00.000Z') });
    if (!first.ok) throw new Error(first.error.message.en);
    expect(first.value.log).toEqual({ sheet: 'Logg (2)', row: 5 });
    expect(officers()).toEqual(before);

    const again = await renderPlanToExcel(planFor(), {
      excel: fake.Excel,
      replaceOwnSheets: true,
      log: log('2026-03-03T10:00:00.000Z'),
    });
    if (!again.ok) throw new Error(again.error.message.en);
    expect(again.value.log).toEqual({ sheet: 'Logg (2)', row: 6 });
    const approved = await appendLogEntry(log('2026-03-04T10:00:00.000Z', 'Fastställt'), fake.Excel);
    expect(approved).toEqual({ ok: true, value: { sheet: 'Logg (2)', row: 7 } });
    expect(fake.values('Logg (2)', 'B5:B7')).toEqual([['Skrivet'], ['Skrivet'], ['Fastställt']]);
    expect(officers()).toEqual(before);
    expect(fake.state.sheets.filter((s) => s.name.startsWith('Logg')).map((s) => s.name)).toEqual(['Logg', 'Logg (2)']);
  });

  it('a Fastställt row into a workbook with only the officer’s Logg makes the add-in’s own Logg (2) with its marker', async () => {
    const fake = createRealExcel({ sheets: [OFFICERS_LOGG] });
    const r = await appendLogEntry(log('2026-03-04T10:00:00.000Z', 'Fastställt'), fake.Excel);
    expect(r).toEqual({ ok: true, value: { sheet: 'Logg (2)', row: 5 } });
    // Named as the renderer names the marker of a "(2)" sheet.
    expect(fake.state.names.get('AVGF_logg_2')?.formula).toBe("='Logg (2)'!$A$1");
    expect(fake.values('Logg', 'A1:B2')).toEqual([
      ['Mötesanteckningar', ''],
      ['2026-01-22', 'Budgeten antogs'],
    ]);
  });
});

describe('Kontrollera and Fastställ read only the add-in’s sheets', () => {
  it('beside an officer’s sheet of 60 000 rows (a 10 MB read), the check reads the marked sheets only and every response stays under 5 MB', async () => {
    const cells: Record<string, string | number> = {};
    for (let r = 1; r <= 60_000; r++) {
      cells[`A${r}`] = `Verifikation ${r} – leverantörsfaktura`;
      cells[`B${r}`] = 1000 + r;
      cells[`C${r}`] = `Konto 6${String(r % 1000).padStart(3, '0')} Kontorsmaterial och trycksaker`;
    }
    const fake = createRealExcel({ sheets: [{ name: 'Huvudbok', cells }] });
    const written = await renderPlanToExcel(planFor(), { excel: fake.Excel, log: log('2026-03-02T09:00:00.000Z') });
    if (!written.ok) throw new Error(written.error.message.en);
    const checked = await verifyInExcel({ feeYear: 2026 }, fake.Excel);
    if (!checked.ok) throw new Error(checked.error.message.en);
    expect(checked.value.differences).toEqual([]);
    const largest = Math.max(...fake.model.requests.map((r) => r.responseBytes));
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES / 10);
    expect(fake.model.requests.some((r) => r.error)).toBe(false);
  });
});
