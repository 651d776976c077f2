import { access, readFile, writeFile } from 'node:fs/promises';

/** Everything the command line touches outside the core, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  exists(path: string): Promise<boolean>;
  now(): Date;
}

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path),
  writeFile: (path, data) => writeFile(path, data),
  exists: (path) => access(path).then(
    () => true,
    () => false,
  ),
  now: () => new Date(),
};

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
