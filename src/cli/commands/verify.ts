import { basename } from 'node:path';
import { formatTimeEn, formatTimeSv, namingFile, oreToKronor, populationYearsFor, ruleCode } from '../../domain';
import { verifyYear } from '../../jobs/verify';
import { Verification } from '../../workbook/verify/verify';
import { packageFeeBook } from '../../workbook/xlsx/approvePackage';
import { openXlsxPackage, XlsxPackage } from '../../workbook/xlsx/package';
import { loadPopulation, unwrap } from '../inputs';
import { CliError, CliIo, EXIT_CHECK_FAILED, EXIT_OK } from '../io';
import { Lang, parseCommandArgs, parseLang, parseYear } from '../options';

export const VERIFY_HELP = `avgift verify FIL.xlsx – räkna om avgifterna ur arbetsbokens egna tal och jämför

  --year ÅR               avgiftsår (standard: det senaste avgiftsbladet i arbetsboken)
  --population KÄLLA      jämför också arbetsbokens folkmängd med en källa (scb, snapshot, fil):
                          en revision hos SCB visas per kommun med avgiftens förändring
  --json, --lang sv|en    som för allocate
  Slutkod 0: stämmer; 3: skillnader (blad, cell, väntat, funnet); 2: filen kan inte läsas.
`;

const OPTIONS = {
  year: { type: 'string' },
  population: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** Opens an .xlsx as its zip parts; shared by verify and approve. Unreadable is exit 2. */
export async function openFile(io: CliIo, file: string): Promise<XlsxPackage> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    throw new CliError(
      `Filen ${file} finns inte eller kan inte läsas.`,
      `The file ${file} does not exist or cannot be read.`,
    );
  }
  // Only the add-in's own sheets (found by their markers) are read; the officer's are not even inflated.
  return unwrap(await openXlsxPackage(bytes, basename(file)));
}

/** Verifies a file; with --population, again against that source for the year-ends the workbook's rule used. */
async function verifyFile(
  io: CliIo,
  file: string,
  feeYear: number | undefined,
  populationSpec?: string,
): Promise<Verification> {
  const book = packageFeeBook(await openFile(io, file));
  const options = feeYear === undefined ? {} : { feeYear };
  const verification = unwrap(namingFile(await verifyYear(book, options), basename(file)));
  if (populationSpec === undefined) return verification;
  const population = await loadPopulation(
    io,
    populationSpec,
    verification.members,
    populationYearsFor(verification.rule, verification.feeYear),
  );
  return unwrap(
    namingFile(await verifyYear(book, { ...options, feeYear: verification.feeYear, population }), basename(file)),
  );
}

export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
  const lang = parseLang(values.lang);
  if (positionals.length !== 1)
    throw new CliError('Ange en arbetsbok: avgift verify FIL.xlsx', 'Give one workbook: avgift verify FILE.xlsx');
  const file = positionals[0]!;
  const feeYear = values.year === undefined ? undefined : parseYear(values.year, '--year');
  const verification = await verifyFile(io, file, feeYear, values.population);
  io.stdout(
    values.json
      ? JSON.stringify(verificationJson(verification, file, lang)) + '\n'
      : verificationText(verification, file, lang),
  );
  return verification.differences.length ? EXIT_CHECK_FAILED : EXIT_OK;
}

export function verificationJson(v: Verification, file: string, lang: Lang) {
  return {
    file,
    feeYear: v.feeYear,
    sheet: v.sheet,
    rule: ruleCode(v.rule),
    consistent: v.differences.length === 0,
    checksum: v.checksum,
    total: oreToKronor(v.totalOre),
    ...(v.logged
      ? {
          logged: {
            action: v.logged.action,
            time: v.logged.time,
            checksum: v.logged.checksum,
            ...(v.logged.name ? { name: v.logged.name } : {}),
            ...(v.logged.reference ? { reference: v.logged.reference } : {}),
          },
        }
      : {}),
    differences: v.differences.map((d) => ({
      sheet: d.sheet,
      cell: d.cell,
      expected: d.expected,
      found: d.found,
      message: d.message[lang],
    })),
    ...(v.revision
      ? {
          revision: v.revision.rows.map((r) => ({
            code: r.member.code,
            name: r.member.name,
            year: r.year,
            old: r.oldPopulation,
            new: r.newPopulation,
            change: r.change,
            feeEffect: oreToKronor(r.feeEffectOre),
          })),
        }
      : {}),
  };
}

function verificationText(v: Verification, file: string, lang: Lang): string {
  const sv = lang === 'sv';
  const lines = [sv ? `Kontroll av ${file}: ${v.sheet}` : `Check of ${file}: ${v.sheet}`];
  if (v.logged)
    lines.push(
      sv
        ? `Loggen: ${v.logged.action} ${formatTimeSv(v.logged.time)}${v.logged.name ? ` av ${v.logged.name}` : ''}${v.logged.reference ? ` (${v.logged.reference})` : ''}`
        : `Logg: ${v.logged.action} ${formatTimeEn(v.logged.time)}${v.logged.name ? ` by ${v.logged.name}` : ''}`,
    );
  lines.push(`${sv ? 'Kontrollsumma' : 'Checksum'} ${v.checksum}`, '');
  if (!v.differences.length)
    lines.push(
      sv
        ? 'Stämmer: avgifterna följer arbetsbokens folkmängd och regel, och kontrollsumman är loggens.'
        : 'Consistent: the fees follow the workbook’s population and rule, and the checksum is the logged one.',
    );
  else {
    lines.push(sv ? `${v.differences.length} skillnader:` : `${v.differences.length} differences:`);
    for (const d of v.differences)
      lines.push(
        `  ${d.sheet}${d.cell ? `!${d.cell}` : ''}: ${sv ? 'väntat' : 'expected'} ${d.expected}, ${sv ? 'funnet' : 'found'} ${d.found}. ${d.message[lang]}`,
      );
  }
  return lines.join('\n') + '\n';
}
