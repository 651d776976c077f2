import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/run';

/**
 * The corpus (test/fixtures/corpus, made by make-corpus.ts with ExcelJS, LibreOffice and iconv) run
 * through the command line as an officer would, each against the answer written beside it by hand.
 */
const DIR = join(__dirname, '../fixtures/corpus');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = Record<string, any>;
const answers: Record<string, Answer[]> = JSON.parse(readFileSync(join(DIR, 'answers.json'), 'utf8'));
const file = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

describe('budgets as officers keep them', () => {
  it.each(answers.budgets!.map((a) => [`${a.file} --year ${a.year}`, a] as [string, Answer]))('%s', async (_, a) => {
    const argv = [
      'budget-check',
      a.file,
      '--year',
      String(a.year),
      '--json',
      ...(a['column-option'] ? ['--column', a['column-option']] : []),
    ];
    const r = await runCli(argv, { [a.file]: file(a.file) });
    expect({ exit: r.code, stderr: a.stderr ? r.stderr.includes(a.stderr) : r.stderr }).toEqual({
      exit: a.exit,
      stderr: a.stderr ? true : '',
    });
    if (a.exit === 2) {
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      return;
    }
    const out = JSON.parse(r.stdout);
    expect({ revenues: out.revenues, costs: out.costs, difference: out.difference, lines: out.lines.length }).toEqual({
      revenues: a.revenues,
      costs: a.costs,
      difference: a.difference,
      lines: a.lines,
    });
    expect(
      out.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { code: string }) => f.code),
    ).toEqual(a.errors);
    if (a.column) expect(out.column).toMatchObject({ letter: a.column, heading: a.heading });
    if (a.column) expect(out.verdict).toContain(`kolumn ${a.column} ”${a.heading}”`);
    if (a.subLines !== undefined) expect(out.subLines).toHaveLength(a.subLines);
    if (a.costsNegated) expect(out.costsNegated).toBe(true);
    if (a.warnings)
      expect(out.findings.filter((f: { severity: string }) => f.severity === 'warning')).toEqual(a.warnings);
    if (a.sheet) expect(out.sheet).toBe(a.sheet);
    expect(out.verdict).toContain(`Budgeten för ${a.year}`);
    expect(out.verdict).toContain(`de beslutade avgifterna för ${a.year}`);
  });
});

describe('population files as SCB and Excel give them', () => {
  it.each(answers.population!.map((a) => [`${a.file} for ${a.year}`, a] as [string, Answer]))('%s', async (_, a) => {
    const r = await runCli(['allocate', '--year', String(a.year), '--population', a.file, '--json'], {
      [a.file]: file(a.file),
    });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect({ total: out.total, population: out.totalPopulation }).toEqual({ total: a.total, population: a.population });
    if (a.names) expect(out.members.map((m: { name: string }) => m.name)).toEqual(a.names);
  });
});

describe('members files', () => {
  it.each(answers.members!.map((a) => [a.file, a] as [string, Answer]))('%s', async (_, a) => {
    const r = await runCli(['allocate', '--year', '2026', '--members', a.file, '--json'], { [a.file]: file(a.file) });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).members.map((m: { name: string }) => m.name)).toEqual(a.names);
  });
});
