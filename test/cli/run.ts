import { CliIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, Uint8Array | string>;
}

/** Runs the command line in-process with in-memory files; `files` are what it may read. */
export async function runCli(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
  now = new Date('2026-11-23T08:00:00Z'),
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array | string>();
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: async (path, data) => void written.set(path, data),
    exists: async (path) => path in files || written.has(path),
    now: () => now,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, written };
}
