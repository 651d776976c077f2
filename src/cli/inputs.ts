import { basename } from 'node:path';
import { Member, MemberRegister, memberRegister, PopulationSeries, Result, SODERTORN_MEMBERS } from '../domain';
import { parseMemberRegisterFile } from '../data/memberRegisterFile';
import { parseMembersFile } from '../data/membersFile';
import { getPopulation, PopulationSpec } from '../data';
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

/**
 * The population named by --population: the bundled snapshot by default, `scb` for SCB live, or a
 * file (CSV, or json-stat2 saved from SCB); checked to cover the members and years needed.
 */
export async function loadPopulation(io: CliIo, spec: string | undefined, members: readonly Member[], years: readonly number[]): Promise<PopulationSeries> {
  let source: PopulationSpec;
  if (spec === undefined || spec === 'snapshot') source = { kind: 'snapshot' };
  else if (spec === 'scb') source = { kind: 'scb' };
  else source = { kind: 'file', fileName: basename(spec), text: await readText(io, spec) };
  return unwrap(await getPopulation(source, { members, years }, { now: () => io.now() }));
}

export { unwrap };

/**
 * The members register: the invoice columns of the --members file (orgnr checked by its check digit,
 * Botkyrka's reference by its form) over what is known for certain (Huddinge's orgnr and Peppol-ID).
 */
export async function loadRegister(io: CliIo, path: string | undefined, members: readonly Member[]): Promise<MemberRegister> {
  const given = path === undefined ? [] : unwrap(parseMemberRegisterFile(await readText(io, path), basename(path)));
  return unwrap(memberRegister(members, given));
}
