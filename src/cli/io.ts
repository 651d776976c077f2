import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Whether a file may be written at a path: its folder exists and is writable, and the path is no folder. */
export type OutputState = 'ok' | 'folder-missing' | 'folder-not-writable' | 'is-folder' | 'not-writable';

/** Everything the command line touches outside the core, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  exists(path: string): Promise<boolean>;
  now(): Date;
  /** What would stop writing at the path (default: nothing). */
  outputState?(path: string): Promise<OutputState>;
  /** One key per file on disk: two paths with the same key are the same file (symlinks, hard links, ./a vs a). */
  fileIdentity?(path: string): Promise<string>;
  /** Writes all files or none: each to a temporary file beside it, then all renamed into place. */
  writeFiles?(files: readonly { path: string; data: Uint8Array | string }[]): Promise<void>;
}

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path),
  writeFile: (path, data) => writeAllOrNothing([{ path, data }]),
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  now: () => new Date(),
  outputState: async (path) => {
    const folder = dirname(resolve(path));
    const folderStat = await stat(folder).catch(() => undefined);
    if (!folderStat) return 'folder-missing';
    if (!folderStat.isDirectory()) return 'folder-missing';
    if (
      !(await access(folder, constants.W_OK).then(
        () => true,
        () => false,
      ))
    )
      return 'folder-not-writable';
    const target = await stat(path).catch(() => undefined);
    if (target?.isDirectory()) return 'is-folder';
    if (
      target &&
      !(await access(path, constants.W_OK).then(
        () => true,
        () => false,
      ))
    )
      return 'not-writable';
    return 'ok';
  },
  fileIdentity: async (path) => {
    const s = await stat(path).catch(() => undefined);
    if (s) return `inode:${s.dev}:${s.ino}`;
    const folder = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
    return `path:${join(folder, basename(path))}`;
  },
  writeFiles: (files) => writeAllOrNothing(files),
};

/**
 * Writes every file to a temporary file in its own folder, then renames them into place, so a
 * failure (disk full, permission, a folder in the way) leaves no half-written file and no partial set
 * of outputs: files replaced with --force are first moved aside and put back if a later step fails.
 */
async function writeAllOrNothing(files: readonly { path: string; data: Uint8Array | string }[]): Promise<void> {
  const beside = (path: string, kind: string) =>
    join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(6).toString('hex')}.${kind}`);
  const temps: { temp: string; path: string }[] = [];
  const aside: { backup: string; path: string }[] = [];
  const placed: string[] = [];
  try {
    for (const { path, data } of files) {
      const temp = beside(path, 'tmp');
      temps.push({ temp, path });
      await writeFile(temp, data, { flag: 'wx' });
    }
    for (const { path } of temps) {
      const s = await stat(path).catch(() => undefined);
      if (s?.isFile()) {
        const backup = beside(path, 'bak');
        await rename(path, backup);
        aside.push({ backup, path });
      }
    }
    for (const { temp, path } of temps) {
      await rename(temp, path);
      placed.push(path);
    }
  } catch (e) {
    await Promise.all(placed.map((p) => unlink(p).catch(() => undefined)));
    await Promise.all(aside.map(({ backup, path }) => rename(backup, path).catch(() => undefined)));
    await Promise.all(temps.map(({ temp }) => unlink(temp).catch(() => undefined)));
    throw e;
  }
  await Promise.all(aside.map(({ backup }) => unlink(backup).catch(() => undefined)));
}

/** Exit codes: 0 done, 2 bad arguments or data (nothing written), 3 a check found a fault. */
export const EXIT_OK = 0;
export const EXIT_USAGE = 2;
export const EXIT_CHECK_FAILED = 3;

/** A failure the command line reports in one line and exits with. */
export class CliError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
    readonly exitCode = EXIT_USAGE,
  ) {
    super(en);
  }
}

export const cliError = (message: { sv: string; en: string }, exitCode = EXIT_USAGE) =>
  new CliError(message.sv, message.en, exitCode);
