import { approveInExcel } from './jobsInExcel';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { excelFailure } from '../../src/workbook/excel/errors';
import { logEntryFor } from '../../src/domain';
import { createRealExcel } from '../excel/realExcel';
import { allocationFor, planFor } from './fixtures';

/** English words Excel says that must never stand inside a Swedish sentence. */
const EXCEL_ENGLISH = /protected|read-only|resource|exists|payload|internal error|the sheet/i;

describe('Excel’s refusals in the officer’s words', () => {
  it('replacing fastställda (protected) sheets: real Excel refuses at the first protected cell; the pane says so in Swedish, promises nothing untrue, and the officer’s sheet is untouched', async () => {
    const fake = createRealExcel({ sheets: [{ name: 'Egen', cells: { A1: 'Mina siffror', B1: 42 } }] });
    const log = logEntryFor(allocationFor(2026), { action: 'Skrivet', time: '2026-03-02T09:00:00.000Z' });
    expect((await renderPlanToExcel(planFor(), { excel: fake.Excel, log })).ok).toBe(true);
    const approved = await approveInExcel(
      { feeYear: 2026, by: 'Eva Ek', now: new Date('2026-03-03T09:00:00Z') },
      fake.Excel,
    );
    expect(approved.ok && approved.value.approved).toBe(true);

    const again = await renderPlanToExcel(planFor(), { excel: fake.Excel, replaceOwnSheets: true });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(fake.model.requests.some((r) => r.error === 'AccessDenied')).toBe(true);
    expect(again.error.message.sv).toMatch(/^Excel kunde inte skriva arbetsboken: bladet är skyddat/);
    expect(again.error.message.sv).toContain('Fastställda blad skrivs aldrig över');
    expect(again.error.message.sv).not.toMatch(EXCEL_ENGLISH);
    expect(again.error.message.sv).not.toContain('kan ersättas');
    expect(again.error.message.en).toContain('AccessDenied');
    expect(fake.values('Egen', 'A1:B1')).toEqual([['Mina siffror', 42]]);
  });

  it.each([
    [
      { code: 'ItemAlreadyExists', message: 'A resource with the same name or identifier already exists.' },
      'finns redan',
      true,
    ],
    [
      { code: 'RequestPayloadSizeLimitExceeded', message: 'The request payload size has exceeded the limit.' },
      'högst 5 MB',
      false,
    ],
    [{ code: 'GeneralException', message: 'An internal error has occurred.' }, 'internt fel', true],
    [
      { code: 'InvalidArgument', message: 'The argument is invalid or missing or has an incorrect format.' },
      'godtog inte',
      false,
    ],
    [new TypeError('Failed to fetch'), 'nätverket', true],
    [{ code: 'SomethingNew', message: 'Whatever Excel says next year.' }, 'felkoden SomethingNew', false],
  ])('%o → a Swedish sentence with what happened and what to do', (error, words, retry) => {
    const r = excelFailure(Object.assign(new Error((error as { message: string }).message), error), 'excel-write', {
      sv: 'Excel kunde inte skriva arbetsboken',
      en: 'Excel could not write the workbook',
    });
    if (r.ok) throw new Error('expected a failure');
    expect(r.error.message.sv).toContain(words);
    expect(r.error.message.sv).not.toMatch(EXCEL_ENGLISH);
    expect(r.error.message.sv).toMatch(/\.$/);
    expect(r.error.message.en).toContain((error as { message: string }).message);
    expect(Boolean(r.error.retry)).toBe(retry);
  });
});
