import { lockedMessage } from '../domain';
import { basename } from 'node:path';

import { openXlsxPackage } from '../workbook/xlsx/package';
import { lockedYears } from '../workbook/xlsx/packageBook';
import { CliError, CliIo } from './io';
import { shown } from './echo';

/** A file a command is asked to write: the option that named it and the extension it must have. */
export interface OutputFile {
  readonly option: string;
  readonly path: string;
  readonly extension: '.xlsx' | '.xlsm' | '.csv';
}

/**
 * Checks every output before anything is written, and refuses (exit 2, one line) when: an output has
 * the wrong extension, two outputs are the same file, an output is one of the inputs (even with
 * --force: `budget-check B.xlsx --out B.xlsx` would replace the budget), its folder is missing or not
 * writable, it exists and --force is not given, or it is a workbook holding a fastställd year (even
 * with --force: a fastställd year is a lock).
 *
 * @example await checkOutputs(io, [{ option: '--out', path: 'B.xlsx', extension: '.xlsx' }], { inputs: ['B.xlsx'], force: true })
 *   // throws CliError "--out B.xlsx är samma fil som budgeten du läser (B.xlsx); välj ett annat namn."
 */
export async function checkOutputs(
  io: CliIo,
  outputs: readonly OutputFile[],
  options: { inputs?: readonly string[]; force: boolean; editsInPlace?: boolean },
): Promise<void> {
  const identity = (path: string) =>
    io.fileIdentity ? io.fileIdentity(path) : Promise.resolve(`path:${path.replace(/^\.\//, '')}`);
  for (const o of outputs) {
    if (!o.path.toLowerCase().endsWith(o.extension) || o.path.length === o.extension.length) {
      throw new CliError(
        `${o.option} ska vara en ${o.extension}-fil, inte ”${shown(o.path)}”.`,
        `${o.option} must be a ${o.extension} file, not "${shown(o.path)}".`,
      );
    }
  }
  const ids = await Promise.all(outputs.map((o) => identity(o.path)));
  for (let i = 0; i < outputs.length; i++) {
    const twin = ids.findIndex((id, j) => j < i && id === ids[i]);
    if (twin >= 0) {
      throw new CliError(
        `${outputs[twin]!.option} och ${outputs[i]!.option} är samma fil (${shown(outputs[i]!.path)}); ge dem olika namn.`,
        `${outputs[twin]!.option} and ${outputs[i]!.option} are the same file (${shown(outputs[i]!.path)}); give them different names.`,
      );
    }
  }
  for (const input of options.inputs ?? []) {
    const id = await identity(input);
    const hit = outputs.findIndex((_, i) => ids[i] === id);
    if (hit >= 0) {
      const o = outputs[hit]!;
      throw new CliError(
        `${o.option} ${shown(o.path)} är samma fil som indatafilen ${shown(input)}; den skulle skrivas över. Välj ett annat namn.`,
        `${o.option} ${shown(o.path)} is the same file as the input ${shown(input)}; it would be overwritten. Choose another name.`,
      );
    }
  }
  for (const o of outputs) {
    const state = (await io.outputState?.(o.path)) ?? 'ok';
    if (state === 'folder-missing')
      throw new CliError(
        `Mappen för ${o.option} ${shown(o.path)} finns inte; skapa den först eller välj en annan.`,
        `The folder of ${o.option} ${shown(o.path)} does not exist; create it first or choose another.`,
      );
    if (state === 'folder-not-writable')
      throw new CliError(
        `Mappen för ${o.option} ${shown(o.path)} går inte att skriva i; välj en annan mapp.`,
        `The folder of ${o.option} ${shown(o.path)} is not writable; choose another folder.`,
      );
    if (state === 'is-folder')
      throw new CliError(
        `${o.option} ${shown(o.path)} är en mapp; ange ett filnamn.`,
        `${o.option} ${shown(o.path)} is a folder; give a file name.`,
      );
    if (state === 'not-writable')
      throw new CliError(
        `${shown(o.path)} är skrivskyddad (eller öppen i ett annat program); välj ett annat namn.`,
        `${shown(o.path)} is read-only (or open in another program); choose another name.`,
      );
  }
  if (!options.force) {
    for (const o of outputs) {
      if (await io.exists(o.path)) {
        throw new CliError(
          `${shown(o.path)} finns redan; välj ett annat namn eller lägg till --force för att skriva över.`,
          `${shown(o.path)} already exists; choose another name or add --force to overwrite.`,
        );
      }
    }
  }
  // A fastställd year is a lock: a workbook holding one is never replaced, --force or not.
  // (`editsInPlace`: approve changes only its own parts of the file, and keeps its own lock.)
  if (!options.editsInPlace)
    for (const o of outputs) if (o.extension !== '.csv' && (await io.exists(o.path))) await refuseLocked(io, o.path);
}

/** Refuses to replace a workbook that holds a fastställd fee year (said with when, by whom, which decision). */
async function refuseLocked(io: CliIo, path: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    return;
  }
  const pkg = await openXlsxPackage(bytes, basename(path));
  if (!pkg.ok) return;
  const locked = await lockedYears(pkg.value);
  if (!locked.length) return;
  const m = locked.map(lockedMessage);
  throw new CliError(
    `${shown(path)} skrivs inte över: ${m.map((x) => x.sv).join(' ')} Ett fastställt år är låst; välj ett annat filnamn.`,
    `${shown(path)} is not overwritten: ${m.map((x) => x.en).join(' ')} An approved year is locked; choose another file name.`,
  );
}

/**
 * Writes the outputs, all or none, after everything has been computed and rendered: each to a
 * temporary file beside it and then renamed into place (see CliIo.writeFiles).
 */
export async function writeOutputs(
  io: CliIo,
  files: readonly { path: string; data: Uint8Array | string }[],
): Promise<void> {
  try {
    if (io.writeFiles) await io.writeFiles(files);
    else for (const f of files) await io.writeFile(f.path, f.data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliError(
      `Kunde inte skriva ${files.map((f) => shown(f.path)).join(' och ')} (${code}); inget skrevs.`,
      `Could not write ${files.map((f) => shown(f.path)).join(' and ')} (${code}); nothing was written.`,
    );
  }
}

/** @deprecated kept for callers not yet moved to checkOutputs: refuses existing files without --force. */
export async function refuseToOverwrite(io: CliIo, paths: readonly string[], force: boolean): Promise<void> {
  await checkOutputs(
    io,
    paths.map((path) => ({
      option: path.toLowerCase().endsWith('.csv') ? '--csv' : '--out',
      path,
      extension: path.toLowerCase().endsWith('.csv') ? '.csv' : '.xlsx',
    })),
    { force },
  );
}
