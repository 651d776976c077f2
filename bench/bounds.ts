/**
 * The bounds on files officers bring (SPEC "Files officers bring"): every input class read by the real
 * command (the bundle in dist-cli/, a process of its own) in at most 15 s and 512 MB, or refused with a
 * clear line before that. Peak memory (the process's max RSS) and wall time are measured and shown
 * beside a plain read of the same bytes (`node` reading the file and nothing else).
 *
 *   npx tsx bench/bounds.ts                 # the command as built now
 *   npx tsx bench/bounds.ts --cli OTHER.js  # another build of it, e.g. an earlier commit's
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HostileInput, writeHostileInputs } from './hostileInputs';

const ROOT = resolve(__dirname, '..');
export const BOUNDS = { seconds: 15, megabytes: 512 } as const;
/** A run still going after this is stopped and reported as such (the bounds are far below it). */
const GIVE_UP_SECONDS = 90;

export interface BoundsRow {
  readonly input: string;
  readonly size: string;
  readonly seconds: number;
  readonly megabytes: number;
  readonly plain: { readonly seconds: number; readonly megabytes: number };
  readonly exit: number | string;
  readonly answer: string;
  readonly within: boolean;
}

/**
 * Runs a command, its wall time and its peak memory: the process's own max RSS written at its exit (a
 * preloaded hook), or, for a run stopped at GIVE_UP_SECONDS, the high-water mark last read from /proc.
 */
async function timed(
  args: string[],
): Promise<{ seconds: number; megabytes: number; exit: number | string; stderr: string; stdout: string }> {
  const peakFile = join(tmpdir(), `avgift-peak-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const hook = `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)))`;
  const started = performance.now();
  const child = spawn(args[0]!, ['--require', preload(hook), ...args.slice(1)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout = (stdout + d).slice(-1_000_000)));
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-1_000_000)));
  let hwm = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) hwm = Math.max(hwm, Number(m[1]));
    } catch {
      // gone already
    }
  }, 50);
  const stop = setTimeout(() => child.kill('SIGKILL'), GIVE_UP_SECONDS * 1000);
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  clearTimeout(stop);
  let kb = hwm;
  try {
    kb = Number(readFileSync(peakFile, 'utf8'));
    rmSync(peakFile);
  } catch {
    // stopped before its exit hook ran: the last high-water mark read
  }
  return {
    seconds,
    megabytes: kb / 1024,
    exit: code === null ? `stopped after ${GIVE_UP_SECONDS} s` : code,
    stderr,
    stdout,
  };
}

/** A preload file holding `hook` (node --require takes a path). */
function preload(hook: string): string {
  const path = join(tmpdir(), `avgift-peak-hook-${createHash('sha1').update(hook).digest('hex').slice(0, 12)}.js`);
  writeFileSync(path, hook);
  return path;
}

/** Runs every input through the command at `cli`; one row each. */
export async function measureBounds(cli = join(ROOT, 'dist-cli/avgift.js')): Promise<BoundsRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'avgift-bounds-'));
  try {
    const inputs: HostileInput[] = await writeHostileInputs(dir);
    const rows: BoundsRow[] = [];
    for (const input of inputs) {
      const plain = await timed([process.execPath, '-e', `require('fs').readFileSync(${JSON.stringify(input.file)})`]);
      const run = await timed([process.execPath, '--max-old-space-size=8192', cli, ...input.args(input.file)]);
      const answer =
        (run.exit === 0
          ? run.stdout.split('\n').find((l) => l.trim())
          : run.stderr.split('\n').find((l) => l.trim())) ?? '';
      const mb = statSync(input.file).size / 1024 / 1024;
      rows.push({
        input: input.name,
        size: mb >= 1 ? `${mb.toFixed(1)} MB` : `${(mb * 1024).toFixed(0)} KB`,
        seconds: run.seconds,
        megabytes: run.megabytes,
        plain: { seconds: plain.seconds, megabytes: plain.megabytes },
        exit: run.exit,
        answer: answer.length > 140 ? `${answer.slice(0, 139)}…` : answer,
        within:
          typeof run.exit === 'number' &&
          run.exit !== 1 &&
          run.seconds <= BOUNDS.seconds &&
          run.megabytes <= BOUNDS.megabytes,
      });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printBounds(rows: readonly BoundsRow[]): void {
  for (const r of rows) {
    console.log(
      `${r.within ? 'PASS  ' : 'MISS  '}${r.input} (${r.size}): ${r.seconds.toFixed(2)} s, ${r.megabytes.toFixed(0)} MB peak` +
        ` (plain read ${r.plain.seconds.toFixed(2)} s, ${r.plain.megabytes.toFixed(0)} MB; ×${(r.megabytes / r.plain.megabytes).toFixed(1)} memory)` +
        `; exit ${r.exit}: ${r.answer}`,
    );
  }
}

if (require.main === module) {
  const at = process.argv.indexOf('--cli');
  const cli = at > 0 ? resolve(process.argv[at + 1]!) : join(ROOT, 'dist-cli/avgift.js');
  if (at < 0) execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  void measureBounds(cli).then((rows) => {
    printBounds(rows);
    process.exitCode = rows.every((r) => r.within) ? 0 : 1;
  });
}
