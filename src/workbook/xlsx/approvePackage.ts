import { createHash, randomBytes } from 'node:crypto';
import { LogEntry, ok } from '../../domain';
import type { FeeBook } from '../book';
import { LOG_HEADER_ROW, LOG_SHEET_KEY, logRow, logSheet } from '../layouts/log';
import { resolveNames } from '../plan/resolve';
import { feeYearSheetNames } from '../verify/feeYearSheets';
import { addSheetPart, markedSheetPart, packageSnapshot, packageStrings } from './packageBook';
import { textOf, XlsxPackage } from './package';
import { appendRowXml, protectSheetXml, rowStyles } from './sheetXml';

/** What approving changed in the package: the sheets protected and where the Fastställt row went. */
export interface PackageApproval {
  readonly bytes: Uint8Array;
  readonly protectedSheets: readonly string[];
  readonly log: { readonly sheet: string; readonly row: number };
}

/**
 * Fastställ in a file, as zip parts: the fee year's sheets (found by their markers) get a
 * `<sheetProtection>`, and the add-in's Logg (found by its marker) one Fastställt row; a package without
 * the add-in's Logg gets one as a new part ("Logg (2)" beside an officer's own Logg). Every other part,
 * the officer's sheets, charts, pivot tables, comments, names, styles and macros, is handed on byte for byte.
 *
 * @example await approvePackage(pkg, 2026, entry) // { protectedSheets: ['Avgift 2026', 'Fakturaunderlag 2026', …], log: { sheet: 'Logg', row: 6 }, bytes }
 */
export async function approvePackage(
  pkg: XlsxPackage,
  feeYear: number,
  entry: LogEntry,
  password?: string,
): Promise<PackageApproval> {
  const protectedSheets = feeYearSheetNames(pkg.names, feeYear);
  const hash = password ? passwordAttributes(password) : '';
  for (const name of protectedSheets) {
    const part = pkg.sheets.find((s) => s.name === name);
    const xml = part && (await textOf(pkg.zip, part.path));
    if (!part || xml === undefined) continue;
    const protectedXml = protectSheetXml(xml, hash);
    if (protectedXml !== xml) pkg.zip.file(part.path, protectedXml);
  }
  const logPart = markedSheetPart(pkg, LOG_SHEET_KEY);
  let log: PackageApproval['log'];
  if (logPart) {
    const xml = (await textOf(pkg.zip, logPart.path))!;
    const styles = rowStyles(xml, 1, ['Skrivet', 'Fastställt'], await packageStrings(pkg));
    const appended = appendRowXml(xml, logRow(entry), styles);
    pkg.zip.file(logPart.path, appended.xml);
    log = { sheet: logPart.name, row: appended.row };
  } else {
    // The Logg's name and marker as every writer chooses them: "Logg (2)" beside an officer's Logg.
    const plan = logSheet([entry]);
    const resolution = resolveNames(
      { sheets: [plan], names: [] },
      { sheets: pkg.sheets.map((s) => ({ name: s.name, ours: false })), names: pkg.names.map((n) => n.name) },
      false,
    );
    const sheet = resolution.sheetNames.get(LOG_SHEET_KEY)!;
    await addSheetPart(
      pkg,
      sheet,
      [{ name: resolution.markers.get(LOG_SHEET_KEY)!, address: '$A$1', hidden: true }],
      plan.blocks,
    );
    log = { sheet, row: LOG_HEADER_ROW + 1 };
  }
  const bytes = await pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, protectedSheets, log };
}

/**
 * A sheet password as Excel 2013 and later store it: SHA-512 over a random salt and the password
 * (UTF-16LE), spun 100 000 times with the round's number (ECMA-376 Part 1, 18.2.28 / Agile).
 *
 * @example passwordAttributes('hemligt') // ' algorithmName="SHA-512" hashValue="…" saltValue="…" spinCount="100000"'
 */
export function passwordAttributes(password: string, salt: Buffer = randomBytes(16), spinCount = 100_000): string {
  let key = createHash('sha512')
    .update(Buffer.concat([salt, Buffer.from(password, 'utf16le')]))
    .digest();
  const round = Buffer.alloc(4);
  for (let i = 0; i < spinCount; i++) {
    round.writeUInt32LE(i, 0);
    key = createHash('sha512')
      .update(Buffer.concat([key, round]))
      .digest();
  }
  return ` algorithmName="SHA-512" hashValue="${key.toString('base64')}" saltValue="${salt.toString('base64')}" spinCount="${spinCount}"`;
}

/**
 * An .xlsx file, opened as its zip parts, as a job's book: the add-in's sheets read by marker, and
 * Fastställ as `approvePackage` (the new bytes come back to be written where the officer said).
 *
 * @example await approveYear(packageFeeBook(pkg), { by: 'Eva Ek', now }) // → ok({ approved: true, applied: { bytes, log: { sheet: 'Logg', row: 6 }, … } })
 */
export const packageFeeBook = (pkg: XlsxPackage): FeeBook<PackageApproval> => ({
  snapshot: async () => ok(await packageSnapshot(pkg)),
  protectAndLog: async (feeYear, entry, password) => ok(await approvePackage(pkg, feeYear, entry, password)),
});
