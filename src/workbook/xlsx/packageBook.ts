import { LogEntry } from '../../domain';
import { lockingEntry } from '../verify/approval';
import { cellAddress, parseCell } from '../plan/address';
import { LOG_SHEET_KEY, readLogEntries } from '../layouts/log';
import { verifyWorkbook } from '../verify/verify';
import { Block, Cell, MARKER_PREFIX } from '../plan/plan';
import { sheetOfReference } from '../plan/resolve';
import { markedSheet, markedSheetNames, WorkbookSnapshot } from '../verify/snapshot';
import { cellXml, readSheetXml, sharedStrings } from './sheetXml';
import { relationships, textOf, XlsxPackage } from './package';
import { attribute, encodeXml } from './xml';

/**
 * The add-in's own sheets of a package (those its hidden markers point at) and the workbook's names:
 * what verify and approve read. The officer's sheets are never inflated or parsed.
 *
 * @example (await packageSnapshot(pkg)).sheets.map((s) => s.name) // ['Avgift 2026', 'Befolkning', 'Logg', …]
 */
export async function packageSnapshot(pkg: XlsxPackage): Promise<WorkbookSnapshot> {
  const ours = new Set(
    pkg.names.filter((n) => n.name.startsWith(MARKER_PREFIX)).map((n) => sheetOfReference(n.formula)),
  );
  const sheets = pkg.sheets.filter((s) => ours.has(s.name));
  const strings = sheets.length ? await packageStrings(pkg) : [];
  const read = await Promise.all(
    sheets.map(async (s) => readSheetXml(s.name, (await textOf(pkg.zip, s.path)) ?? '', strings)),
  );
  return { sheets: read, names: pkg.names.map(({ name, formula }) => ({ name, formula })) };
}

const sharedStringsPath = (pkg: XlsxPackage) => pkg.workbookPath.replace(/[^/]*$/, 'sharedStrings.xml');

/** The part of the add-in's sheet marked with a key (the latest version), if the package has one. */
export function markedSheetPart(pkg: XlsxPackage, key: string): { name: string; path: string } | undefined {
  const name = markedSheetNames(pkg.names, key)[0];
  return pkg.sheets.find((s) => s.name === name);
}

/** The shared strings of the package (for reading a part's string cells). */
export async function packageStrings(pkg: XlsxPackage): Promise<string[]> {
  return sharedStrings((await textOf(pkg.zip, sharedStringsPath(pkg))) ?? '');
}

/** A workbook name that a new sheet part brings: its marker, or a named cell such as Sats_2026. */
export interface PartName {
  readonly name: string;
  /** Absolute address on the new sheet, e.g. "$A$1". */
  readonly address: string;
  readonly hidden?: boolean;
}

/**
 * Adds a new sheet part of plain cells (no styles, text inline, formulas with their saved results) and
 * its names: the workbook part gets one `<sheet>` and the names, its relationships one entry and the
 * content types one override; no other part changes. `name` is free already (resolveNames chose it:
 * "Logg (2)" beside an officer's own Logg).
 *
 * @example await addSheetPart(pkg, 'Logg (2)', [{ name: 'AVGF_logg', address: '$A$1', hidden: true }], logSheet([entry]).blocks)
 */
export async function addSheetPart(
  pkg: XlsxPackage,
  name: string,
  names: readonly PartName[],
  blocks: readonly Block[],
): Promise<void> {
  let workbook = (await textOf(pkg.zip, pkg.workbookPath))!;
  const sheetTags = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)];
  const folder = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${folder}_rels/${pkg.workbookPath.slice(folder.length)}.rels`;
  let n = 1;
  while (pkg.zip.file(`${folder}worksheets/sheet${n}.xml`)) n++;
  const path = `${folder}worksheets/sheet${n}.xml`;
  const rels =
    (await textOf(pkg.zip, relsPath)) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set(relationships(rels, folder).map((r) => r.id));
  let rid = 1;
  while (ids.has(`rId${rid}`)) rid++;
  const sheetIds = sheetTags.map((m) => Number(attribute(m[1]!, 'sheetId') ?? 0));
  const p = /<(\w+:)?sheets\b/.exec(workbook)?.[1] ?? '';
  const r = /\s(\w+):id="/.exec(sheetTags[0]?.[0] ?? '')?.[1] ?? 'r';
  workbook = workbook.replace(
    new RegExp(`</${p}sheets>`),
    `<${p}sheet name="${encodeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${r}:id="rId${rid}"/></${p}sheets>`,
  );
  const quoted = `'${encodeXml(name.replace(/'/g, "''"))}'`;
  const definedNames = names
    .map(
      (d) =>
        `<${p}definedName name="${encodeXml(d.name)}"${d.hidden ? ' hidden="1"' : ''}>${quoted}!${d.address}</${p}definedName>`,
    )
    .join('');
  if (new RegExp(`</${p}definedNames>`).test(workbook))
    workbook = workbook.replace(new RegExp(`</${p}definedNames>`), `${definedNames}</${p}definedNames>`);
  else if (definedNames) {
    const after = new RegExp(`</${p}externalReferences>`).test(workbook)
      ? `</${p}externalReferences>`
      : `</${p}sheets>`;
    workbook = workbook.replace(after, `${after}<${p}definedNames>${definedNames}</${p}definedNames>`);
  }
  pkg.zip.file(pkg.workbookPath, workbook);
  pkg.zip.file(
    relsPath,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rId${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  const types = (await textOf(pkg.zip, '[Content_Types].xml'))!;
  pkg.zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  pkg.zip.file(path, sheetPartXml(blocks));
}

/** A worksheet part of a plan's blocks as plain cells: numbers as numbers, text inline, formulas with their results. */
function sheetPartXml(blocks: readonly Block[]): string {
  const grid = new Map<number, Map<number, Cell>>();
  for (const block of blocks) {
    const origin = parseCell(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (!cell) return;
        const row = grid.get(origin.row + r) ?? new Map<number, Cell>();
        grid.set(origin.row + r, row.set(origin.column + c, cell));
      }),
    );
  }
  const body = [...grid.entries()]
    .sort(([a], [b]) => a - b)
    .map(([r, cells]) => {
      const content = [...cells.entries()]
        .sort(([a], [b]) => a - b)
        .map(([c, cell]) => cellXml(cellAddress(r, c), cell))
        .join('');
      return content ? `<row r="${r + 1}">${content}</row>` : '';
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${body}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/**
 * The fee years of a package that are fastställda: each year with a Fastställt row in the add-in's Logg
 * whose checksum its sheets still have, with that row. A file holding one is never written over.
 *
 * @example await lockedYears(pkg) // [{ action: 'Fastställt', feeYear: 2026, time: '2026-01-23T09:30:00.000Z', name: 'Eva Ek', … }]
 */
export async function lockedYears(pkg: XlsxPackage): Promise<LogEntry[]> {
  const book = await packageSnapshot(pkg);
  const log = markedSheet(book, LOG_SHEET_KEY);
  const years = [
    ...new Set((log ? readLogEntries(log.values) : []).filter((e) => e.action === 'Fastställt').map((e) => e.feeYear)),
  ];
  return years.flatMap((feeYear) => {
    const v = verifyWorkbook(book, { feeYear });
    const entry = v.ok ? lockingEntry(v.value) : undefined;
    return entry ? [entry] : [];
  });
}
