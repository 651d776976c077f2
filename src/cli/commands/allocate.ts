import {
  AGREEMENT_BASE_YEAR,
  allocate,
  Allocation,
  feeHistory,
  invoiceRows,
  Member,
  PopulationSeries,
  populationYearsFor,
  FeeRule,
  formatDateSv,
  formatInteger,
  formatKronor,
  formatPercent,
  indexedRule,
  perCapitaRule,
  splitRule,
} from '../../domain';
import { invoiceCsv } from '../../workbook/csv';
import { feeWorkbookPlan } from '../../workbook/layouts';
import { renderPlanToXlsx } from '../../workbook/xlsx';
import { refuseToOverwrite } from '../files';
import { loadMembers, loadPopulation, unwrap } from '../inputs';
import { CliError, CliIo, EXIT_OK } from '../io';
import { allocationJson } from '../json';
import { Lang, parseCommandArgs, parseAmountOption, parseLang, parseYear } from '../options';
import { textTable } from '../table';

export const ALLOCATE_HELP = `avgift allocate – avgift per medlemskommun för ett avgiftsår

  --year ÅR               avgiftsår (standard: innevarande år); folkmängd 31 december året före
  --rule REGEL            per-capita (standard), indexed, indexed-chained eller split
  --rate KR               avgift per invånare för per-capita (standard 4, beslut 2017-02-02)
  --amount KR             belopp att fördela för split (t.ex. 860000)
  --population-year ÅR    split: vilket årsskifte folkmängden avser (standard avgiftsår − 1)
  --members FIL           medlemslista (CSV med kommunkod,kommun eller JSON)
  --population KÄLLA      snapshot (standard), scb (SCB live) eller en fil: CSV som den delade
                          eller json-stat2 sparad från SCB (.json)
  --out FIL.xlsx          skriv arbetsboken (avgift, fakturaunderlag, ett blad per kommun,
                          befolkning, historik) med levande formler
  --csv FIL.csv           skriv fakturaunderlaget som CSV för ekonomisystemet
  --force                 skriv över en befintlig fil
  --json                  skriv ett JSON-objekt i stället för en tabell
  --lang sv|en            språk för texter (standard sv)
`;

const OPTIONS = {
  year: { type: 'string' },
  rule: { type: 'string' },
  rate: { type: 'string' },
  amount: { type: 'string' },
  'population-year': { type: 'string' },
  members: { type: 'string' },
  population: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  out: { type: 'string' },
  csv: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export type AllocateValues = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/** Builds the fee rule from --rule, --rate, --amount and --population-year. */
export function ruleFromOptions(values: AllocateValues): FeeRule {
  const kind = values.rule ?? 'per-capita';
  const only = (option: string, present: unknown, rule: string) => {
    if (present !== undefined) {
      throw new CliError(`${option} gäller bara --rule ${rule}.`, `${option} applies only to --rule ${rule}.`);
    }
  };
  if (kind !== 'per-capita') only('--rate', values.rate, 'per-capita');
  if (kind !== 'split') {
    only('--amount', values.amount, 'split');
    only('--population-year', values['population-year'], 'split');
  }
  switch (kind) {
    case 'per-capita':
      return perCapitaRule(values.rate === undefined ? undefined : parseAmountOption(values.rate, '--rate'));
    case 'indexed':
      return indexedRule('exact');
    case 'indexed-chained':
      return indexedRule('chained');
    case 'split': {
      if (values.amount === undefined) {
        throw new CliError('--rule split behöver --amount, beloppet som ska fördelas.', '--rule split needs --amount, the amount to split.');
      }
      const populationYear = values['population-year'];
      return splitRule(
        parseAmountOption(values.amount, '--amount', true),
        populationYear === undefined ? undefined : parseYear(populationYear, '--population-year'),
      );
    }
    default:
      throw new CliError(
        `Okänd regel ”${kind}”. Välj per-capita, indexed, indexed-chained eller split.`,
        `Unknown rule "${kind}". Choose per-capita, indexed, indexed-chained or split.`,
      );
  }
}

/** Parses the arguments, reads the inputs and computes; shared by allocate and its outputs. */
export async function allocationFromArgs(args: string[], io: CliIo) {
  const { values } = parseCommandArgs(args, OPTIONS);
  const lang = parseLang(values.lang);
  const feeYear = parseYear(values.year, '--year', io.now().getFullYear());
  const rule = ruleFromOptions(values);
  const members = await loadMembers(io, values.members);
  const population = await loadPopulation(io, values.population, members, populationYearsFor(rule, feeYear));
  const allocation = unwrap(allocate({ feeYear, rule, members, population }));
  return { allocation, values, lang, members, population };
}

export async function allocateCommand(args: string[], io: CliIo): Promise<number> {
  const { allocation, values, lang, members, population } = await allocationFromArgs(args, io);
  const outputs = [values.out, values.csv].filter((p): p is string => p !== undefined);
  await refuseToOverwrite(io, outputs, values.force === true);
  if (values.out !== undefined) {
    const history = feeYearsSoFar(allocation.feeYear, members, population);
    const plan = feeWorkbookPlan({ allocation, history, population, members, invoices: invoiceRows(allocation), generatedAt: io.now().toISOString() });
    await io.writeFile(values.out, await renderPlanToXlsx(plan));
  }
  if (values.csv !== undefined) await io.writeFile(values.csv, invoiceCsv(invoiceRows(allocation)));
  const written = outputs.length ? outputs.map((p) => (lang === 'sv' ? `Skrev ${p}\n` : `Wrote ${p}\n`)).join('') : '';
  if (values.json) io.stdout(JSON.stringify(allocationJson(allocation, lang)) + '\n');
  else io.stdout(allocationText(allocation, lang) + (written ? `\n${written}` : ''));
  if (values.json && written) io.stderr(written);
  return EXIT_OK;
}

/** The history 2010–fee year for the Historik sheet, where the population covers it. */
function feeYearsSoFar(feeYear: number, members: readonly Member[], population: PopulationSeries): Allocation[] | undefined {
  if (feeYear < AGREEMENT_BASE_YEAR) return undefined;
  const history = feeHistory({ fromYear: AGREEMENT_BASE_YEAR, toYear: feeYear, members, population });
  return history.ok ? history.value : undefined;
}

export function allocationText(a: Allocation, lang: Lang): string {
  const sv = lang === 'sv';
  const date = sv ? formatDateSv(a.populationDate) : a.populationDate;
  const header = sv
    ? ['Kommunkod', 'Kommun', `Folkmängd ${date}`, 'Andel', 'Avgift']
    : ['Code', 'Municipality', `Population ${date}`, 'Share', 'Fee'];
  const rows = a.members.map((m) => [
    m.member.code,
    m.member.name,
    formatInteger(m.population),
    formatPercent(m.population / a.totalPopulation),
    formatKronor(m.feeOre),
  ]);
  rows.push(['', sv ? 'Summa' : 'Total', formatInteger(a.totalPopulation), formatPercent(1), formatKronor(a.totalOre)]);
  const title = sv ? `Avgift ${a.feeYear} – ${a.ruleDescription.sv}` : `Fee ${a.feeYear} – ${a.ruleDescription.en}`;
  const source = sv ? `Källa: ${a.source.label}` : `Source: ${a.source.label}`;
  const due = sv ? `Förfaller ${formatDateSv(a.dueDate)} (§ 8).` : `Due ${a.dueDate} (§8).`;
  return `${title}\n${source}\n\n${textTable(header, rows, [false, false, true, true, true])}\n${due}\n`;
}
