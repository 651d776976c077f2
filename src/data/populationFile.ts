import { fail, Result } from '../domain';
import { parsePopulationCsv, PopulationFile } from './populationCsv';

/** Reads a population file the user points at, by its kind: CSV in the shared format. */
export function readPopulationFile(text: string, fileName: string, retrievedAt: string): Result<PopulationFile> {
  const source = { kind: 'file' as const, label: `Fil ${fileName}`, location: fileName, retrievedAt };
  if (/\.(csv|txt)$/i.test(fileName)) return parsePopulationCsv(text, source);
  return fail(
    'population-file-kind',
    `${fileName}: okänd filtyp. Befolkning kan läsas från CSV (kommunkod,kommun,ar,folkmangd_31dec).`,
    `${fileName}: unknown file type. Population can be read from CSV (kommunkod,kommun,ar,folkmangd_31dec).`,
  );
}
