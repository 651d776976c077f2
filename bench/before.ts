/**
 * The task pane as it was before issue 14's first-paint work (commit b9704be, 375 KiB raw / 114.0 KiB
 * gzip of initial JS, recorded 2026-11-23), built again from `git archive` in a scratch folder so that `npm run
 * bench` measures before and after on the same machine, in the same run, side by side.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BEFORE_COMMIT = 'b9704bed42c77edd2b9ac1d8fa27d72a491afb53';
const ROOT = resolve(__dirname, '..');

/**
 * Builds `commit` in a scratch folder (once; it is kept in the temp folder for the next run) with
 * this tree's node_modules, and returns its dist/ folder, or undefined where git cannot (a tarball).
 * @example const dist = buildBefore(BEFORE_COMMIT) // '/tmp/avgift-before-b9704be/dist'
 */
export function buildBefore(commit = BEFORE_COMMIT): string | undefined {
  const dir = join(tmpdir(), `avgift-before-${commit.slice(0, 7)}`);
  const dist = join(dir, 'dist');
  try {
    if (!existsSync(join(dir, 'package.json'))) {
      mkdirSync(dir, { recursive: true });
      execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C '${dir}'`], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    }
    // A link left by an earlier checkout may point nowhere now (existsSync follows it): point it here.
    if (!existsSync(join(dir, 'node_modules'))) {
      rmSync(join(dir, 'node_modules'), { force: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    }
    if (!existsSync(join(dist, 'taskpane.html')))
      execFileSync(join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], {
        cwd: dir,
        stdio: 'pipe',
      });
    return dist;
  } catch (e) {
    console.warn(
      `(the build before, ${commit.slice(0, 7)}, could not be made: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
    );
    return undefined;
  }
}

/** What the page loads before it can be used: the scripts and styles taskpane.html names (Office.js aside). */
export function initialAssets(dist: string): { js: { raw: number; gzip: number }; css: { raw: number; gzip: number } } {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const sum = (names: string[]) =>
    names.reduce(
      (s, name) => {
        const bytes = readFileSync(join(dist, name));
        return { raw: s.raw + bytes.length, gzip: s.gzip + gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const local = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
  return {
    js: sum(local(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)),
    css: sum(local(/<link[^>]*\shref="?([^"\s>]+\.css)"?/g)),
  };
}
