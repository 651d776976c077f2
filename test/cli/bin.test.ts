import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';

/*
 * `avgift` as a real command: the bundle the project builds (scripts/build-cli.mjs, as npm's prepare
 * does), run as a process from another folder, where relative paths are the caller's, through `npm run`
 * as the README's first command runs it, and by its exit codes.
 */
const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'dist-cli/avgift.js');
const CALLER = join(ROOT, 'test-results/bin-caller');

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  rmSync(CALLER, { recursive: true, force: true });
  mkdirSync(CALLER, { recursive: true });
  const csv = [
    'kommunkod,kommun,ar,folkmangd',
    ...SODERTORN_MEMBERS.map(
      (m) =>
        `${m.code},${m.name},2025,${snapshotPopulation().figures.find((f) => f.code === m.code && f.year === 2025)!.population}`,
    ),
  ].join('\n');
  writeFileSync(join(CALLER, 'pop.csv'), csv);
}, 60_000);

describe('the avgift command', () => {
  it('the bundle runs from any folder: --population and --out are the caller’s paths', () => {
    const out = execFileSync(
      process.execPath,
      [BIN, 'allocate', '--year', '2026', '--population', 'pop.csv', '--out', 'Z.xlsx', '--json'],
      { cwd: CALLER, encoding: 'utf8' },
    );
    expect(JSON.parse(out).total).toBe(2_102_500);
    expect(existsSync(join(CALLER, 'Z.xlsx'))).toBe(true);
    expect(existsSync(join(ROOT, 'Z.xlsx'))).toBe(false);
  });

  it('`npm run -s avgift --` from a folder inside the project reads and writes there, not at the project’s root', () => {
    const r = spawnSync(
      'npm',
      [
        'run',
        '-s',
        'avgift',
        '--',
        'allocate',
        '--year',
        '2026',
        '--population',
        'pop.csv',
        '--out',
        'N.xlsx',
        '--force',
      ],
      { cwd: CALLER, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(CALLER, 'N.xlsx'))).toBe(true);
    expect(existsSync(join(ROOT, 'N.xlsx'))).toBe(false);
  });

  it('`npx avgift` (package.json bin) runs the same command, paths the caller’s', () => {
    const r = spawnSync(
      'npx',
      ['--no-install', 'avgift', 'allocate', '--year', '2026', '--population', 'pop.csv', '--json'],
      { cwd: CALLER, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(2_102_500);
  });

  it('exits with the documented codes: 2 for a wrong argument, with one Swedish line', () => {
    const r = spawnSync(process.execPath, [BIN, 'allocate', '--rule', 'x'], { cwd: CALLER, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
