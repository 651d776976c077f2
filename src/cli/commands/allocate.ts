import {
  Allocation,
  forecastLabel,
  invoiceRows,
  isPublished,
  isScenario,
  notYetPublishedMessage,
  FeeRule,
  formatDateSv,
  formatInteger,
  formatKronor,
  formatPercent,
  RULE_KINDS,
  RuleOption,
  ruleForFeeYear,
  rulePopulationYear,
  ScenarioComparison,
  scenarioName,
  optional,
} from '../../domain';
import { planOfYear, writeLog } from '../../jobs/plan';
import { invoiceCsv } from '../../workbook/exports/invoiceCsv';
import { renderPlanToXlsx } from '../../workbook/xlsx/render';
import { unknownRule } from '../echo';
import { checkOutputs, OutputFile, writeOutputs } from '../files';
import { loadFees, loadMembers, loadRegister, unwrap } from '../inputs';
import { CliError, CliIo, EXIT_OK } from '../io';
import { allocationJson } from '../json';
import { Lang, parseCommandArgs, parseAmountOption, parseLang, parseYear } from '../options';
import { textTable } from '../table';

export const ALLOCATE_HELP = `avgift allocate – avgift per medlemskommun för ett avgiftsår

  --year ÅR               avgiftsår (standard: innevarande år); folkmängd 31 december året före
  --rule REGEL            per-capita, indexed, indexed-chained eller split; utan --rule gäller årets
                          regel: § 8 (exakt) 2010–2016, 4 kr per invånare från 2017. Inget år före 2010.
  --rate KR               avgift per invånare (beslutat 4 kr, 2017-02-02); en annan sats är ett scenario
  --amount KR             belopp att fördela för split (t.ex. 860 000; ”860.000” är tvetydigt och avvisas)
  --population-year ÅR    split: vilket årsskifte folkmängden avser (standard avgiftsår − 1)
  --forecast              prognos när SCB inte har publicerat folkmängden 31 december året före:
                          senaste publicerade siffra (med --population scb SCB:s preliminära
                          månadsstatistik TAB6471 på kommunnivå, annars senaste årsskiftet).
                          En prognos faktureras aldrig: bladet heter ”Prognos ÅR”, ingen --csv.
  --members FIL           medlemslista (CSV med kommunkod,kommun eller JSON); för fakturering även
                          fakturanamn, orgnr, peppol, referens, e-post (JSON: invoiceName, orgnr,
                          peppolId, buyerReference, email)
  --population KÄLLA      snapshot (standard), scb (SCB live) eller en fil: CSV som den delade
                          eller json-stat2 sparad från SCB (.json)
  --out FIL.xlsx          skriv arbetsboken (avgift, fakturaunderlag, ett blad per kommun,
                          befolkning, historik) med levande formler; ett scenario skrivs som
                          ”Scenario ÅR SATS” bredvid beslutade avgifter, en prognos som ”Prognos ÅR”
  --csv FIL.csv           skriv fakturaunderlaget som CSV för ekonomisystemet (inte för scenario/prognos)
  --force                 skriv över en befintlig fil
  --by NAMN               vem som skriver (står i arbetsbokens Logg)
  --json                  skriv ett JSON-objekt i stället för en tabell
  --lang sv|en            språk för texter (standard sv)
`;

const OPTIONS = {
  year: { type: 'string' },
  rule: { type: 'string' },
  rate: { type: 'string' },
  amount: { type: 'string' },
  'population-year': { type: 'string' },
  forecast: { type: 'boolean' },
  members: { type: 'string' },
  population: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  out: { type: 'string' },
  csv: { type: 'string' },
  force: { type: 'boolean' },
  by: { type: 'string' },
} as const;

export type AllocateValues = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/**
 * Builds the fee rule from --rule, --rate, --amount and --population-year; without --rule (and
 * without --rate) the rule in force for the fee year. A year before the agreement is refused.
 */
export function ruleFromOptions(values: AllocateValues, feeYear: number): FeeRule {
  const unknown = unknownRule(values.rule);
  if (unknown) throw new CliError(unknown.sv, unknown.en);
  // There is no fee before the agreement, whatever the rule.
  const inForce = unwrap(ruleForFeeYear(feeYear));
  const name = values.rule ?? (values.rate !== undefined ? 'per-capita' : undefined);
  const kind = RULE_KINDS.find((k) => name !== undefined && k.cli.names.includes(name));
  const given: Record<RuleOption, string | undefined> = {
    rate: values.rate,
    amount: values.amount,
    'population-year': values['population-year'],
  };
  for (const [option, value] of Object.entries(given) as [RuleOption, string | undefined][]) {
    if (value === undefined || kind?.cli.options.includes(option)) continue;
    const takers = RULE_KINDS.filter((k) => k.cli.options.includes(option))
      .map((k) => k.cli.names[0])
      .join(', ');
    throw new CliError(`--${option} gäller bara --rule ${takers}.`, `--${option} applies only to --rule ${takers}.`);
  }
  if (!kind || name === undefined) return inForce;
  const options = {
    ...(values.rate !== undefined ? { rateOre: parseAmountOption(values.rate, '--rate') } : {}),
    ...(values.amount !== undefined ? { amountOre: parseAmountOption(values.amount, '--amount', true) } : {}),
    ...(values['population-year'] !== undefined
      ? { populationYear: parseYear(values['population-year'], '--population-year') }
      : {}),
  };
  return unwrap(kind.cli.fromOptions(name, options));
}

/**
 * Whether the fees must be a forecast: the population year is not yet published (SCB publishes
 * 31 December in late February) unless --forecast is given; --forecast for a published year is refused.
 */
export function forecastYear(rule: FeeRule, feeYear: number, forecast: boolean, now: Date): number | undefined {
  const populationYear = rulePopulationYear(rule, feeYear);
  const published = isPublished(populationYear, now);
  if (!published && !forecast) {
    const m = notYetPublishedMessage(populationYear);
    throw new CliError(
      `${m.sv} Avgiften ${feeYear} kan bara uppskattas än: lägg till --forecast för en prognos från den senaste publicerade folkmängden.`,
      `${m.en} The ${feeYear} fees can only be estimated yet: add --forecast for a forecast from the latest published population.`,
    );
  }
  if (published && forecast) {
    throw new CliError(
      `Folkmängden 31 december ${populationYear} är publicerad; räkna avgiften ${feeYear} utan --forecast.`,
      `The population on 31 December ${populationYear} is published; compute the ${feeYear} fees without --forecast.`,
    );
  }
  return forecast ? populationYear : undefined;
}

/** Parses the arguments, reads the inputs and computes; shared by allocate and its outputs. */
export async function allocationFromArgs(args: string[], io: CliIo) {
  const { values } = parseCommandArgs(args, OPTIONS);
  const lang = parseLang(values.lang);
  const feeYear = parseYear(values.year, '--year', io.now().getFullYear());
  const rule = ruleFromOptions(values, feeYear);
  const scenario = isScenario(rule, feeYear);
  if (values.csv !== undefined && scenario) {
    throw new CliError(
      `--csv skriver fakturaunderlag och ett scenario (${scenarioName(rule, feeYear).sv}) är ingen beslutad avgift. Ta bort --csv, eller räkna med årets beslutade regel.`,
      `--csv writes invoices and a scenario (${scenarioName(rule, feeYear).en}) is not a decided fee. Drop --csv, or use the year's decided rule.`,
    );
  }
  const forecast = forecastYear(rule, feeYear, values.forecast === true, io.now());
  if (values.csv !== undefined && forecast !== undefined) {
    throw new CliError(
      `--csv skriver fakturaunderlag och en prognos faktureras aldrig. Ta bort --csv; fakturera när SCB har publicerat folkmängden 31 december ${forecast}.`,
      `--csv writes invoices and a forecast is never invoiced. Drop --csv; invoice once SCB has published the population on 31 December ${forecast}.`,
    );
  }
  const members = await loadMembers(io, values.members);
  const loaded = await loadFees(io, { feeYear, rule, forecast, members, population: values.population });
  const { population } = loaded;
  const fees = unwrap(loaded.fees);
  const register = await loadRegister(io, values.members, members);
  return { fees, values, lang, members, population, register };
}

export async function allocateCommand(args: string[], io: CliIo): Promise<number> {
  const { fees, values, lang, members, population, register } = await allocationFromArgs(args, io);
  const { allocation, comparison, changes } = fees;
  const planned: OutputFile[] = [
    ...(values.out !== undefined ? [{ option: '--out', path: values.out, extension: '.xlsx' as const }] : []),
    ...(values.csv !== undefined ? [{ option: '--csv', path: values.csv, extension: '.csv' as const }] : []),
  ];
  const outputs = planned.map((o) => o.path);
  await checkOutputs(io, planned, {
    inputs: [values.members, values.population].filter((p): p is string => p !== undefined),
    force: values.force === true,
  });
  const files: { path: string; data: Uint8Array | string }[] = [];
  if (values.out !== undefined) {
    // A new workbook: the pane's download, with the members register as a sheet and the write's Logg row.
    const time = io.now().toISOString();
    const log = writeLog(fees, time, values.by);
    const plan = planOfYear({
      fees,
      members,
      population,
      generatedAt: time,
      register: { register, writeSheet: true },
      ...optional({ newWorkbookLog: log }),
    });
    files.push({ path: values.out, data: await renderPlanToXlsx(plan) });
  }
  if (values.csv !== undefined) files.push({ path: values.csv, data: invoiceCsv(invoiceRows(allocation), register) });
  await writeOutputs(io, files);
  const written = outputs.length ? outputs.map((p) => (lang === 'sv' ? `Skrev ${p}\n` : `Wrote ${p}\n`)).join('') : '';
  if (values.json) io.stdout(JSON.stringify(allocationJson(allocation, lang, comparison, changes)) + '\n');
  else
    io.stdout(
      (comparison ? scenarioText(comparison, lang) : allocationText(allocation, lang)) +
        (written ? `\n${written}` : ''),
    );
  if (values.json && written) io.stderr(written);
  return EXIT_OK;
}

/** The title of a forecast or a scenario, "Prognos 2027 – folkmängd 31 december 2025 (…)". */
function titleOf(a: Allocation, lang: Lang): string {
  const sv = lang === 'sv';
  const forecast = a.forecast ? forecastLabel(a.feeYear, a.forecast)[lang] : undefined;
  const scenario = a.scenario
    ? `${scenarioName(a.rule, a.feeYear)[lang]} (${sv ? 'scenario, inte beslutad avgift' : 'what-if, not a decided fee'})`
    : undefined;
  const base = sv ? `Avgift ${a.feeYear}` : `Fee ${a.feeYear}`;
  return [scenario ?? (forecast ? '' : base), forecast].filter(Boolean).join(' – ') + ` – ${a.ruleDescription[lang]}`;
}

/** The closing lines: the due date for invoices; for a forecast or scenario, that it is none. */
function footerOf(a: Allocation, lang: Lang): string {
  const sv = lang === 'sv';
  const lines: string[] = [];
  if (a.forecast) {
    lines.push(
      sv
        ? `Prognos från folkmängden ${formatDateSv(a.forecast.populationDate)}: inget fakturaunderlag.`
        : `Forecast from the population on ${a.forecast.populationDate}: no invoices.`,
    );
    if (a.forecast.note) lines.push(`${sv ? 'Prognos' : 'Forecast'}: ${a.forecast.note[lang]}`);
  }
  if (a.scenario) lines.push(sv ? 'Scenario: inget fakturaunderlag.' : 'What-if: no invoices.');
  if (!lines.length) lines.push(sv ? `Förfaller ${formatDateSv(a.dueDate)} (§ 8).` : `Due ${a.dueDate} (§8).`);
  return lines.join('\n');
}

/** For a forecast, every row says so with its date: "prognos 31 dec 2025". */
const forecastCell = (a: Allocation, lang: Lang): string[] =>
  a.forecast
    ? [
        lang === 'sv'
          ? `prognos ${formatDateSv(a.forecast.populationDate, true)}`
          : `forecast ${a.forecast.populationDate}`,
      ]
    : [];

export function allocationText(a: Allocation, lang: Lang): string {
  const sv = lang === 'sv';
  const date = sv ? formatDateSv(a.populationDate) : a.populationDate;
  const header = sv
    ? ['Kommunkod', 'Kommun', `Folkmängd ${date}`, 'Andel', a.forecast ? 'Avgift (prognos)' : 'Avgift']
    : ['Code', 'Municipality', `Population ${date}`, 'Share', a.forecast ? 'Fee (forecast)' : 'Fee'];
  if (a.forecast) header.push(sv ? 'Underlag' : 'Basis');
  const rows = a.members.map((m) => [
    m.member.code,
    m.member.name,
    formatInteger(m.population),
    formatPercent(m.population / a.totalPopulation),
    formatKronor(m.feeOre),
    ...forecastCell(a, lang),
  ]);
  rows.push([
    '',
    sv ? 'Summa' : 'Total',
    formatInteger(a.totalPopulation),
    formatPercent(1),
    formatKronor(a.totalOre),
    ...forecastCell(a, lang),
  ]);
  const source = sv ? `Källa: ${a.source.label}` : `Source: ${a.source.label}`;
  return `${titleOf(a, lang)}\n${source}\n\n${textTable(header, rows, [false, false, true, true, true, false])}\n${footerOf(a, lang)}\n`;
}

/** A scenario beside the decided fees, member by member. */
export function scenarioText(c: ScenarioComparison, lang: Lang): string {
  const sv = lang === 'sv';
  const a = c.scenario;
  const name = scenarioName(a.rule, a.feeYear)[lang];
  const header = [
    ...(sv
      ? ['Kommunkod', 'Kommun', `Folkmängd ${formatDateSv(a.populationDate)}`, `Beslutad avgift ${a.feeYear}`]
      : ['Code', 'Municipality', `Population ${a.populationDate}`, `Decided fee ${a.feeYear}`]),
    name,
    sv ? 'Skillnad' : 'Difference',
    ...(a.forecast ? [sv ? 'Underlag' : 'Basis'] : []),
  ];
  const rows = c.rows.map((r, i) => [
    r.member.code,
    r.member.name,
    formatInteger(a.members[i]!.population),
    formatKronor(r.decidedOre),
    formatKronor(r.scenarioOre),
    formatKronor(r.differenceOre),
    ...forecastCell(a, lang),
  ]);
  rows.push([
    '',
    sv ? 'Summa' : 'Total',
    formatInteger(a.totalPopulation),
    formatKronor(c.decided.totalOre),
    formatKronor(a.totalOre),
    formatKronor(c.totalDifferenceOre),
    ...forecastCell(a, lang),
  ]);
  const decided = sv ? `Beslutad: ${c.decided.ruleDescription.sv}` : `Decided: ${c.decided.ruleDescription.en}`;
  const source = sv ? `Källa: ${a.source.label}` : `Source: ${a.source.label}`;
  return `${titleOf(a, lang)}\n${decided}\n${source}\n\n${textTable(header, rows, [false, false, true, true, true, true, false])}\n${footerOf(a, lang)}\n`;
}
