import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { readCsv, readCsvLazily } from '../../src/data/csv';
import { readXlsxSheets } from '../../src/workbook/xlsx/read';
import { tabularBudget } from '../support/seedBudget';
import { handZip, RawCell, sheetXml, workbook } from '../support/xlsxByHand';
import { runCli } from './run';

/*
 * Any file an officer brings, within bounds and with an answer that says what is wrong, naming the
 * file. The bounds themselves (time, memory) are measured by `npm run bench` (bench/bounds.ts); here
 * what is read, and what is said.
 */
const foreign = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/foreign', name)));
const budget = () => tabularBudget() as RawCell[][];
const check = (file: string, bytes: Uint8Array | string) =>
  runCli(['budget-check', file, '--year', '2026'], { [file]: bytes });

describe('sheets read from their parts, costing what their cells cost', () => {
  it('one stray cell at XFD1048576: the budget reads right, and the rows are as long as their own last cell', async () => {
    const bytes = await workbook(
      sheetXml(budget(), { cells: '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>' }),
    );
    const sheets = await readXlsxSheets(bytes, 'b.xlsx');
    if (!sheets.ok) throw new Error(sheets.error.message.en);
    const values = sheets.value[0]!.values;
    expect(values).toHaveLength(1_048_576);
    expect(values[1_048_575]).toHaveLength(16_384);
    expect(Math.max(...values.slice(0, 1000).map((r) => r.length))).toBeLessThan(10);
    expect(sheets.value[0]!.address).toBe('A1:XFD1048576');
    const r = await check('b.xlsx', bytes);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Budgeten för 2026 balanserar');
  });

  it('50 000 merged ranges cost nothing to read: the value stands in the top-left cell only, as in Excel', async () => {
    const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="A${200 + i}:C${200 + i}"/>`).join('');
    const bytes = await workbook(sheetXml(budget(), { after: `<mergeCells count="50000">${merges}</mergeCells>` }));
    const r = await check('b.xlsx', bytes);
    expect(r.code).toBe(0);
  });

  it('a zip bomb whose directory lies (2 KB stated, 70 MB inflated) is stopped as it inflates, naming the file and the part', async () => {
    const zip = await JSZip.loadAsync(await workbook(sheetXml(budget())));
    const entries = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map(async (f) => ({ name: f.name, content: Buffer.from(await f.async('uint8array')) })),
    );
    const bomb = handZip(
      entries.map((e) =>
        e.name === 'xl/worksheets/sheet1.xml'
          ? { ...e, content: Buffer.alloc(70 * 1024 * 1024, 0x20), declared: 2_000 }
          : e,
      ),
    );
    const r = await check('bomb.xlsx', new Uint8Array(bomb));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^bomb\.xlsx kan inte läsas: delen xl\/worksheets\/sheet1\.xml packas upp till över 64 MB \(gränsen är 64 MB per del\)/,
    );
  });
});

describe('answers that say what is wrong, naming the file', () => {
  it.each([
    [
      'protected_passtika.xlsx',
      'protected_passtika.xlsx är lösenordsskyddad (krypterad). Öppna den i Excel, ta bort lösenordet',
    ],
    [
      'password.xls',
      'password.xls är en äldre Excel-arbetsbok (.xls, Excel 97–2003). Öppna den i Excel eller LibreOffice, spara som .xlsx',
    ],
    [
      'Simple.xlsb',
      'Simple.xlsb kan inte läsas som en Excel-arbetsbok (.xlsx): det är en binär arbetsbok (.xlsb); spara den som .xlsx.',
    ],
    [
      'SampleSS.xml',
      'SampleSS.xml är en XML-kalkylbladsfil från Excel 2003 (SpreadsheetML). Öppna den i Excel eller LibreOffice, spara som .xlsx',
    ],
  ])('%s (Apache POI’s test data): exit 2 and advice that works', async (file, words) => {
    const r = await check(file, foreign(file));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
  });

  it('HTML saved with an .xls name, and a Numbers file, are said to be what they are', async () => {
    const html = await check(
      'Export.xls',
      '<html><body><table><tr><td>Intäkter</td><td>2 102 500</td></tr></table></body></html>',
    );
    expect(html.stderr).toContain(
      'Export.xls är en webbsida (HTML) med .xls-namn, inget kalkylblad. Öppna den i Excel eller LibreOffice, spara som .xlsx',
    );
    const numbers = new JSZip();
    numbers.file('Index/Document.iwa', new Uint8Array(64));
    const n = await check('Budget.numbers', await numbers.generateAsync({ type: 'uint8array' }));
    expect(n.stderr).toContain(
      'Budget.numbers kan inte läsas som en Excel-arbetsbok (.xlsx): det är en Numbers-fil; exportera den som Excel (.xlsx).',
    );
  });

  it('a workbook with no budget in it: exit 2 and what was looked for (not "balanserar inte")', async () => {
    const r = await check(
      'WithChart.xlsx',
      new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/workbooks/WithChart.xlsx'))),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'WithChart.xlsx: ingen budget i något av bladen ”Sheet1”, ”Sheet2”, ”Sheet3”. Det som söks är en rubrik ”Intäkter” och en rubrik ”Kostnader”, med rader och belopp under och var och en avslutad med ”Summa”, som i verksamhetsplanens avsnitt Budget.\n',
    );
  });
});

describe('CSV in one linear pass', () => {
  it('the lazy reader gives the same rows and separator as the eager one, for any text', () => {
    const text = fc
      .array(fc.constantFrom('a', '7', ';', ',', '\t', ' ', '\n', '\r', '"', '\r\n', 'ö', '""', '\ufeff'), {
        maxLength: 60,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const eager = readCsv(t);
        const lazy = readCsvLazily(t);
        expect(lazy.separator).toBe(eager.separator);
        expect([...lazy.rows]).toEqual(eager.rows);
      }),
      { numRuns: 5_000 },
    );
  });
});
