import { basename } from 'node:path';
import { Member, MemberRegister, memberRegister, PopulationSeries, Result, SODERTORN_MEMBERS } from '../domain';
import { parseMemberRegisterFile } from '../data/memberRegisterFile';
import { readMembersBytes } from '../data/membersFile';
import { decodeText } from '../data/textDecode';
import { getPopulation, PopulationSpec } from '../data';
import { shown } from './echo';
import { CliIo, cliError } from './io';

const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw cliError(result.error.message);
  return result.value;
};

/** A file's bytes, or one line saying why it cannot be read. */
export async function readBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw cliError(
      code === 'ENOENT'
        ? { sv: `Filen ${shown(path)} finns inte.`, en: `The file ${shown(path)} does not exist.` }
        : code === 'EISDIR'
          ? { sv: `${shown(path)} är en mapp, inte en fil.`, en: `${shown(path)} is a folder, not a file.` }
          : { sv: `Filen ${shown(path)} kunde inte läsas (${code ?? 'okänt fel'}).`, en: `The file ${shown(path)} could not be read (${code ?? 'unknown error'}).` },
    );
  }
}

export async function loadMembers(io: CliIo, path: string | undefined): Promise<readonly Member[]> {
  if (path === undefined) return SODERTORN_MEMBERS;
  return unwrap(readMembersBytes(await readBytes(io, path), basename(path)));
}

/**
 * The population named by --population: the bundled snapshot by default, `scb` for SCB live, or a
 * file (CSV or text from SCB or Excel in any encoding, .xlsx, or json-stat2 saved from SCB); checked to cover the members and years needed.
 */
export async function loadPopulation(io: CliIo, spec: string | undefined, members: readonly Member[], years: readonly number[]): Promise<PopulationSeries> {
  let source: PopulationSpec;
  if (spec === undefined || spec === 'snapshot') source = { kind: 'snapshot' };
  else if (spec === 'scb') source = { kind: 'scb' };
  else source = { kind: 'file-bytes', fileName: basename(spec), bytes: await readBytes(io, spec) };
  return unwrap(await getPopulation(source, { members, years }, { now: () => io.now() }));
}

export { unwrap };

/**
 * The members register: the invoice columns of the --members file (orgnr checked by its check digit,
 * Botkyrka's reference by its form) over what is known for certain (Huddinge's orgnr and Peppol-ID).
 */
export async function loadRegister(io: CliIo, path: string | undefined, members: readonly Member[]): Promise<MemberRegister> {
  const given = path === undefined ? [] : unwrap(parseMemberRegisterFile(unwrap(decodeText(await readBytes(io, path), basename(path))).text, basename(path)));
  return unwrap(memberRegister(members, given));
}
