import { basename } from 'node:path';
import { Member, PopulationSeries, Result, SODERTORN_MEMBERS } from '../domain';
import { parseMembersFile } from '../data/membersFile';
import { readPopulationFile } from '../data/populationFile';
import { snapshotPopulation } from '../data/snapshot';
import { CliIo, cliError } from './io';

const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw cliError(result.error.message);
  return result.value;
};

async function readText(io: CliIo, path: string): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await io.readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw cliError(
      code === 'ENOENT'
        ? { sv: `Filen ${path} finns inte.`, en: `The file ${path} does not exist.` }
        : { sv: `Filen ${path} kunde inte läsas (${code ?? 'okänt fel'}).`, en: `The file ${path} could not be read (${code ?? 'unknown error'}).` },
    );
  }
}

export async function loadMembers(io: CliIo, path: string | undefined): Promise<readonly Member[]> {
  if (path === undefined) return SODERTORN_MEMBERS;
  return unwrap(parseMembersFile(await readText(io, path), basename(path)));
}

/** The population series named by --population: the bundled snapshot by default, or a file. */
export async function loadPopulation(io: CliIo, spec: string | undefined): Promise<PopulationSeries> {
  if (spec === undefined || spec === 'snapshot') return snapshotPopulation();
  const text = await readText(io, spec);
  return unwrap(readPopulationFile(text, basename(spec), io.now().toISOString())).series;
}

export { unwrap };
