import { basename } from 'node:path';
import { lockedMessage, namingFile, oreToKronor } from '../../domain';
import { approveYear } from '../../jobs/approve';
import { packageFeeBook } from '../../workbook/xlsx/approvePackage';
import { checkOutputs, writeOutputs } from '../files';
import { CliError, CliIo, EXIT_CHECK_FAILED, EXIT_OK } from '../io';
import { parseCommandArgs, parseLang, parseYear } from '../options';
import { openFile } from './verify';
import { unwrap } from '../inputs';

export const APPROVE_HELP = `avgift approve FIL.xlsx – fastställ avgiftsårets blad efter kommitténs beslut

  --year ÅR               avgiftsår (standard: det senaste avgiftsbladet i arbetsboken)
  --by NAMN               vem som fastställer (krävs)
  --reference TEXT        beslutets referens, t.ex. ”Samarbetskommittén 2026-01-22 § 5”
  --out NY.xlsx           skriv den fastställda arbetsboken hit, eller
  --force                 skriv över FIL.xlsx
  --password LÖSENORD     skydda bladen med lösenord (standard: utan, skydd mot misstag)
  --lang sv|en            språk för texter (standard sv)
  Arbetsboken kontrolleras först (som avgift verify); stämmer den inte fastställs inget (slutkod 3).
  Bladen skyddas och en rad Fastställt med referens och kontrollsumma läggs till i Logg. Bara
  tilläggets egna delar av filen ändras; dina blad, diagram, pivottabeller, kommentarer och namn
  lämnas byte för byte (en .xlsm behåller sina makron och skrivs som .xlsm). Ett år som redan är
  fastställt ändras inte (det sägs när och av vem).
`;

const OPTIONS = {
  year: { type: 'string' },
  by: { type: 'string' },
  reference: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  password: { type: 'string' },
  lang: { type: 'string' },
} as const;

export async function approveCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
  const lang = parseLang(values.lang);
  if (positionals.length !== 1)
    throw new CliError(
      'Ange en arbetsbok: avgift approve FIL.xlsx --by NAMN (--out NY.xlsx | --force)',
      'Give one workbook: avgift approve FILE.xlsx --by NAME (--out NEW.xlsx | --force)',
    );
  const file = positionals[0]!;
  const by = values.by?.trim();
  if (!by) throw new CliError('Ange vem som fastställer: --by NAMN.', 'Say who approves: --by NAME.');
  if (values.out === undefined && values.force !== true) {
    throw new CliError(
      `Ange --out NY.xlsx, eller --force för att skriva över ${file}.`,
      `Give --out NEW.xlsx, or --force to overwrite ${file}.`,
    );
  }
  const target = values.out ?? file;
  // --out: a new file, never the workbook read (the safe-write checks); --force: the workbook itself, its own parts changed.
  // A workbook with macros (.xlsm) stays one: its parts, the macros included, are kept, so the output has its kind.
  const extension = file.toLowerCase().endsWith('.xlsm') ? '.xlsm' : '.xlsx';
  if (values.out !== undefined)
    await checkOutputs(io, [{ option: '--out', path: values.out, extension }], {
      inputs: [file],
      force: values.force === true,
    });
  else await checkOutputs(io, [{ option: 'FIL.xlsx', path: file, extension }], { force: true, editsInPlace: true });
  const feeYear = values.year === undefined ? undefined : parseYear(values.year, '--year');
  const pkg = await openFile(io, file);
  const outcome = unwrap(
    namingFile(
      await approveYear(packageFeeBook(pkg), {
        ...(feeYear === undefined ? {} : { feeYear }),
        by,
        ...(values.reference ? { reference: values.reference } : {}),
        ...(values.password ? { password: values.password } : {}),
        now: io.now(),
      }),
      basename(file),
    ),
  );
  const v = outcome.verification;
  const sv = lang === 'sv';

  // A fastställd year is a lock: approving it again changes nothing, and says so.
  if ('locked' in outcome) {
    const m = lockedMessage(outcome.locked);
    io.stdout(
      `${sv ? m.sv : m.en} ${sv ? `Inget ändrades; ${file} är som den var.` : `Nothing was changed; ${file} is as it was.`}\n`,
    );
    return EXIT_OK;
  }

  // A workbook that does not agree with its own figures is not approved.
  if (!outcome.approved) {
    const { faults } = outcome;
    io.stderr(
      (sv
        ? `Fastställs inte: ${v.sheet} stämmer inte med arbetsbokens egna tal (${faults.length} skillnader).\n`
        : `Not approved: ${v.sheet} does not agree with the workbook's own figures (${faults.length} differences).\n`) +
        faults.map((d) => `  ${d.sheet}${d.cell ? `!${d.cell}` : ''}: ${d.message[lang]}\n`).join(''),
    );
    return EXIT_CHECK_FAILED;
  }

  const { entry, applied } = outcome;
  const { bytes, protectedSheets, log } = applied;
  await writeOutputs(io, [{ path: target, data: bytes }]);

  io.stdout(
    [
      sv
        ? `Fastställt ${v.feeYear} av ${by}${entry.reference ? ` (${entry.reference})` : ''}: ${oreToKronor(v.totalOre)} kr.`
        : `Approved ${v.feeYear} by ${by}${entry.reference ? ` (${entry.reference})` : ''}: ${oreToKronor(v.totalOre)} kr.`,
      `${sv ? 'Skyddade blad' : 'Protected sheets'}${values.password ? (sv ? ' (med lösenord)' : ' (with password)') : sv ? ' (utan lösenord)' : ' (no password)'}: ${protectedSheets.join(', ')}`,
      `${sv ? 'Kontrollsumma' : 'Checksum'} ${v.checksum}; ${sv ? `raden Fastställt står på ${log.sheet}, rad ${log.row}` : `the Fastställt row is on ${log.sheet}, row ${log.row}`}`,
      sv ? `Skrev ${target}` : `Wrote ${target}`,
    ].join('\n') + '\n',
  );
  return EXIT_OK;
}
