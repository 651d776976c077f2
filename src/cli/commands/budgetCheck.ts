import { basename } from 'node:path';
import {
  Allocation,
  Message,
  fail,
  Result,
  forecastLabel,
  BudgetCheck,
  budgetVerdict,
  formatKronor,
  oreToKronor,
  namingFile,
  ruleForFeeYear,
  SEVERITY_WORD,
  optional,
} from '../../domain';
import { budgetCheckOptions, withoutFees } from '../../jobs/budgetCheck';
import { budgetCheckPlan } from '../../jobs/budgetSheet';
import { Fees } from '../../jobs/fees';
import { checkBudgetInSheets } from '../../workbook/budget/read';
import { renderPlanToXlsx } from '../../workbook/xlsx/render';
import { readXlsxSheets } from '../../workbook/xlsx/read';
import { checkOutputs, writeOutputs } from '../files';
import { loadFees, loadMembers, readBytes, unwrap } from '../inputs';
import { forecastYear } from './allocate';
import { CliError, CliIo, EXIT_CHECK_FAILED, EXIT_OK } from '../io';
import { Lang, parseCommandArgs, parseLang, parseYear } from '../options';

export const BUDGET_CHECK_HELP = `avgift budget-check FIL.xlsx – kontrollera att budgeten balanserar före beslut

  --sheet NAMN            bladet med budgeten (standard: bladet Budget, annars det första; har det
                          ingen budget används det enda blad som har en)
  --column KOLUMN         beloppskolumnen när budgeten har flera (bokstav, t.ex. D, eller rubriken
                          "Budget 2026"); standard: kolumnen för budgetåret
  --year ÅR               budgetår (standard innevarande år); avgifterna räknas fram för året
                          med årets beslutade regel (aldrig ett scenario)
  --forecast              jämför med en prognos när SCB inte har publicerat folkmängden 31 december
                          året före (från den senaste publicerade folkmängden, som för allocate)
  --out FIL.xlsx          skriv bladet Budgetkontroll ÅR (med --force över en befintlig fil, aldrig
                          över budgetfilen)
  --members FIL, --population KÄLLA, --json, --lang sv|en  som för allocate
  Slutkod 0: balanserar utan fel; 3: balanserar inte eller fel hittades; 2: filen kan inte läsas.
`;

const OPTIONS = {
  sheet: { type: 'string' },
  column: { type: 'string' },
  year: { type: 'string' },
  forecast: { type: 'boolean' },
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
    throw new CliError(
      'Ange en budgetfil: avgift budget-check BUDGET.xlsx',
      'Give one budget file: avgift budget-check BUDGET.xlsx',
    );
  }
  const file = positionals[0]!;
  const feeYear = parseYear(values.year, '--year', io.now().getFullYear());
  const inputs = [file, values.members, values.population].filter((p): p is string => p !== undefined);
  // Every output is checked before anything is read or computed, so nothing is half-written.
  if (values.out !== undefined)
    await checkOutputs(io, [{ option: '--out', path: values.out, extension: '.xlsx' }], {
      inputs,
      force: values.force === true,
    });
  const sheets = unwrap(await readXlsxSheets(await readBytes(io, file), basename(file)));

  const expected = await expectedFees(io, feeYear, values);
  const fees = expected.ok ? expected.fees : undefined;
  const checked = checkBudgetInSheets(
    budgetCheckOptions(feeYear, fees, values.column),
    sheets,
    values.sheet,
    basename(file),
  );
  // A --column given but not found is answered with the columns there are; none given, with how to give one.
  const budget = unwrap(namingFile(values.column === undefined ? askForColumn(checked) : checked, basename(file)));
  const result = expected.ok ? budget.check : withoutFees(budget.check, feeYear, expected.message);
  if (values.out !== undefined) {
    const plan = budgetCheckPlan({
      check: result,
      feeYear,
      location: `${basename(file)}, blad ${budget.sheet}`,
      ...(fees ? { basis: fees.allocation.ruleDescription } : {}),
      generatedAt: io.now().toISOString(),
    });
    await writeOutputs(io, [{ path: values.out, data: await renderPlanToXlsx(plan) }]);
    io.stderr(lang === 'sv' ? `Skrev ${values.out}\n` : `Wrote ${values.out}\n`);
  }
  const allocation = fees?.allocation;
  io.stdout(
    values.json
      ? JSON.stringify(budgetJson(result, file, budget.sheet, allocation, lang)) + '\n'
      : budgetText(result, file, budget.sheet, feeYear, allocation, lang),
  );
  return result.passed ? EXIT_OK : EXIT_CHECK_FAILED;
}

/**
 * Several amount columns and none for the fee year: on the command line the answer is --column, so
 * the question says so with the last column as the example.
 *
 * @example askForColumn(fail(…'Ange vilken som ska kontrolleras.', { columns: [C, D, E] })) // → '… Ange vilken som ska kontrolleras (på kommandoraden till exempel --column E).'
 */
function askForColumn<T>(result: Result<T>): Result<T> {
  const last = result.ok ? undefined : result.error.columns?.at(-1);
  if (result.ok || result.error.code !== 'column-ambiguous' || !last) return result;
  const { sv, en } = result.error.message;
  const hint = (text: string, words: string) =>
    text.endsWith('.') ? `${text.slice(0, -1)} (${words} --column ${last.letter}).` : text;
  return fail(result.error.code, hint(sv, 'på kommandoraden till exempel'), hint(en, 'on the command line e.g.'), {
    columns: result.error.columns!,
  });
}

type Expected = { ok: true; fees: Fees } | { ok: false; message: Message };

/**
 * The fees the budget's fee line is compared with: the fee year's decided rule (a budget is never
 * judged against a what-if) as the fees job gives them on the fee year's population, or with
 * --forecast on the latest published figure.
 * A fee year SCB has not published without --forecast is no error of the budget: the check goes on and
 * says when SCB publishes and that --forecast gives a prognos; --forecast for a published year is refused.
 */
async function expectedFees(
  io: CliIo,
  feeYear: number,
  values: { forecast?: boolean; members?: string; population?: string },
): Promise<Expected> {
  const rule = ruleForFeeYear(feeYear);
  if (!rule.ok) return { ok: false, message: rule.error.message };
  const asked = values.forecast === true ? forecastYear(rule.value, feeYear, true, io.now()) : undefined;
  const members = await loadMembers(io, values.members);
  let fees: Result<Fees>;
  try {
    const forecast = asked ?? forecastYear(rule.value, feeYear, false, io.now());
    ({ fees } = await loadFees(io, { feeYear, rule: rule.value, forecast, members, population: values.population }));
  } catch (e) {
    if (e instanceof CliError) return { ok: false, message: { sv: e.sv, en: e.en } };
    throw e;
  }
  return fees.ok ? { ok: true, fees: fees.value } : { ok: false, message: fees.error.message };
}

function budgetJson(check: BudgetCheck, file: string, sheet: string, allocation: Allocation | undefined, lang: Lang) {
  const kr = (ore: number | undefined) => (ore === undefined ? undefined : oreToKronor(ore));
  return {
    file,
    sheet,
    feeYear: check.feeYear,
    ...(allocation?.forecast ? { forecast: true, populationDate: allocation.populationDate } : {}),
    verdict: budgetVerdict(check)[lang],
    balanced: check.balanced,
    passed: check.passed,
    ...optional({ column: check.column }),
    revenues: kr(check.revenuesOre),
    costs: kr(check.costsOre),
    difference: kr(check.differenceOre),
    ...(check.costsNegated ? { costsNegated: true } : {}),
    feeRevenue: kr(check.feeRevenueOre),
    expectedFeeRevenue: kr(check.expectedFeeRevenueOre),
    comparedWith: check.comparedWith
      ? {
          kind: check.comparedWith.kind,
          expected: kr(check.comparedWith.expectedOre),
          populationDate: check.comparedWith.populationDate,
        }
      : null,
    statedPopulation: check.statedPopulation,
    lines: check.lines.map((l) => ({
      section: l.section,
      label: l.label,
      amount: kr(l.amountOre),
      cell: l.amountCell,
    })),
    unreadLines: check.unreadLines.map((l) => ({
      section: l.section,
      label: l.label,
      text: l.text,
      cell: l.amountCell,
      reason: l.reason[lang],
    })),
    subLines: check.subLines.map((l) => ({
      section: l.section,
      label: l.label,
      amount: kr(l.amountOre),
      cell: l.amountCell,
      partOf: l.parent,
    })),
    findings: check.findings.map((f) => ({
      severity: f.severity,
      ...(f.cell ? { cell: f.cell } : {}),
      ...(f.line ? { line: f.line } : {}),
      code: f.code,
      message: f.message[lang],
    })),
  };
}

const MARK = { error: '✗', warning: '!', info: 'i' } as const;

function budgetText(
  check: BudgetCheck,
  file: string,
  sheet: string,
  feeYear: number,
  allocation: Allocation | undefined,
  lang: Lang,
): string {
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
      `${sv ? 'Avgifter i budgeten' : 'Fees in the budget'} ${check.feeRevenueOre === undefined ? '–' : formatKronor(check.feeRevenueOre)}; ${sv ? 'enligt reglerna' : 'by the rules'} ${allocation ? `${formatKronor(allocation.totalOre)} (${allocation.forecast ? `${forecastLabel(feeYear, allocation.forecast)[lang]}; ` : ''}${allocation.ruleDescription[lang]})` : '–'}`,
    );
  }
  lines.push('', budgetVerdict(check)[lang], '');
  // Fel, Varning and Upplysning differ in words and in mark, never by colour alone.
  for (const f of check.findings)
    lines.push(
      `${MARK[f.severity]} ${SEVERITY_WORD[f.severity][lang].toUpperCase().padEnd(11)} ${(f.cell ?? '').padEnd(5)} ${f.message[lang]}`,
    );
  return lines.join('\n') + '\n';
}
