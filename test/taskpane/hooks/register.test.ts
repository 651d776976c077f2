/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { luhnCheckDigit } from '../../../src/domain';
import type { Scalar } from '../../../src/workbook/excel/api';
import { valueOf } from '../../../src/taskpane/task';
import { createRealExcel, RealExcel } from '../../excel/realExcel';
import { failure, paneHooks } from './pane';

/*
 * The members register through the pane's hooks, in Excel (Microsoft's real Excel library answered by
 * the model): what the officer types on Medlemmar reaches the invoice basis and the CSV; the sheet is
 * never written over, nor an officer's own register.
 */
const NOW = () => new Date('2026-03-02T09:30:00Z');

/** A test number with a valid check digit (not any member's real organisation number). */
const TEST_ORGNR = (() => {
  const nine = '212000288';
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
})();

async function writtenOnce(excel: RealExcel = createRealExcel()) {
  const saved: { content: Uint8Array | string; name: string }[] = [];
  const p = paneHooks({ now: NOW, excel: excel.Excel, save: (content, name) => saved.push({ content, name }) });
  await p.written('snapshot');
  /** Writes again, replacing the add-in's sheets where asked. */
  const writeAgain = async () => {
    const write = p.start((pane) => pane.write.write());
    if (excel.state.sheets.some((s) => s.name === 'Avgift 2026'))
      await p.answer((pane) => pane.write.question, 'replace');
    await write();
  };
  return { ...p, excel, saved, writeAgain };
}

const rowOf = (excel: RealExcel, sheet: string, code: string) =>
  excel.values(sheet, 'A1:A40').findIndex((r) => r[0] === code) + 1;

function recordOf(excel: RealExcel, sheet: string, code: string): Record<string, Scalar> {
  const rows = excel.values(sheet, 'A1:P40');
  const header = rows.find((r) => r.includes('Organisationsnummer'))!;
  const row = rows.find((r) => r.includes(code))!;
  return Object.fromEntries(header.map((h, i) => [String(h), row[i]!]));
}

async function type(excel: RealExcel, sheet: string, address: string, values: Scalar[][]) {
  await excel.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await context.sync();
  });
}

/** What the pane says under what was written about the register, in Swedish. */
const registerLines = (p: ReturnType<typeof paneHooks>): string[] =>
  (valueOf(p.pane().write.task)?.register?.lines ?? []).map((l) => l.sv);

describe('the members register, through the pane', () => {
  it('what the officer fills in on Medlemmar reaches the invoice basis, the member sheet and the CSV; Medlemmar is never written over', async () => {
    const p = await writtenOnce();
    const { excel } = p;
    const row = rowOf(excel, 'Medlemmar', '0127');
    await type(excel, 'Medlemmar', `C${row}:G${row}`, [
      ['Botkyrka kommun', TEST_ORGNR, '', 'BK12345678', 'fakturor@botkyrka.example'],
    ]);

    await p.writeAgain();
    expect(valueOf(p.pane().write.task)).toMatchObject({ kind: 'written', register: { sheet: 'Medlemmar' } });
    expect(registerLines(p)[0]).toBe('Fakturaunderlaget har uppgifterna från medlemsregistret Medlemmar!A5:I13.');
    // Each member by name with the fields it lacks: Botkyrka only its Peppol-ID now, the six others everything.
    expect(registerLines(p)[1]).toBe(
      'Fakturauppgifter saknas: Botkyrka saknar Peppol-ID; Haninge, Nykvarn, Nynäshamn, Salem, Södertälje och Tyresö saknar fakturanamn, organisationsnummer, Peppol-ID, köparens referens och e-post för fakturor.',
    );
    expect(recordOf(excel, 'Fakturaunderlag 2026', '0127')).toMatchObject({
      Fakturanamn: 'Botkyrka kommun',
      Organisationsnummer: TEST_ORGNR,
      'Köparens referens': 'BK12345678',
      'E-post': 'fakturor@botkyrka.example',
      Saknas: 'Peppol-ID',
    });
    expect(excel.values('Botkyrka 2026', 'A19:B19')).toEqual([['Organisationsnummer', TEST_ORGNR]]);
    // The officer's row stands as typed, and no second Medlemmar was made.
    expect(excel.values('Medlemmar', `C${row}:G${row}`)).toEqual([
      ['Botkyrka kommun', TEST_ORGNR, '', 'BK12345678', 'fakturor@botkyrka.example'],
    ]);
    expect(excel.state.sheets.map((s) => s.name).filter((n) => n.startsWith('Medlemmar'))).toEqual(['Medlemmar']);

    await p.run((pane) => pane.write.downloadCsv!());
    expect(valueOf(p.pane().write.csvTask)).toBe('Fakturaunderlag-2026.csv');
    const csv = String(p.saved.find((s) => s.name === 'Fakturaunderlag-2026.csv')!.content);
    expect(csv.split('\r\n').find((l) => l.includes('0127'))).toContain(
      `;Botkyrka kommun;${TEST_ORGNR};;BK12345678;fakturor@botkyrka.example;;Peppol-ID`,
    );
  });

  it('a wrong check digit or a reference Botkyrka does not take stops the write before anything is written', async () => {
    const p = await writtenOnce();
    const { excel } = p;
    const logRows = excel.values('Logg', 'A1:A20').filter((r) => r[0] !== '').length;
    const row = rowOf(excel, 'Medlemmar', '0127');
    const wrongDigit = `${TEST_ORGNR.slice(0, -1)}${(Number(TEST_ORGNR.slice(-1)) + 1) % 10}`;
    await type(excel, 'Medlemmar', `D${row}`, [[wrongDigit]]);

    await p.run((pane) => pane.write.write()); // not even asked: the register is read first
    expect(failure(p.pane().write.task)).toContain(
      `Medlemsregistret (Medlemmar!A5:I13) används inte: Botkyrka (0127): Organisationsnumret ${wrongDigit} har fel kontrollsiffra`,
    );
    expect(p.pane().write.question.asking).toBeUndefined();
    expect(excel.values('Logg', 'A1:A20').filter((r) => r[0] !== '').length).toBe(logRows);

    await type(excel, 'Medlemmar', `D${row}:F${row}`, [[TEST_ORGNR, '', 'BK1234']]);
    await p.run((pane) => pane.write.write());
    expect(failure(p.pane().write.task)).toContain('Botkyrka (0127) kräver referensen som ”BK” följt av 8 siffror');
  });

  it('a renamed register is still found by its table and never written again', async () => {
    const p = await writtenOnce();
    const { excel } = p;
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Medlemmar').name = 'Fakturamottagare';
      await context.sync();
    });
    const row = rowOf(excel, 'Fakturamottagare', '0127');
    await type(excel, 'Fakturamottagare', `D${row}`, [[TEST_ORGNR]]);

    await p.writeAgain();
    expect(valueOf(p.pane().write.task)).toMatchObject({ register: { sheet: 'Fakturamottagare' } });
    expect(registerLines(p)[0]).toBe(
      'Fakturaunderlaget har uppgifterna från medlemsregistret Fakturamottagare!A5:I13.',
    );
    expect(recordOf(excel, 'Fakturaunderlag 2026', '0127').Organisationsnummer).toBe(TEST_ORGNR);
    expect(excel.state.sheets.some((s) => s.name.startsWith('Medlemmar'))).toBe(false);
  });

  it("an officer's own Medlemmar (a list of people, in its own shape) is neither read nor written: the add-in's register is Medlemmar (2), found again by its marker", async () => {
    const own: Record<string, Scalar> = {
      A1: 'Våra kontaktpersoner',
      A3: 'Kod',
      B3: 'Namn',
      C3: 'Orgnr',
      D3: 'Referens',
      A4: '0127',
      B4: 'Anna Andersson',
      C4: TEST_ORGNR,
      D4: 'BK87654321',
      A5: '0126',
      B5: 'Bo Berg',
    };
    const excel = createRealExcel({ sheets: [{ name: 'Blad1' }, { name: 'Medlemmar', cells: own }] });
    const before = excel.values('Medlemmar', 'A1:D5');
    const p = await writtenOnce(excel);
    expect(valueOf(p.pane().write.task)).toMatchObject({
      sheets: expect.arrayContaining([expect.objectContaining({ name: 'Medlemmar (2)' })]),
    });
    // Nothing of the officer's list reached the invoice basis.
    expect(recordOf(excel, 'Fakturaunderlag 2026', '0127')).toMatchObject({
      Organisationsnummer: '',
      'Köparens referens': '',
    });
    expect(excel.values('Medlemmar', 'A1:D5')).toEqual(before);

    const row = rowOf(excel, 'Medlemmar (2)', '0127');
    await type(excel, 'Medlemmar (2)', `D${row}`, [[TEST_ORGNR]]);
    await p.writeAgain();
    expect(registerLines(p)[0]).toBe('Fakturaunderlaget har uppgifterna från medlemsregistret Medlemmar (2)!A1:I13.');
    expect(recordOf(excel, 'Fakturaunderlag 2026', '0127').Organisationsnummer).toBe(TEST_ORGNR);
    expect(excel.values('Medlemmar', 'A1:D5')).toEqual(before);
    expect(excel.state.sheets.map((s) => s.name).filter((n) => n.startsWith('Medlemmar'))).toEqual([
      'Medlemmar',
      'Medlemmar (2)',
    ]);
  });
});
