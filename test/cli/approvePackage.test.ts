import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { partBytes, openXlsxPackage } from '../../src/workbook/xlsx/package';
import { passwordAttributes } from '../../src/workbook/xlsx/approvePackage';
import {
  withAddinSheets,
  officerWorkbook,
  OFFICER_WORKBOOKS,
  partsMatching,
  PRODUCED_WORKBOOKS,
} from '../support/officerWorkbook';
import { itWithShared, SHARED_DATA } from '../support/sharedData';
import { runCli } from './run';
import { FEE_SHEETS_2026 } from '../support/expected';

const APPROVED_AT = new Date('2026-01-23T09:30:00Z');

async function written2026(): Promise<Uint8Array> {
  const r = await runCli(['allocate', '--year', '2026', '--out', 'a.xlsx', '--by', 'Eva Ek']);
  expect(r.code).toBe(0);
  return r.written.get('a.xlsx') as Uint8Array;
}

async function approve(bytes: Uint8Array, extra: string[] = []) {
  return runCli(
    [
      'approve',
      'w.xlsx',
      '--year',
      '2026',
      '--by',
      'Eva Ek',
      '--reference',
      'Samarbetskommittén 2026-01-22 § 5',
      '--out',
      'f.xlsx',
      ...extra,
    ],
    { 'w.xlsx': bytes },
    APPROVED_AT,
  );
}

/** The parts of two packages that differ, and those only one of them has. */
async function changedParts(before: Uint8Array, after: Uint8Array) {
  const a = await partBytes(before);
  const b = await partBytes(after);
  const same = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((v, i) => v === y[i]);
  return {
    changed: [...a.keys()].filter((p) => b.has(p) && !same(a.get(p)!, b.get(p)!)).sort(),
    gone: [...a.keys()].filter((p) => !b.has(p)),
    added: [...b.keys()].filter((p) => !a.has(p)),
  };
}

/** The part of each sheet, by sheet name. */
async function sheetParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const pkg = await openXlsxPackage(bytes, 'x.xlsx');
  if (!pkg.ok) throw new Error(pkg.error.message.en);
  return new Map(pkg.value.sheets.map((s) => [s.name, s.path]));
}

describe('approve edits an officer’s real workbook as zip parts', () => {
  it.each(PRODUCED_WORKBOOKS)(
    '%s: only the fee sheets’ protection and the Logg row change; charts, drawings, pictures, comments and pivot parts are kept byte for byte',
    async (file) => {
      const officer = officerWorkbook(file);
      const before = await withAddinSheets(officer, await written2026());
      const r = await approve(before);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const after = r.written.get('f.xlsx') as Uint8Array;
      const parts = await sheetParts(before);
      const { changed, gone, added } = await changedParts(before, after);
      expect(gone).toEqual([]);
      expect(added).toEqual([]);
      expect(changed).toEqual([...FEE_SHEETS_2026, 'Logg'].map((s) => parts.get(s)!).sort());
      // Every part the officer had is still there, unchanged (the charts, the pivot caches, the theme…).
      const officerParts = await partBytes(officer);
      const afterParts = await partBytes(after);
      const changedOfficerParts = [...officerParts]
        .filter(
          ([p, bytes]) => Buffer.compare(Buffer.from(bytes), Buffer.from(afterParts.get(p) ?? new Uint8Array())) !== 0,
        )
        .map(([p]) => p);
      // The workbook part, its relationships and the content types list the add-in's sheets since the pane wrote them; nothing else differs.
      expect(changedOfficerParts.sort()).toEqual([
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/workbook.xml',
      ]);
      const kept = /^xl\/(charts|drawings|pivotTables|pivotCache|media)\/|comments/;
      expect(await partsMatching(after, kept)).toEqual(await partsMatching(officer, kept));
      expect((await partsMatching(officer, kept)).length).toBeGreaterThan(0);

      const verified = await runCli(['verify', 'f.xlsx', '--json'], { 'f.xlsx': after });
      expect(verified.code).toBe(0);
      expect(JSON.parse(verified.stdout)).toMatchObject({
        consistent: true,
        total: 2_102_500,
        logged: { action: 'Fastställt', name: 'Eva Ek', reference: 'Samarbetskommittén 2026-01-22 § 5' },
      });
    },
  );

  it('the approved file reads back in an independent reader (ExcelJS): the fee sheets protected, the rest not, the Fastställt row styled as the Logg’s rows', async () => {
    const r = await approve(await withAddinSheets(officerWorkbook('WithChart.xlsx'), await written2026()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.written.get('f.xlsx') as Uint8Array) as unknown as ArrayBuffer);
    const isProtected = (name: string) =>
      Boolean((wb.getWorksheet(name) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
    expect(FEE_SHEETS_2026.map(isProtected)).toEqual(FEE_SHEETS_2026.map(() => true));
    expect(['Befolkning', 'Historik', 'Logg', 'Sheet1'].filter((n) => wb.getWorksheet(n)).map(isProtected)).toEqual(
      ['Befolkning', 'Historik', 'Logg', 'Sheet1'].filter((n) => wb.getWorksheet(n)).map(() => false),
    );
    const log = wb.getWorksheet('Logg')!;
    expect([
      log.getCell('B6').value,
      log.getCell('C6').value,
      log.getCell('I6').value,
      log.getCell('K6').value,
    ]).toEqual(['Fastställt', 2026, 2_102_500, 'Eva Ek']);
    // On the add-in's own styled Logg (as the CLI writes it), the new row takes the number formats of the rows above.
    const styled = new ExcelJS.Workbook();
    await styled.xlsx.load(
      Buffer.from((await approve(await written2026())).written.get('f.xlsx') as Uint8Array) as unknown as ArrayBuffer,
    );
    const styledLog = styled.getWorksheet('Logg')!;
    expect(styledLog.getCell('I5').numFmt).toMatch(/kr/);
    expect(['A', 'C', 'I', 'J'].map((c) => styledLog.getCell(`${c}6`).numFmt)).toEqual(
      ['A', 'C', 'I', 'J'].map((c) => styledLog.getCell(`${c}5`).numFmt),
    );
  });

  it('a fastställd year is a lock: approving it again says when, by whom and on which decision, and writes nothing', async () => {
    const first = await approve(await withAddinSheets(officerWorkbook('WithThreeCharts.xlsx'), await written2026()));
    const again = await runCli(
      ['approve', 'f.xlsx', '--year', '2026', '--by', 'Per Persson', '--force'],
      { 'f.xlsx': first.written.get('f.xlsx') as Uint8Array },
      new Date('2026-04-02T08:00:00Z'),
    );
    expect(again.code).toBe(0);
    expect(again.written.size).toBe(0);
    expect(again.stdout).toBe(
      'Avgifterna för 2026 fastställdes 23 januari 2026 av Eva Ek (Samarbetskommittén 2026-01-22 § 5). Inget ändrades; f.xlsx är som den var.\n',
    );
    const en = await runCli(['approve', 'f.xlsx', '--by', 'Per Persson', '--force', '--lang', 'en'], {
      'f.xlsx': first.written.get('f.xlsx') as Uint8Array,
    });
    expect(en.stdout).toBe(
      'The fees for 2026 were approved on 23 January 2026 by Eva Ek (Samarbetskommittén 2026-01-22 § 5). Nothing was changed; f.xlsx is as it was.\n',
    );
  });

  it('the officer’s own Logg and Medlemmar are left as they are; the add-in’s Logg (2), found by its marker, gets the row', async () => {
    const namesakes = [
      { name: 'Logg', rows: [['Mötesanteckningar'], ['2026-01-22', 'Samarbetskommittén: budgeten antogs']] },
      {
        name: 'Medlemmar',
        rows: [
          ['Namn', 'E-post'],
          ['Eva Ek', 'eva.ek@huddinge.se'],
        ],
      },
    ];
    const before = await withAddinSheets(
      officerWorkbook('pivot_table_named_range.xlsx'),
      await written2026(),
      namesakes,
    );
    const parts = await sheetParts(before);
    expect(parts.has('Logg (2)')).toBe(true);
    const r = await approve(before);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('raden Fastställt står på Logg (2), rad 6');
    const { changed } = await changedParts(before, r.written.get('f.xlsx') as Uint8Array);
    expect(changed).toContain(parts.get('Logg (2)'));
    expect(changed).not.toContain(parts.get('Logg'));
    expect(changed).not.toContain(parts.get('Medlemmar'));
    const verified = await runCli(['verify', 'f.xlsx', '--json'], { 'f.xlsx': r.written.get('f.xlsx') as Uint8Array });
    expect(JSON.parse(verified.stdout)).toMatchObject({ consistent: true, logged: { action: 'Fastställt' } });
  });

  it('a workbook whose add-in Logg is missing gets one as a new part, beside the officer’s own Logg, and nothing else of theirs changes', async () => {
    const before = await withAddinSheets(
      officerWorkbook('WithChart.xlsx'),
      await written2026(),
      [{ name: 'Logg', rows: [['Mina anteckningar']] }],
      ['Logg'],
    );
    const r = await approve(before);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('raden Fastställt står på Logg (2), rad 5');
    const { changed, added } = await changedParts(before, r.written.get('f.xlsx') as Uint8Array);
    expect(added).toHaveLength(1);
    expect(changed.filter((p) => !p.startsWith('xl/worksheets/'))).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
    ]);
    const parts = await sheetParts(before);
    expect(changed).not.toContain(parts.get('Logg'));
    const verified = await runCli(['verify', 'f.xlsx', '--json'], { 'f.xlsx': r.written.get('f.xlsx') as Uint8Array });
    expect(JSON.parse(verified.stdout)).toMatchObject({
      consistent: true,
      logged: { action: 'Fastställt', name: 'Eva Ek' },
    });
  });

  it('a sheet password is stored as Excel 2013+ stores it: the same hash as ExcelJS’s own implementation of the algorithm', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const encryptor = require('exceljs/lib/utils/encryptor') as {
      convertPasswordToHash(p: string, alg: string, salt: string, spin: number): string;
    };
    const salt = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const attrs = passwordAttributes('hemligt', salt, 1000);
    expect(attrs).toContain(
      `hashValue="${encryptor.convertPasswordToHash('hemligt', 'SHA512', salt.toString('base64'), 1000)}"`,
    );
    expect(attrs).toContain(`saltValue="${salt.toString('base64')}"`);
  });

  it('a password-protected (encrypted) workbook, and an old .xls, are refused by name, each as what it is, with what to do', async () => {
    const foreign = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/foreign', name)));
    const encrypted = await approve(foreign('protected_passtika.xlsx'));
    expect(encrypted.code).toBe(2);
    expect(encrypted.stderr).toContain('w.xlsx är lösenordsskyddad (krypterad). Öppna den i Excel, ta bort lösenordet');
    expect(encrypted.written.size).toBe(0);
    const xls = await approve(foreign('password.xls'));
    expect(xls.code).toBe(2);
    expect(xls.stderr).toContain(
      'w.xlsx är en äldre Excel-arbetsbok (.xls, Excel 97–2003). Öppna den i Excel eller LibreOffice, spara som .xlsx',
    );
    expect(xls.written.size).toBe(0);
  });

  itWithShared('the copies in test/fixtures/workbooks are ../shared/data/workbooks byte for byte', () => {
    for (const file of OFFICER_WORKBOOKS)
      expect(
        Buffer.compare(Buffer.from(officerWorkbook(file)), readFileSync(resolve(SHARED_DATA, 'workbooks', file))),
      ).toBe(0);
  });
});

describe('a workbook with a fastställd year is never written over by the command line', () => {
  it('allocate --out onto it with --force is refused, saying when and by whom; the file is not written; another name works', async () => {
    const approved = (
      await approve(await withAddinSheets(officerWorkbook('WithChart.xlsx'), await written2026()))
    ).written.get('f.xlsx') as Uint8Array;
    const r = await runCli(['allocate', '--year', '2026', '--out', 'f.xlsx', '--force'], { 'f.xlsx': approved });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'f.xlsx skrivs inte över: Avgifterna för 2026 fastställdes 23 januari 2026 av Eva Ek (Samarbetskommittén 2026-01-22 § 5). Ett fastställt år är låst',
    );
    expect(r.written.size).toBe(0);
    const elsewhere = await runCli(['allocate', '--year', '2026', '--out', 'ny.xlsx', '--force'], {
      'f.xlsx': approved,
    });
    expect(elsewhere.code).toBe(0);
  });

  it('a workbook whose fastställda sheets were changed since holds no lock (verify reports the change) and --force may replace it', async () => {
    const approved = (await approve(await written2026())).written.get('f.xlsx') as Uint8Array;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(approved) as unknown as ArrayBuffer);
    wb.getWorksheet('Avgift 2026')!.getCell('C10').value = 96_751;
    const changed = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await runCli(['verify', 'f.xlsx'], { 'f.xlsx': changed })).code).toBe(3);
    expect(
      (await runCli(['allocate', '--year', '2026', '--out', 'f.xlsx', '--force'], { 'f.xlsx': changed })).code,
    ).toBe(0);
  });
});

describe('a workbook with macros', () => {
  /** A real workbook made macro-enabled as Excel stores one: a vbaProject part, its relationship and content types. */
  async function asXlsm(bytes: Uint8Array): Promise<Uint8Array> {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    zip.file('xl/vbaProject.bin', new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251)));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types
        .replace(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        )
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  it('an .xlsm is approved as an .xlsm with its macros byte for byte; an .xlsx output for it is refused with why', async () => {
    const before = await asXlsm(await withAddinSheets(officerWorkbook('WithChart.xlsx'), await written2026()));
    const refused = await runCli(['approve', 'w.xlsm', '--by', 'Eva Ek', '--out', 'f.xlsx'], { 'w.xlsm': before });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--out ska vara en .xlsm-fil');
    const r = await runCli(['approve', 'w.xlsm', '--year', '2026', '--by', 'Eva Ek', '--out', 'f.xlsm'], {
      'w.xlsm': before,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { changed, gone, added } = await changedParts(before, r.written.get('f.xlsm') as Uint8Array);
    expect([gone, added]).toEqual([[], []]);
    expect(changed.filter((p) => !p.startsWith('xl/worksheets/'))).toEqual([]);
    expect(await partsMatching(r.written.get('f.xlsm') as Uint8Array, /vbaProject/)).toEqual(['xl/vbaProject.bin']);
  });
});
