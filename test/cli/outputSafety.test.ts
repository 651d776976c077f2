import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CliIo, nodeIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { tabularBudget } from '../support/seedBudget';
import { runCli } from './run';

/** The command line on the real file system of a fresh folder, as an officer runs it. */
async function onDisk(argv: string[], dir: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    ...nodeIo,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    now: () => new Date('2026-11-23T08:00:00Z'),
  };
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return { code: await run(argv, io), stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}

async function budgetWorkbook(path: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  for (const r of tabularBudget()) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}

describe('no command loses or half-writes a file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'avgift-out-'));
    await budgetWorkbook(join(dir, 'B.xlsx'));
  });
  const files = () => readdirSync(dir).sort();

  it('budget-check B.xlsx --out B.xlsx --force refuses: the budget is never overwritten', async () => {
    const before = readFileSync(join(dir, 'B.xlsx'));
    for (const out of ['B.xlsx', './B.xlsx', join(dir, 'B.xlsx')]) {
      const r = await onDisk(['budget-check', 'B.xlsx', '--year', '2026', '--out', out, '--force'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `--out ${out} är samma fil som indatafilen B.xlsx; den skulle skrivas över. Välj ett annat namn.\n`,
      );
    }
    expect(readFileSync(join(dir, 'B.xlsx')).equals(before)).toBe(true);
    expect(files()).toEqual(['B.xlsx']);
  });

  it('an output into a missing folder is refused before anything is written, in one line, exit 2', async () => {
    const r = await onDisk(['allocate', '--year', '2026', '--out', 'ok.xlsx', '--csv', 'saknas/f.csv'], dir);
    expect([r.code, r.stderr]).toEqual([
      2,
      'Mappen för --csv saknas/f.csv finns inte; skapa den först eller välj en annan.\n',
    ]);
    expect(files()).toEqual(['B.xlsx']);
    const b = await onDisk(['budget-check', 'B.xlsx', '--out', 'saknas/K.xlsx'], dir);
    expect([b.code, b.stderr.split('\n').length]).toEqual([2, 2]);
  });

  it('--out and --csv must differ and have the right extensions', async () => {
    expect((await onDisk(['allocate', '--year', '2026', '--out', 'f.csv', '--csv', 'f.csv'], dir)).stderr).toBe(
      '--out ska vara en .xlsx-fil, inte ”f.csv”.\n',
    );
    expect((await onDisk(['allocate', '--year', '2026', '--out', 'A.xlsx', '--csv', 'A.xlsx'], dir)).stderr).toBe(
      '--csv ska vara en .csv-fil, inte ”A.xlsx”.\n',
    );
    expect((await onDisk(['budget-template', '--year', '2026', '--out', 'mall.xls'], dir)).stderr).toBe(
      '--out ska vara en .xlsx-fil, inte ”mall.xls”.\n',
    );
    expect(files()).toEqual(['B.xlsx']);
  });

  it('a read-only folder is refused up front; a good run leaves no temporary file behind', async () => {
    const locked = join(dir, 'låst');
    require('node:fs').mkdirSync(locked);
    chmodSync(locked, 0o500);
    // root may write anywhere: the refusal is only observable for an ordinary user.
    if (process.getuid?.() !== 0) {
      const r = await onDisk(['allocate', '--year', '2026', '--out', 'ok.xlsx', '--csv', 'låst/f.csv'], dir);
      expect(r.stderr).toBe('Mappen för --csv låst/f.csv går inte att skriva i; välj en annan mapp.\n');
    }
    chmodSync(locked, 0o700);
    const good = await onDisk(['allocate', '--year', '2026', '--out', 'A.xlsx', '--csv', 'f.csv'], dir);
    expect(good.code).toBe(0);
    expect(files()).toEqual(['A.xlsx', 'B.xlsx', 'f.csv', 'låst']);
  });

  it('a failed write leaves neither the target nor a temporary file', async () => {
    writeFileSync(join(dir, 'old.csv'), 'old');
    const failing: CliIo = { ...nodeIo, stdout: () => undefined, stderr: () => undefined };
    const { writeOutputs } = await import('../../src/cli/files');
    // A folder where the csv should go makes the rename fail after the xlsx's temporary file was written.
    require('node:fs').mkdirSync(join(dir, 'f.csv'));
    await expect(
      writeOutputs(failing, [
        { path: join(dir, 'x.xlsx'), data: 'xlsx' },
        { path: join(dir, 'f.csv'), data: 'csv' },
      ]),
    ).rejects.toMatchObject({ sv: expect.stringContaining('; inget skrevs.') });
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    expect(files().filter((f) => f.startsWith('.'))).toEqual([]);
    // A file replaced with --force is put back when a later output fails.
    writeFileSync(join(dir, 'x.xlsx'), 'the old workbook');
    await expect(
      writeOutputs(failing, [
        { path: join(dir, 'x.xlsx'), data: 'new' },
        { path: join(dir, 'f.csv'), data: 'csv' },
      ]),
    ).rejects.toMatchObject({ exitCode: 2 });
    expect(readFileSync(join(dir, 'x.xlsx'), 'utf8')).toBe('the old workbook');
    expect(files().filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('write, then reuse: the Befolkning sheet of our own workbook is a population source', () => {
  it('allocate --out, then allocate --population on that workbook gives the same fees', async () => {
    const first = await runCli(['allocate', '--year', '2026', '--out', 'Avgift.xlsx', '--json']);
    const again = await runCli(['allocate', '--year', '2026', '--population', 'Avgift.xlsx', '--json'], {
      'Avgift.xlsx': first.written.get('Avgift.xlsx') as Uint8Array,
    });
    expect(again.stderr).toBe('');
    const [a, b] = [JSON.parse(first.stdout), JSON.parse(again.stdout)];
    expect(b.total).toBe(2_102_500);
    expect(b.members.map((m: { population: number }) => m.population)).toEqual(
      a.members.map((m: { population: number }) => m.population),
    );
    expect(b.source.label).toBe('Fil Avgift.xlsx, blad Befolkning');
  });
});

describe('messages name the real fault first, values as typed, long arguments cut', () => {
  it('an unknown rule is "okänd regel", even with --amount', async () => {
    const r = await runCli(['allocate', '--rule', 'splt', '--amount', '860000']);
    expect(r.stderr).toBe('Okänd regel ”splt”. Välj per-capita, indexed, indexed-chained eller split.\n');
  });

  it('a 100 000-character argument is cut to 60 characters', async () => {
    const long = 'x'.repeat(100_000);
    const r = await runCli(['allocate', '--year', '2026', '--out', long]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`--out ska vara en .xlsx-fil, inte ”${'x'.repeat(59)}…”.\n`);
    for (const argv of [['allocate', long], ['allocate', '--year', long], [long], ['allocate', `--${long}`]]) {
      const e = await runCli(argv);
      expect(e.code).toBe(2);
      expect(e.stderr.length).toBeLessThan(200);
      expect(e.stderr).toContain('x…');
    }
  });
});
