import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../../src/data/csv';

/**
 * Opens an .xlsx in LibreOffice headless, lets it compute every formula, and returns each sheet's
 * cells as LibreOffice computed them (raw values, not formatted), by sheet name.
 */
export function recalculateWithLibreOffice(xlsx: Uint8Array): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'avgift-lo-'));
  try {
    writeFileSync(join(dir, 'book.xlsx'), xlsx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        // UTF-8, comma separated, raw values, every sheet to its own file (sheet index -1).
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'book.xlsx'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const sheets = new Map<string, string[][]>();
    for (const file of readdirSync(join(dir, 'out'))) {
      const name = file.replace(/^book-/, '').replace(/\.csv$/, '');
      sheets.set(name, parseCsv(readFileSync(join(dir, 'out', file), 'utf8')));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A computed cell as a number ("18.4%" → 0.184). */
export function numeric(text: string | undefined): number {
  if (text === undefined || text === '') return Number.NaN;
  const t = text.trim();
  return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
}
