import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../../src/data/csv';

/**
 * LibreOffice's settings for a run, written into a fresh user profile: an .xlsx is always
 * recalculated on load (LibreOffice's default is to keep the results saved in the file, so without
 * this an agreement with our cached results would prove nothing), and the locale it formats with.
 */
function profile(dir: string, locale: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  const prop = (path: string, name: string, value: string) =>
    `<item oor:path="${path}"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`;
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${prop('/org.openoffice.Office.Calc/Formula/Load', 'OOXMLRecalcMode', '0')}
${prop('/org.openoffice.Office.Calc/Formula/Load', 'ODFRecalcMode', '0')}
${prop('/org.openoffice.Setup/L10N', 'ooSetupSystemLocale', locale)}
</oor:items>
`,
  );
  return `-env:UserInstallation=file://${join(dir, 'profile')}`;
}

function convert(xlsx: Uint8Array, to: string, locale: string, read: (out: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'avgift-lo-'));
  try {
    writeFileSync(join(dir, 'book.xlsx'), xlsx);
    execFileSync(
      'soffice',
      [profile(dir, locale), '--headless', '--convert-to', to, '--outdir', join(dir, 'out'), join(dir, 'book.xlsx')],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    read(join(dir, 'out'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Opens an .xlsx in LibreOffice headless, lets it compute every formula (whatever results the file
 * carries), and returns each sheet's cells as LibreOffice computed them (raw values, not formatted),
 * by sheet name, row by row from A1 (empty rows kept, so a cell's address finds it).
 */
export function recalculateWithLibreOffice(xlsx: Uint8Array): Map<string, string[][]> {
  const sheets = new Map<string, string[][]>();
  // UTF-8, comma separated, raw values, every sheet to its own file (sheet index -1).
  convert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', 'en-US', (out) => {
    for (const file of readdirSync(out)) {
      const name = file.replace(/^book-/, '').replace(/\.csv$/, '');
      sheets.set(name, parseCsv(readFileSync(join(out, file), 'utf8'), true));
    }
  });
  return sheets;
}

/**
 * Prints an .xlsx as an officer in Sweden would (LibreOffice in Swedish, to PDF, with the page setup
 * the file carries) and returns the text of each printed page as `pdftotext -layout` lays it out.
 */
export function printWithLibreOffice(xlsx: Uint8Array): string[] {
  let text = '';
  convert(xlsx, 'pdf', 'sv-SE', (out) => {
    text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(out, 'book.pdf'), '-'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  });
  return text.split('\f').slice(0, -1);
}

/**
 * Prints an .xlsx with LibreOffice (in Swedish) and renders each page as a PNG (pdftoppm, `dpi`):
 * what the officer would see on paper, to look at and to keep as a test artefact.
 */
export function printPagesAsPng(xlsx: Uint8Array, dpi = 80): { text: string[]; png: Buffer[] } {
  let text: string[] = [];
  let png: Buffer[] = [];
  convert(xlsx, 'pdf', 'sv-SE', (out) => {
    const pdf = join(out, 'book.pdf');
    text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 })
      .split('\f')
      .slice(0, -1);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(out, 'page')], { timeout: 60_000 });
    png = readdirSync(out)
      .filter((f) => f.startsWith('page') && f.endsWith('.png'))
      .sort()
      .map((f) => readFileSync(join(out, f)));
  });
  return { text, png };
}

/** A computed cell as a number ("18.4%" → 0.184). */
export function numeric(text: string | undefined): number {
  if (text === undefined || text === '') return Number.NaN;
  const t = text.trim();
  return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
}

/**
 * Opens an .xlsx in LibreOffice, recalculates every formula and saves it again as .xlsx: a workbook
 * whose saved values a real spreadsheet engine computed (as a workbook saved by Excel has them).
 */
export function saveWithLibreOffice(xlsx: Uint8Array): Uint8Array {
  let saved = new Uint8Array();
  convert(xlsx, 'xlsx:Calc MS Excel 2007 XML', 'sv-SE', (out) => {
    saved = new Uint8Array(readFileSync(join(out, 'book.xlsx')));
  });
  return saved;
}
