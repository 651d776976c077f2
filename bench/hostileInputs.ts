/**
 * The inputs an officer (or an accident) can bring, made on the spot for `npm run bench` (bounds.ts):
 * one per class issue 19 found unbounded, each beside a plain file of the same kind. Written as bytes
 * with JSZip or by hand, never by the readers under test.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { generatedMembers } from '../test/support/generated';
import { tabularBudget } from '../test/support/seedBudget';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** A cell of a hand-written sheet: text inline, numbers as numbers, `{ s: i }` a shared string. */
type RawCell = string | number | { s: number } | null | undefined;

function sheetXml(rows: readonly (readonly RawCell[])[], extra: { cells?: string; after?: string } = {}): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const at = `${column(c)}${r + 1}`;
          if (v === null || v === undefined || v === '') return '';
          if (typeof v === 'number') return `<c r="${at}"><v>${v}</v></c>`;
          if (typeof v === 'object') return `<c r="${at}" t="s"><v>${v.s}</v></c>`;
          return `<c r="${at}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        })
        .join('');
      return cells ? `<row r="${r + 1}">${cells}</row>` : '';
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}${extra.cells ?? ''}</sheetData>${extra.after ?? ''}</worksheet>`;
}

/** A minimal, valid .xlsx of one sheet "Budget" (as Excel would open it). */
async function workbook(sheet: string, sharedStrings?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  if (sharedStrings) zip.file('xl/sharedStrings.xml', sharedStrings);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const budget = () => tabularBudget() as RawCell[][];

/** A zip written by hand, so that its directory can state any size for an entry (a lying bomb). */
function handZip(path: string, entries: readonly { name: string; content: Buffer; declared?: number }[]): void {
  const fd = openSync(path, 'w');
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = deflateRawSync(e.content, { level: 9 });
    const name = Buffer.from(e.name);
    const crc = crc32(e.content);
    const size = e.declared ?? e.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, name]));
    for (const b of [local, name, data]) writeSync(fd, b);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeSync(fd, directory);
  writeSync(fd, end);
  closeSync(fd);
}

/** The parts of the plain workbook, with its sheet replaced by `sheet` (stating `declared` bytes). */
async function bombWorkbook(path: string, sheet: Buffer, declared?: number): Promise<void> {
  const zip = await JSZip.loadAsync(await workbook(sheetXml(budget())));
  const entries: { name: string; content: Buffer; declared?: number }[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    entries.push(f.name === 'xl/worksheets/sheet1.xml' ? { name: f.name, content: sheet, ...(declared !== undefined ? { declared } : {}) } : { name: f.name, content: Buffer.from(await f.async('uint8array')) });
  }
  handZip(path, entries);
}

export interface HostileInput {
  readonly name: string;
  /** What an officer would run on it. */
  readonly args: (file: string) => string[];
  readonly file: string;
}

/** Writes every input into `dir`; returns them in the order the bench reports them. */
export async function writeHostileInputs(dir: string): Promise<HostileInput[]> {
  const { writeFileSync } = await import('node:fs');
  const out: HostileInput[] = [];
  const add = (name: string, file: string, bytes: Uint8Array | string, args: (file: string) => string[]) => {
    writeFileSync(join(dir, file), bytes);
    out.push({ name, file: join(dir, file), args });
  };
  const budgetCheck = (f: string) => ['budget-check', f, '--year', '2026'];

  add('budget, plain (.xlsx, 1 sheet)', 'budget.xlsx', await workbook(sheetXml(budget())), budgetCheck);
  add('budget with one stray cell at XFD1048576', 'budget-stray.xlsx', await workbook(sheetXml(budget(), { cells: '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>' })), budgetCheck);
  const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="A${200 + i}:C${200 + i}"/>`).join('');
  add('budget with 50 000 merged ranges', 'budget-merged.xlsx', await workbook(sheetXml(budget(), { after: `<mergeCells count="50000">${merges}</mergeCells>` })), budgetCheck);
  const big = 'x'.repeat(1024 * 1024);
  const shared = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12000" uniqueCount="1"><si><t>${big}</t></si></sst>`;
  const withShared = [...budget(), ...Array.from({ length: 400 }, () => Array.from({ length: 30 }, () => ({ s: 0 }) as RawCell))];
  add('budget with one 1 MB shared string in 12 000 cells', 'budget-shared.xlsx', await workbook(sheetXml(withShared), shared), budgetCheck);

  // A sheet of 600 MB of spaces: an XML text no reader should take in whole.
  const spaces = Buffer.alloc(600 * 1024 * 1024, 0x20);
  const bombDeclared = join(dir, 'bomb.xlsx');
  await bombWorkbook(bombDeclared, spaces);
  out.push({ name: 'zip bomb (a sheet inflating to 600 MB, as its directory says)', file: bombDeclared, args: budgetCheck });
  const bombLying = join(dir, 'bomb-lying.xlsx');
  await bombWorkbook(bombLying, spaces, 2_000);
  out.push({ name: 'zip bomb (600 MB, its directory says 2 KB)', file: bombLying, args: budgetCheck });

  // SCB's long CSV by region, age, sex and year (290 municipalities, ages 0–100, 18 years): about 33 MB.
  const members = generatedMembers(290);
  const lines = ['region;ålder;kön;år;Folkmängd'];
  for (const m of members) {
    for (let y = 2008; y <= 2025; y++) {
      let total = 0;
      for (let age = 0; age <= 100; age++) {
        for (const sex of ['män', 'kvinnor']) {
          const n = 100 + ((age * 7 + y) % 900);
          total += n;
          lines.push(`${m.code} ${m.name};${age} år;${sex};${y};${n}`);
        }
      }
      // SCB's own total of the table, as a download "with totals" has it: the row the reader takes.
      lines.push(`${m.code} ${m.name};totalt ålder;totalt;${y};${total}`);
    }
  }
  add(`population, SCB-style CSV (${lines.length.toLocaleString('en')} lines)`, 'population-big.csv', lines.join('\n'), (f) => ['allocate', '--year', '2026', '--population', f, '--members', join(dir, 'members.csv')]);
  writeFileSync(join(dir, 'members.csv'), ['kommunkod,kommun', ...members.slice(0, 8).map((m) => `${m.code},${m.name}`)].join('\n'));
  return out;
}
