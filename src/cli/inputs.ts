import { basename } from 'node:path';
import {
  FeeRule,
  Member,
  MemberRegister,
  memberRegister,
  optional,
  PopulationEstimate,
  PopulationSeries,
  Result,
  SODERTORN_MEMBERS,
  yearsForFees,
} from '../domain';
import { Fees, feesOfYear } from '../jobs/fees';
import { parseMemberRegisterFile } from '../data/memberRegisterFile';
import { forecastEstimate } from '../data/forecast';
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
          : {
              sv: `Filen ${shown(path)} kunde inte läsas (${code ?? 'okänt fel'}).`,
              en: `The file ${shown(path)} could not be read (${code ?? 'unknown error'}).`,
            },
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
export async function loadPopulation(
  io: CliIo,
  spec: string | undefined,
  members: readonly Member[],
  years: readonly number[],
): Promise<PopulationSeries> {
  return unwrap(await getPopulation(await populationSpec(io, spec), { members, years }, { now: () => io.now() }));
}

/** What --population names: the snapshot (default), `scb`, or a file read now. */
export async function populationSpec(io: CliIo, spec: string | undefined): Promise<PopulationSpec> {
  if (spec === undefined || spec === 'snapshot') return { kind: 'snapshot' };
  if (spec === 'scb') return { kind: 'scb' };
  return { kind: 'file-bytes', fileName: basename(spec), bytes: await readBytes(io, spec) };
}

/**
 * The fee year's population, or for a forecast the latest published figure standing in for the
 * year-end not yet published (SCB's monthly figure with --population scb), with what else the rule
 * needs (§8's 2009) from the same source.
 */
export async function loadFeeYearPopulation(
  io: CliIo,
  spec: string | undefined,
  members: readonly Member[],
  years: readonly number[],
  forecastYear?: number,
): Promise<{ population: PopulationSeries; estimate?: PopulationEstimate }> {
  if (forecastYear === undefined) return { population: await loadPopulation(io, spec, members, years) };
  const source = await populationSpec(io, spec);
  const estimate = unwrap(
    await forecastEstimate(source, { members, populationYear: forecastYear }, { now: () => io.now() }),
  );
  const others = years.filter((y) => y !== forecastYear);
  // A snapshot or a file gives all its year-ends (Befolkning and Historik show them, as in the pane); SCB only those asked.
  const asked = others.length || source.kind !== 'scb';
  const population = asked
    ? unwrap(await getPopulation(source, { members, years: others }, { now: () => io.now() }))
    : { figures: [], source: estimate.source };
  return { population, estimate };
}

export { unwrap };

/**
 * The fees of a fee year from the command line's inputs: the year-ends the rule needs, or a
 * forecast's estimate (--population), for the members read, then the fees job. The fees stay a Result: a
 * budget check goes on without them.
 *
 * @example await loadFees(io, { feeYear: 2026, rule: perCapitaRule() }) // → { population, fees: ok({ kind: 'decided', … }) }
 */
export async function loadFees(
  io: CliIo,
  request: {
    feeYear: number;
    rule: FeeRule;
    forecast: number | undefined;
    members: readonly Member[];
    population: string | undefined;
  },
): Promise<{ population: PopulationSeries; fees: Result<Fees> }> {
  const { feeYear, rule, members } = request;
  const years = yearsForFees(rule, feeYear);
  const { population, estimate } = await loadFeeYearPopulation(
    io,
    request.population,
    members,
    years,
    request.forecast,
  );
  return { population, fees: feesOfYear({ feeYear, rule, members, population, ...optional({ estimate }) }) };
}

/**
 * The members register: the invoice columns of the --members file (orgnr checked by its check digit,
 * Botkyrka's reference by its form) over what is known for certain (Huddinge's orgnr and Peppol-ID).
 */
export async function loadRegister(
  io: CliIo,
  path: string | undefined,
  members: readonly Member[],
): Promise<MemberRegister> {
  const given =
    path === undefined
      ? []
      : unwrap(
          parseMemberRegisterFile(unwrap(decodeText(await readBytes(io, path), basename(path))).text, basename(path)),
        );
  return unwrap(memberRegister(members, given));
}
