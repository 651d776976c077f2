/**
 * The inputs an officer (or an accident) can bring, made on the spot for `npm run bench` (bounds.ts):
 * one per class issue 19 found unbounded, each beside a plain file of the same kind. Written as bytes
 * with JSZip or by hand, never by the readers under test.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { generatedMembers } from '../test/support/generated';
import { handZip, RawCell, sheetXml, workbook } from '../test/support/xlsxByHand';
import { tabularBudget } from '../test/support/seedBudget';

const budget = () => tabularBudget() as RawCell[][];

/** The parts of the plain workbook, with its sheet replaced by `sheet` (stating `declared` bytes). */
async function bombWorkbook(path: string, sheet: Buffer, declared?: number): Promise<void> {
  const zip = await JSZip.loadAsync(await workbook(sheetXml(budget())));
  const entries: { name: string; content: Buffer; declared?: number }[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    entries.push(
      f.name === 'xl/worksheets/sheet1.xml'
        ? { name: f.name, content: sheet, ...(declared !== undefined ? { declared } : {}) }
        : { name: f.name, content: Buffer.from(await f.async('uint8array')) },
    );
  }
  writeFileSync(path, handZip(entries));
}

export interface HostileInput {
  readonly name: string;
  /** What an officer would run on it. */
  readonly args: (file: string) => string[];
  readonly file: string;
}

/** Writes every input into `dir`; returns them in the order the bench reports them. */
export async function writeHostileInputs(dir: string): Promise<HostileInput[]> {
  const out: HostileInput[] = [];
  const add = (name: string, file: string, bytes: Uint8Array | string, args: (file: string) => string[]) => {
    writeFileSync(join(dir, file), bytes);
    out.push({ name, file: join(dir, file), args });
  };
  const budgetCheck = (f: string) => ['budget-check', f, '--year', '2026'];

  add('budget, plain (.xlsx, 1 sheet)', 'budget.xlsx', await workbook(sheetXml(budget())), budgetCheck);
  add(
    'budget with one stray cell at XFD1048576',
    'budget-stray.xlsx',
    await workbook(
      sheetXml(budget(), { cells: '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>' }),
    ),
    budgetCheck,
  );
  const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="A${200 + i}:C${200 + i}"/>`).join('');
  add(
    'budget with 50 000 merged ranges',
    'budget-merged.xlsx',
    await workbook(sheetXml(budget(), { after: `<mergeCells count="50000">${merges}</mergeCells>` })),
    budgetCheck,
  );
  const big = 'x'.repeat(1024 * 1024);
  const shared = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12000" uniqueCount="1"><si><t>${big}</t></si></sst>`;
  const withShared = [
    ...budget(),
    ...Array.from({ length: 400 }, () => Array.from({ length: 30 }, () => ({ s: 0 }) as RawCell)),
  ];
  add(
    'budget with one 1 MB shared string in 12 000 cells',
    'budget-shared.xlsx',
    await workbook(sheetXml(withShared), shared),
    budgetCheck,
  );

  // A sheet of 600 MB of spaces: an XML text no reader should take in whole.
  const spaces = Buffer.alloc(600 * 1024 * 1024, 0x20);
  const bombDeclared = join(dir, 'bomb.xlsx');
  await bombWorkbook(bombDeclared, spaces);
  out.push({
    name: 'zip bomb (a sheet inflating to 600 MB, as its directory says)',
    file: bombDeclared,
    args: budgetCheck,
  });
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
  add(
    `population, SCB-style CSV (${lines.length.toLocaleString('en')} lines)`,
    'population-big.csv',
    lines.join('\n'),
    (f) => ['allocate', '--year', '2026', '--population', f, '--members', join(dir, 'members.csv')],
  );
  writeFileSync(
    join(dir, 'members.csv'),
    ['kommunkod,kommun', ...members.slice(0, 8).map((m) => `${m.code},${m.name}`)].join('\n'),
  );
  return out;
}
