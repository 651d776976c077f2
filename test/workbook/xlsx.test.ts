import ExcelJS from 'exceljs';
import { indexedRule, invoiceRows, splitRule } from '../../src/domain';
import { parseCsv } from '../../src/data/csv';
import { invoiceCsv } from '../../src/workbook/csv';
import { renderPlanToXlsx } from '../../src/workbook/xlsx';
import { allocationFor, planFor } from './fixtures';

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('renderPlanToXlsx', () => {
  it('writes the same plan as a real .xlsx: text codes, number formats, names, the invoice table', async () => {
    const wb = await open(await renderPlanToXlsx(planFor()));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Avgift 2026', 'Fakturaunderlag 2026',
      'Botkyrka 2026', 'Haninge 2026', 'Huddinge 2026', 'Nykvarn 2026', 'Nynäshamn 2026', 'Salem 2026', 'Södertälje 2026', 'Tyresö 2026',
      'Befolkning', 'Historik',
    ]);
    const avgift = wb.getWorksheet('Avgift 2026')!;
    expect(avgift.getCell('A10').value).toBe('0127');
    expect(avgift.getCell('A10').numFmt).toBe('@');
    expect(avgift.getCell('C10').value).toBe(96_750);
    expect(avgift.getCell('E10').value).toEqual({ formula: 'C10*Sats_2026', result: allocationFor(2026).members[0]!.feeOre / 100 });
    expect(avgift.getCell('E10').numFmt).toBe('#,##0 "kr"');
    expect(wb.definedNames.getRanges('Sats_2026').ranges).toEqual(["'Avgift 2026'!$B$6"]);
    expect(wb.definedNames.getRanges('AVGF_historik').ranges).toEqual(['Historik!$A$1']);
    const invoices = wb.getWorksheet('Fakturaunderlag 2026')!;
    expect(invoices.getCell('D6').value).toEqual({ formula: "'Avgift 2026'!E10", result: allocationFor(2026).members[0]!.feeOre / 100 });
    expect(invoices.getTable('Fakturaunderlag_2026')).toBeDefined();
    expect(wb.getWorksheet('Salem 2026')!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
  });

  it('writes §8 exact as ROUND on named base cells and the chained reading on last year’s fee', async () => {
    const exact = (await open(await renderPlanToXlsx(planFor(2014, indexedRule('exact'))))).getWorksheet('Avgift 2014')!;
    expect(exact.getCell('E10').value).toEqual({ formula: 'ROUND(Grundbelopp_2014*C10/Folkmangd_2009_2014,0)', result: allocationFor(2014, indexedRule('exact')).members[0]!.feeOre / 100 });
    expect(exact.getCell('B7').value).toBe(allocationFor(2014, indexedRule('exact')).baseTotalPopulation);
    const chained = (await open(await renderPlanToXlsx(planFor(2014, indexedRule('chained'))))).getWorksheet('Avgift 2014')!;
    expect(chained.getCell('E10').value).toEqual({ formula: 'ROUND(G10*C10/H10,0)', result: allocationFor(2014, indexedRule('chained')).members[0]!.feeOre / 100 });
    const a2013 = allocationFor(2013, indexedRule('chained'));
    expect(chained.getCell('G10').value).toBe(a2013.members[0]!.feeOre / 100);
  });

  it('writes a largest-remainder split as values with a check that they sum to the amount', async () => {
    const a = allocationFor(2016, splitRule(860_000_00, 2015));
    const ws = (await open(await renderPlanToXlsx(planFor(2016, splitRule(860_000_00, 2015))))).getWorksheet('Avgift 2016')!;
    expect([10, 11, 12, 13, 14, 15, 16, 17].map((r) => ws.getCell(`E${r}`).value)).toEqual(a.members.map((m) => m.feeOre / 100));
    expect(ws.getCell('C20').value).toEqual({ formula: 'E18-Belopp_2016' });
  });
});

describe('invoiceCsv', () => {
  it('semicolons, decimal comma, BOM and CRLF for the financial system', () => {
    const csv = invoiceCsv(invoiceRows(allocationFor(2026, undefined)));
    expect(csv.startsWith('\ufeffKommunkod;Mottagare;Avgiftsår;Belopp;')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('0127;Botkyrka;2026;387000;96\u00a0750 invånare 31 dec 2025 × 4\u00a0kr, beslut 2017-02-02;Huddinge kommun (Södertörns kansli);2026-03-15;Avgift Södertörnssamverkan 2026');
    const whatIf = invoiceCsv(invoiceRows(allocationFor(2026, { kind: 'per-capita', rateOre: 450 })));
    expect(whatIf.split('\r\n')[1]!.split(';')[3]).toBe('435375');
    const odd = invoiceCsv(invoiceRows(allocationFor(2026, { kind: 'per-capita', rateOre: 455 })));
    expect(odd.split('\r\n')[1]!.split(';')[3]).toBe('440212,50');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const rows = invoiceRows(allocationFor(2026)).map((r, i) => ({
      ...r,
      recipient: { ...r.recipient, name: ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', 'Salem; "AB"', 'Tyresö'][i]! },
    }));
    const parsed = parseCsv(invoiceCsv(rows));
    expect(parsed.slice(1).map((r) => r[1])).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tTab", "'\rCR", 'Salem; "AB"', 'Tyresö']);
    expect(parsed.slice(1).map((r) => r[3])).toEqual(allocationFor(2026).members.map((m) => String(m.feeOre / 100)));
  });
});

describe('the Befolkning sheet', () => {
  it('names the SCB table of every year under its figures', async () => {
    const ws = (await open(await renderPlanToXlsx(planFor()))).getWorksheet('Befolkning')!;
    const header = (ws.getRow(5).values as unknown[]).slice(1);
    const tables = (ws.getRow(5 + 8 + 2).values as unknown[]).slice(1);
    expect(tables[1]).toBe('SCB-tabell');
    expect(tables[header.indexOf(2024)]).toBe('TAB638');
    expect(tables[header.indexOf(2025)]).toBe('TAB5557');
  });
});
