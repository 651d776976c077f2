import { fail, Result } from '../domain';
import { populationFromJsonStat } from './jsonStatPopulation';
import { parsePopulationCsv, PopulationFile } from './populationCsv';

/** Reads a population file the user points at, by its kind: CSV, or json-stat2 saved from SCB. */
export function readPopulationFile(text: string, fileName: string, retrievedAt: string): Result<PopulationFile> {
  const source = { kind: 'file' as const, label: `Fil ${fileName}`, location: fileName, retrievedAt };
  if (/\.(csv|txt)$/i.test(fileName)) return parsePopulationCsv(text, source);
  if (/\.json$/i.test(fileName)) {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch {
      return fail('population-json', `${fileName} är inte giltig JSON.`, `${fileName} is not valid JSON.`);
    }
    return populationFromJsonStat(json, source);
  }
  return fail(
    'population-file-kind',
    `${fileName}: okänd filtyp. Befolkning kan läsas från CSV (kommunkod,kommun,ar,folkmangd_31dec) eller från en json-stat2-fil sparad från SCB (.json).`,
    `${fileName}: unknown file type. Population can be read from CSV (kommunkod,kommun,ar,folkmangd_31dec) or a json-stat2 file saved from SCB (.json).`,
  );
}
