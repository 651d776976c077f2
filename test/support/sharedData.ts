import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/*
 * The tests read copies of the shared data kept in test/fixtures/, so that a fresh clone without
 * ../shared beside it runs them. One test compares the copy with the shared original (itWithShared).
 */

const CSV = 'sodertorn_folkmangd_31dec_2008-2025.csv';

/** The copies of the shared data the tests read (test/fixtures): a clone without ../shared runs them. */
export const FIXTURES = resolve(__dirname, '../fixtures');

/** The copy the tests read: the shared population CSV (SCB TAB638 ≤ 2024, TAB5557 2025). */
export const FIXTURE_CSV = resolve(__dirname, '../fixtures', CSV);

/** The shared data folder beside the project (tests only; the product never reads it). */
export const SHARED_DATA = resolve(__dirname, '../../../shared/data');

/** The shared original of FIXTURE_CSV. */
export const SHARED_CSV = resolve(SHARED_DATA, CSV);

/**
 * A test that needs ../shared: it runs where ../shared is present and always in CI (env CI set,
 * where its absence fails the test); elsewhere it is skipped and says why in its name.
 * @example itWithShared('the copy is the shared file', () => expect(read(FIXTURE_CSV)).toBe(read(SHARED_CSV)))
 */
export function itWithShared(name: string, test: () => void): void {
  if (existsSync(SHARED_CSV) || process.env.CI) it(name, test);
  else
    it.skip(
      `${name} — skipped: ${SHARED_DATA} is absent (it runs where ../shared is beside the project, and in CI)`,
      test,
    );
}

export interface SharedFigure {
  code: string;
  name: string;
  year: number;
  population: number;
  table: string;
}

/** Reads the shared population CSV (its copy in test/fixtures) with a deliberately naive reader, independent of src/data. */
export function sharedPopulation(): SharedFigure[] {
  const text = readFileSync(FIXTURE_CSV, 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code, name, year, population, table] = line.trim().split(',');
      return { code: code!, name: name!, year: Number(year), population: Number(population), table: table! };
    });
}

export function populationTable(): Map<string, Map<number, number>> {
  const table = new Map<string, Map<number, number>>();
  for (const f of sharedPopulation()) {
    if (!table.has(f.code)) table.set(f.code, new Map());
    table.get(f.code)!.set(f.year, f.population);
  }
  return table;
}
