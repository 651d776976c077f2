import { basename } from 'node:path';
import {
  allocate,
  Allocation,
  BudgetCheck,
  budgetVerdict,
  checkBudget,
  formatKronor,
  oreToKronor,
  perCapitaRule,
  populationYearsFor,
  ruleForFeeYear,
} from '../../domain';
import { budgetCheckSheet } from '../../workbook/layouts';
import { renderPlanToXlsx } from '../../workbook/xlsx';
import { readXlsxSheet } from '../../workbook/xlsxRead';
import { refuseToOverwrite } from '../files';
import { loadMembers, loadPopulation, unwrap } from '../inputs';
import { CliError, CliIo, EXIT_CHECK_FAILED, EXIT_OK } from '../io';
import { Lang, parseCommandArgs, parseAmountOption, parseLang, parseYear } from '../options';

export const BUDGET_CHECK_HELP = `avgift budget-check FIL.xlsx – kontrollera att budgeten balanserar före beslut

  --sheet NAMN            bladet med budgeten (standard: bladet Budget, annars det första)
  --year ÅR               budgetår (standard innevarande år); avgifterna räknas fram för året
  --rate KR               avgift per invånare att jämföra med (standard: regeln för året)
  --out FIL.xlsx          skriv bladet Budgetkontroll ÅR (med --force över en befintlig fil)
  --members FIL, --population KÄLLA, --json, --lang sv|en  som för allocate
  Slutkod 0: balanserar utan fel; 3: balanserar inte eller fel hittades; 2: filen kan inte läsas.
`;

const OPTIONS = {
  sheet: { type: 'string' },
  year: { type: 'string' },
  rate: { type: 'string' },
  members: { type: 'string' },
  population: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export async function budgetCheckCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
  const lang = parseLang(values.lang);
  if (positionals.length !== 1) {
    throw new CliError('Ange en budgetfil: avgift budget-check BUDGET.xlsx', 'Give one budget file: avgift budget-check BUDGET.xlsx');
  }
  const file = positionals[0]!;
  const feeYear = parseYear(values.year, '--year', io.now().getFullYear());
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    throw new CliError(`Filen ${file} finns inte eller kan inte läsas.`, `The file ${file} does not exist or cannot be read.`);
  }
  const sheet = unwrap(await readXlsxSheet(bytes, basename(file), values.sheet));

  const expected = await expectedFees(io, feeYear, values);
  const check = checkBudget(sheet.values, {
    feeYear,
    ...(expected.ok ? { expectedFeeRevenueOre: expected.allocation.totalOre, populationTotal: expected.allocation.totalPopulation, populationYear: expected.allocation.populationYear } : {}),
  });
  const findings = expected.ok
    ? check.findings
    : [...check.findings, { severity: 'warning' as const, code: 'expected-unavailable', message: { sv: `Avgifterna för ${feeYear} kan inte räknas fram: ${expected.message.sv}`, en: `The fees for ${feeYear} cannot be computed: ${expected.message.en}` } }];
  const result = { ...check, findings };
  if (values.out !== undefined) {
    await refuseToOverwrite(io, [values.out], values.force === true);
    const sheetPlan = budgetCheckSheet({
      check: result,
      feeYear,
      budgetLocation: `${basename(file)}, blad ${sheet.sheet}`,
      ...(expected.ok ? { expectedBasis: expected.allocation.ruleDescription.sv } : {}),
      generatedAt: io.now().toISOString(),
    });
    await io.writeFile(values.out, await renderPlanToXlsx({ sheets: [sheetPlan], names: [] }));
    io.stderr(lang === 'sv' ? `Skrev ${values.out}\n` : `Wrote ${values.out}\n`);
  }
  io.stdout(values.json ? JSON.stringify(budgetJson(result, file, sheet.sheet, lang)) + '\n' : budgetText(result, file, sheet.sheet, feeYear, expected.ok ? expected.allocation : undefined, lang));
  return result.passed ? EXIT_OK : EXIT_CHECK_FAILED;
}

type Expected = { ok: true; allocation: Allocation } | { ok: false; message: { sv: string; en: string } };

async function expectedFees(io: CliIo, feeYear: number, values: { rate?: string; members?: string; population?: string }): Promise<Expected> {
  const rule = values.rate !== undefined ? { ok: true as const, value: perCapitaRule(parseAmountOption(values.rate, '--rate')) } : ruleForFeeYear(feeYear);
  if (!rule.ok) return { ok: false, message: rule.error.message };
  const members = await loadMembers(io, values.members);
  let population;
  try {
    population = await loadPopulation(io, values.population, members, populationYearsFor(rule.value, feeYear));
  } catch (e) {
    if (e instanceof CliError) return { ok: false, message: { sv: e.sv, en: e.en } };
    throw e;
  }
  const allocation = allocate({ feeYear, rule: rule.value, members, population });
  return allocation.ok ? { ok: true, allocation: allocation.value } : { ok: false, message: allocation.error.message };
}

function budgetJson(check: BudgetCheck, file: string, sheet: string, lang: Lang) {
  const kr = (ore: number | undefined) => (ore === undefined ? undefined : oreToKronor(ore));
  return {
    file,
    sheet,
    balanced: check.balanced,
    passed: check.passed,
    revenues: kr(check.revenuesOre),
    costs: kr(check.costsOre),
    difference: kr(check.differenceOre),
    feeRevenue: kr(check.feeRevenueOre),
    expectedFeeRevenue: kr(check.expectedFeeRevenueOre),
    statedPopulation: check.statedPopulation,
    lines: check.lines.map((l) => ({ section: l.section, label: l.label, amount: kr(l.amountOre), cell: l.amountCell })),
    findings: check.findings.map((f) => ({ severity: f.severity, ...(f.cell ? { cell: f.cell } : {}), code: f.code, message: f.message[lang] })),
  };
}

const SEVERITY = { sv: { error: 'FEL', warning: 'VARNING', info: 'INFO' }, en: { error: 'ERROR', warning: 'WARNING', info: 'INFO' } };

function budgetText(check: BudgetCheck, file: string, sheet: string, feeYear: number, allocation: Allocation | undefined, lang: Lang): string {
  const sv = lang === 'sv';
  const lines = [
    sv ? `Budgetkontroll ${feeYear} – ${file}, blad ${sheet}` : `Budget check ${feeYear} – ${file}, sheet ${sheet}`,
    '',
    `${sv ? 'Intäkter' : 'Revenues'}   ${formatKronor(check.revenuesOre)}`,
    `${sv ? 'Kostnader' : 'Costs'}  ${formatKronor(check.costsOre)}`,
    `${sv ? 'Skillnad' : 'Difference'}   ${formatKronor(check.differenceOre)}`,
  ];
  if (check.feeRevenueOre !== undefined || allocation) {
    lines.push(
      `${sv ? 'Avgifter i budgeten' : 'Fees in the budget'} ${check.feeRevenueOre === undefined ? '–' : formatKronor(check.feeRevenueOre)}; ${sv ? 'enligt reglerna' : 'by the rules'} ${allocation ? `${formatKronor(allocation.totalOre)} (${allocation.ruleDescription[lang]})` : '–'}`,
    );
  }
  lines.push('', budgetVerdict(check)[lang], '');
  for (const f of check.findings) lines.push(`${SEVERITY[lang][f.severity].padEnd(8)} ${(f.cell ?? '').padEnd(5)} ${f.message[lang]}`);
  return lines.join('\n') + '\n';
}
