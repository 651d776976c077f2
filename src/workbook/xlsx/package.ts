import JSZip from 'jszip';
import { fail, ok, Result } from '../../domain';
import { saveAsXlsx, spreadsheetKind } from './kind';
import { decodeXml, attribute } from './xml';

/**
 * An officer's .xlsx opened as what it is: a zip of parts. The add-in reads and changes only its own
 * parts (found by its markers) and hands every other part on byte for byte; nothing is round-tripped
 * through a spreadsheet library.
 */
export interface XlsxPackage {
  readonly zip: JSZip;
  readonly fileName: string;
  /** The workbook part, normally xl/workbook.xml. */
  readonly workbookPath: string;
  /** Sheets in tab order with the part that holds each. */
  readonly sheets: readonly { readonly name: string; readonly path: string }[];
  /** Workbook-level defined names (sheet-scoped names are the officer's business), formulas with "=". */
  readonly names: readonly { readonly name: string; readonly formula: string; readonly hidden: boolean }[];
}

/**
 * What one part may inflate to when the add-in reads it (its own sheets, an officer's budget or
 * population sheet): checked on the zip directory's stated size and ratio before inflating, and on the
 * bytes as they come. A part past it is refused by name; parts the add-in does not read cost nothing.
 */
export const PART_LIMITS = { bytes: 64 * 1024 * 1024, ratio: 1000, entries: 10_000 } as const;

/**
 * Opens an .xlsx as its parts, checking the zip directory's declared sizes before anything is inflated,
 * and reads the workbook part's sheets and names. A password-protected workbook, an old .xls, a zip
 * that is no workbook, or a bomb is refused with the file's name.
 *
 * @example (await openXlsxPackage(bytes, 'Avgifter 2026.xlsx')).value.sheets[0] // { name: 'Budget', path: 'xl/worksheets/sheet1.xml' }
 */
export async function openXlsxPackage(bytes: Uint8Array, fileName: string): Promise<Result<XlsxPackage>> {
  const unreadable = (why: { sv: string; en: string }) =>
    fail<XlsxPackage>(
      'xlsx-unreadable',
      `${fileName} kan inte läsas som en Excel-arbetsbok (.xlsx): ${why.sv}`,
      `${fileName} cannot be read as an Excel workbook (.xlsx): ${why.en}`,
    );
  // An OLE2 container is an encrypted workbook or an old .xls, each said as what it is.
  const kind = spreadsheetKind(bytes);
  if (kind === 'encrypted' || kind === 'xls') return saveAsXlsx(fileName, kind);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return unreadable({ sv: 'filen är ingen zip-fil.', en: 'the file is not a zip file.' });
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > PART_LIMITS.entries)
    return unreadable({ sv: `den har ${entries.length} delar.`, en: `it has ${entries.length} parts.` });
  try {
    return await packageOf(zip, fileName, unreadable);
  } catch (e) {
    if (e instanceof PartTooLarge) return partTooLarge(fileName, e);
    throw e;
  }
}

async function packageOf(
  zip: JSZip,
  fileName: string,
  unreadable: (why: { sv: string; en: string }) => Result<XlsxPackage>,
): Promise<Result<XlsxPackage>> {
  const rootRels = await textOf(zip, '_rels/.rels');
  const workbookTarget =
    rootRels === undefined
      ? undefined
      : relationships(rootRels, '').find((r) => r.type.endsWith('/officeDocument'))?.target;
  const workbookPath = workbookTarget ?? 'xl/workbook.xml';
  if (/\.bin$/i.test(workbookPath))
    return unreadable({
      sv: 'det är en binär arbetsbok (.xlsb); spara den som .xlsx.',
      en: 'it is a binary workbook (.xlsb); save it as .xlsx.',
    });
  const workbookXml = await textOf(zip, workbookPath);
  if (workbookXml === undefined) {
    const hint = zip.file('Index/Document.iwa')
      ? {
          sv: 'det är en Numbers-fil; exportera den som Excel (.xlsx).',
          en: 'it is a Numbers file; export it as Excel (.xlsx).',
        }
      : zip.file('xl/workbook.bin')
        ? {
            sv: 'det är en binär arbetsbok (.xlsb); spara den som .xlsx.',
            en: 'it is a binary workbook (.xlsb); save it as .xlsx.',
          }
        : { sv: 'arbetsboksdelen saknas.', en: 'the workbook part is missing.' };
    return unreadable(hint);
  }
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = relationships(
    (await textOf(zip, `${folder}_rels/${workbookPath.slice(folder.length)}.rels`)) ?? '',
    folder,
  );
  const sheets = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].flatMap((m) => {
    const id = /\s[\w]+:id="([^"]*)"/.exec(m[1]!)?.[1];
    const rel = rels.find((r) => r.id === id && r.type.endsWith('/worksheet'));
    const name = attribute(m[1]!, 'name');
    return rel && name !== undefined ? [{ name, path: rel.target }] : [];
  });
  const names = [
    ...workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*?)>([\s\S]*?)<\/(?:\w+:)?definedName>/g),
  ].flatMap((m) => {
    const name = attribute(m[1]!, 'name');
    if (name === undefined || attribute(m[1]!, 'localSheetId') !== undefined) return [];
    return [
      {
        name,
        formula: `=${decodeXml(m[2]!)}`,
        hidden: attribute(m[1]!, 'hidden') === '1' || attribute(m[1]!, 'hidden') === 'true',
      },
    ];
  });
  return ok({ zip, fileName, workbookPath, sheets, names });
}

/**
 * A part's text, or undefined when the package has no such part; a part stating more than
 * PART_LIMITS.bytes, or a ratio no XML has, is refused before it is inflated, and one that inflates
 * past the limit all the same (a zip directory can lie) is stopped as the bytes come.
 *
 * @example await textOf(zip, 'xl/workbook.xml') // '<?xml …><workbook …>'
 */
export async function textOf(zip: JSZip, path: string, limit: number = PART_LIMITS.bytes): Promise<string | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  const sizes = (file as unknown as { _data?: { uncompressedSize?: number; compressedSize?: number } })._data;
  const stated = sizes?.uncompressedSize ?? 0;
  if (stated > limit || stated / Math.max(1, sizes?.compressedSize ?? 1) > PART_LIMITS.ratio)
    throw new PartTooLarge(path, stated);
  const decoder = new TextDecoder('utf-8');
  return new Promise<string>((resolve, reject) => {
    const parts: string[] = [];
    let inflated = 0;
    // JSZip's own chunked stream (in the browser as in Node); its typings leave it out.
    const stream = (file as unknown as { internalStream(type: 'uint8array'): PartStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        inflated += chunk.length;
        if (inflated > limit) {
          stream.pause();
          reject(new PartTooLarge(path, inflated));
          return;
        }
        parts.push(decoder.decode(chunk, { stream: true }));
      })
      .on('error', reject)
      .on('end', () => resolve(parts.join('') + decoder.decode()))
      .resume();
  });
}

interface PartStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): PartStream;
  on(event: 'error', listener: (e: Error) => void): PartStream;
  on(event: 'end', listener: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/** A part that would inflate past the limit: refused before (or while) it is inflated. */
export class PartTooLarge extends Error {
  constructor(
    readonly part: string,
    readonly bytes: number,
  ) {
    super(`${part} inflates to more than ${bytes} bytes`);
  }
}

/** The refusal for a part too large to read, naming the file and the part. */
export function partTooLarge<T>(fileName: string, e: PartTooLarge): Result<T> {
  const mb = Math.round(e.bytes / 1024 / 1024);
  return fail(
    'xlsx-too-large',
    `${fileName} kan inte läsas: delen ${e.part} packas upp till ${mb > 0 ? `över ${mb} MB` : 'långt mer än filen rymmer'} (gränsen är ${PART_LIMITS.bytes / 1024 / 1024} MB per del). Är filen skadad, eller en zip-bomb? Spara bara bladen som behövs i en ny arbetsbok och försök igen.`,
    `${fileName} cannot be read: the part ${e.part} inflates to ${mb > 0 ? `over ${mb} MB` : 'far more than the file holds'} (the limit is ${PART_LIMITS.bytes / 1024 / 1024} MB per part). Is the file damaged, or a zip bomb? Save only the sheets needed in a new workbook and try again.`,
  );
}

/** The relationships of a .rels part, targets resolved against the folder of their source part. */
export function relationships(xml: string, folder: string): { id: string; type: string; target: string }[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)].flatMap((m) => {
    const id = attribute(m[1]!, 'Id');
    const type = attribute(m[1]!, 'Type');
    const target = attribute(m[1]!, 'Target');
    if (id === undefined || type === undefined || target === undefined || attribute(m[1]!, 'TargetMode') === 'External')
      return [];
    return [{ id, type, target: resolvePartPath(folder, target) }];
  });
}

/** "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" → "xl/x.xml"; "../a" climbs. */
export function resolvePartPath(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Every part's bytes (inflated), by path: for comparing a package before and after a change. */
export async function partBytes(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async('uint8array'));
  return parts;
}
