import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkBudget, indexedRule, invoiceRows, splitRule } from '../../src/domain';
import { parseCsv } from '../../src/data/csv';
import { invoiceCsv } from '../../src/workbook/exports/invoiceCsv';
import { budgetCheckSheet, budgetTemplateSheet } from '../../src/workbook/layouts';
import { WorkbookPlan } from '../../src/workbook/plan/plan';
import { hideNames, renderPlanToXlsx } from '../../src/workbook/xlsx/render';
import { readXlsxSheet } from '../../src/workbook/xlsx/read';
import { tabularBudget } from '../support/seedBudget';
import { allocationFor, GENERATED_AT, planFor } from './fixtures';
import { SHEETS_2026 } from '../support/expected';

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('renderPlanToXlsx', () => {
  it('writes the same plan as a real .xlsx: text codes, number formats, names, the invoice table', async () => {
    const wb = await open(await renderPlanToXlsx(planFor()));
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS_2026);
    const avgift = wb.getWorksheet('Avgift 2026')!;
    expect(avgift.getCell('A10').value).toBe('0127');
    expect(avgift.getCell('A10').numFmt).toBe('@');
    expect(avgift.getCell('C10').value).toBe(96_750);
    expect(avgift.getCell('E10').value).toEqual({
      formula: 'C10*Sats_2026',
      result: allocationFor(2026).members[0]!.feeOre / 100,
    });
    expect(avgift.getCell('E10').numFmt).toBe('#,##0 "kr"');
    expect(wb.definedNames.getRanges('Sats_2026').ranges).toEqual(["'Avgift 2026'!$B$6"]);
    expect(wb.definedNames.getRanges('AVGF_historik').ranges).toEqual(['Historik!$A$1']);
    const invoices = wb.getWorksheet('Fakturaunderlag 2026')!;
    expect(invoices.getCell('D6').value).toEqual({
      formula: "'Avgift 2026'!E10",
      result: allocationFor(2026).members[0]!.feeOre / 100,
    });
    expect(invoices.getTable('Fakturaunderlag_2026')).toBeDefined();
    expect(wb.getWorksheet('Salem 2026')!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToWidth: 1,
    });
  });

  it('writes §8 exact as ROUND on named base cells and the chained reading on last year’s fee', async () => {
    const exact = (await open(await renderPlanToXlsx(planFor(2014, indexedRule('exact'))))).getWorksheet(
      'Avgift 2014',
    )!;
    expect(exact.getCell('E10').value).toEqual({
      formula: 'ROUND(Grundbelopp_2014*C10/Folkmangd_2009_2014,0)',
      result: allocationFor(2014, indexedRule('exact')).members[0]!.feeOre / 100,
    });
    expect(exact.getCell('B7').value).toBe(allocationFor(2014, indexedRule('exact')).baseTotalPopulation);
    const chained = (await open(await renderPlanToXlsx(planFor(2014, indexedRule('chained'))))).getWorksheet(
      'Avgift 2014',
    )!;
    expect(chained.getCell('E10').value).toEqual({
      formula: 'ROUND(G10*C10/H10,0)',
      result: allocationFor(2014, indexedRule('chained')).members[0]!.feeOre / 100,
    });
    const a2013 = allocationFor(2013, indexedRule('chained'));
    expect(chained.getCell('G10').value).toBe(a2013.members[0]!.feeOre / 100);
  });

  it('writes a largest-remainder split as values with a check that they sum to the amount', async () => {
    const a = allocationFor(2016, splitRule(860_000_00, 2015));
    const ws = (await open(await renderPlanToXlsx(planFor(2016, splitRule(860_000_00, 2015))))).getWorksheet(
      'Avgift 2016',
    )!;
    expect([10, 11, 12, 13, 14, 15, 16, 17].map((r) => ws.getCell(`E${r}`).value)).toEqual(
      a.members.map((m) => m.feeOre / 100),
    );
    expect(ws.getCell('C20').value).toEqual({ formula: 'E18-Belopp_2016' });
  });
});

describe('invoiceCsv', () => {
  it('semicolons, decimal comma, BOM and CRLF for the financial system', () => {
    const csv = invoiceCsv(invoiceRows(allocationFor(2026, undefined)));
    expect(csv.startsWith('\ufeffKommunkod;Mottagare;Avgiftsår;Belopp;')).toBe(true);
    // Then the members register's columns: nothing is known of Botkyrka unless the register says it.
    expect(csv.split('\r\n')[1]).toBe(
      '0127;Botkyrka;2026;387000;96\u00a0750 invånare 31 dec 2025 × 4\u00a0kr, beslut 2017-02-02;Huddinge kommun (Södertörns kansli);2026-03-15;Avgift Södertörnssamverkan 2026;;;;;;;fakturanamn, organisationsnummer, Peppol-ID, köparens referens, e-post för fakturor',
    );
    const whatIf = invoiceCsv(invoiceRows(allocationFor(2026, { kind: 'per-capita', rateOre: 450 })));
    expect(whatIf.split('\r\n')[1]!.split(';')[3]).toBe('435375');
    const odd = invoiceCsv(invoiceRows(allocationFor(2026, { kind: 'per-capita', rateOre: 455 })));
    expect(odd.split('\r\n')[1]!.split(';')[3]).toBe('440212,50');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const rows = invoiceRows(allocationFor(2026)).map((r, i) => ({
      ...r,
      recipient: {
        ...r.recipient,
        name: ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', 'Salem; "AB"', 'Tyresö'][i]!,
      },
    }));
    const parsed = parseCsv(invoiceCsv(rows));
    expect(parsed.slice(1).map((r) => r[1])).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tTab",
      "'\rCR",
      'Salem; "AB"',
      'Tyresö',
    ]);
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

describe('the .xlsx as other programs read it', () => {
  const unzip = async (bytes: Uint8Array) => {
    const zip = await JSZip.loadAsync(bytes);
    const read = (path: string) => zip.file(path)!.async('string');
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
        .map(read),
    );
    return { read, sheets };
  };
  const check = checkBudget(tabularBudget(), {
    feeYear: 2026,
    expectedFeeRevenueOre: 2_102_500_00,
    populationTotal: 525_625,
  });
  const plans: [string, WorkbookPlan][] = [
    ['per capita 2026', planFor()],
    ['§ 8 exact 2014', planFor(2014, indexedRule('exact'))],
    ['§ 8 chained 2014', planFor(2014, indexedRule('chained'))],
    ['split 2016', planFor(2016, splitRule(860_000_00, 2015))],
    [
      'Budget and a linked Budgetkontroll',
      {
        sheets: [
          budgetTemplateSheet(2026, allocationFor(2026)),
          budgetCheckSheet({
            check,
            feeYear: 2026,
            budgetLocation: 'Budget',
            generatedAt: GENERATED_AT,
            linkedSheet: 'Budget',
          }),
        ],
        names: [],
      },
    ],
  ];

  it.each(plans)('%s: every formula is saved with its value (<v> beside <f>), none in a Text cell', async (_, plan) => {
    const { read, sheets } = await unzip(await renderPlanToXlsx(plan));
    const cells = sheets.flatMap((xml) => [...xml.matchAll(/<c r="([A-Z]+\d+)"( s="(\d+)")?[^>]*>(.*?)<\/c>/g)]);
    const formulas = cells.filter((c) => c[4]!.includes('<f>'));
    expect(formulas.length).toBeGreaterThan(5);
    expect(formulas.filter((c) => !/<v>[^<]*<\/v>/.test(c[4]!)).map((c) => c[1])).toEqual([]);
    // Which styles are Text (@, built-in format 49): no formula may use one.
    const styles = await read('xl/styles.xml');
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
    const textFormats = new Set([
      '49',
      ...[...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="@"/g)].map((m) => m[1]),
    ]);
    const isText = (c: RegExpMatchArray) => textFormats.has(xfs[Number(c[3] ?? 0)]!);
    expect(cells.some(isText)).toBe(true); // the text cells are found as such, so the next line can fail
    expect(formulas.filter(isText).map((c) => c[1])).toEqual([]);
  });

  it('marker names are hidden, the user-facing names are not; every printed sheet is one page wide, any number tall', async () => {
    const { read, sheets } = await unzip(await renderPlanToXlsx(planFor()));
    const names = [...(await read('xl/workbook.xml')).matchAll(/<definedName ([^>]*)>/g)].map((m) => m[1]!);
    const markers = names.filter((n) => n.startsWith('name="AVGF_'));
    expect(markers).toHaveLength(planFor().sheets.length);
    expect(markers.every((n) => n.includes('hidden="1"'))).toBe(true);
    expect(names.filter((n) => !n.startsWith('name="AVGF_'))).toEqual(['name="Sats_2026"']);
    for (const xml of sheets) {
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*fitToWidth="1" fitToHeight="0"/);
    }
  });

  it('every font is named (Calibri), so no program shows a bold cell in its own default font', async () => {
    const styles = await (await unzip(await renderPlanToXlsx(planFor()))).read('xl/styles.xml');
    // The cell fonts (<fonts>), not the differences a conditional format makes (<dxfs>).
    const fonts = [
      ...styles.slice(styles.indexOf('<fonts'), styles.indexOf('</fonts>')).matchAll(/<font>(.*?)<\/font>/g),
    ].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThan(3);
    expect(fonts.filter((f) => !f.includes('<name val="Calibri"/>'))).toEqual([]);
  });

  it('hideNames touches only the names it is asked to hide', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 1;
    wb.definedNames.add('A!$A$1', 'X_one');
    wb.definedNames.add('A!$A$1', 'Y_two');
    const hidden = await hideNames(new Uint8Array(await wb.xlsx.writeBuffer()), 'X_');
    const xml = await (await unzip(hidden)).read('xl/workbook.xml');
    expect(xml).toContain('<definedName name="X_one" hidden="1">');
    expect(xml).toContain('<definedName name="Y_two">');
    // Still a workbook ExcelJS (and so Excel) opens, with both names.
    expect((await open(hidden)).definedNames.getRanges('Y_two').ranges).toEqual(['A!$A$1']);
  });
});

describe('readXlsxSheet', () => {
  it('reads a formula’s cached result of 0 as 0 (ExcelJS’s cell.value drops it), not as the formula', async () => {
    const read = await readXlsxSheet(
      await renderPlanToXlsx({ sheets: [budgetTemplateSheet(2026, allocationFor(2026))], names: [] }),
      'Budget.xlsx',
    );
    if (!read.ok) throw new Error(read.error.message.en);
    const result = read.value.values.find((row) => row[0] === 'Resultat (intäkter − kostnader)')!;
    expect(result[1]).toBe(0);
    expect(read.value.values.filter((row) => row[0] === 'Summa').map((row) => row[1])).toEqual([2_102_500, 2_102_500]);
  });
});
