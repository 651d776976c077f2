import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared data folder beside the project (tests only; the product never reads it). */
export const SHARED_DATA = resolve(__dirname, '../../../shared/data');

export interface SharedFigure {
  code: string;
  name: string;
  year: number;
  population: number;
  table: string;
}

/** Reads the shared population CSV with a deliberately naive reader, independent of src/data. */
export function sharedPopulation(): SharedFigure[] {
  const text = readFileSync(resolve(SHARED_DATA, 'sodertorn_folkmangd_31dec_2008-2025.csv'), 'utf8');
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
