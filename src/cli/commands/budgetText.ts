import { basename } from 'node:path';
import { budgetTextAs, BudgetTextFormat, ruleForFeeYear } from '../../domain';
import { budgetCheckOptions } from '../../jobs/budgetCheck';
import { budgetTextOfYear } from '../../jobs/budgetText';
import { feesForBudget } from '../../jobs/fees';
import { checkBudgetInSheets } from '../../workbook/budget/read';
import { readXlsxSheets } from '../../workbook/xlsx/read';
import { loadFees, loadMembers, readBytes, unwrap } from '../inputs';
import { forecastYear } from './allocate';
import { CliError, CliIo, EXIT_OK } from '../io';
import { parseCommandArgs, parseLang, parseYear } from '../options';

export const BUDGET_TEXT_HELP = `avgift budget-text – avsnittet Budget i verksamhetsplanen, med årets siffror

  --year ÅR               budgetår (standard innevarande år), med årets beslutade regel
  --forecast              en prognos när SCB inte har publicerat folkmängden 31 december året före
  --budget FIL.xlsx       budgeten som raderna och summorna tas från (den kontrollerade; annars
                          budgetmallens rader); --sheet NAMN och --column KOLUMN som för budget-check
  --format text|html|md   text (standard), HTML med en riktig tabell (för Word och Outlook) eller Markdown
  --members FIL, --population KÄLLA, --lang sv|en  som för allocate
`;

const OPTIONS = {
  year: { type: 'string' },
  forecast: { type: 'boolean' },
  budget: { type: 'string' },
  sheet: { type: 'string' },
  column: { type: 'string' },
  format: { type: 'string' },
  members: { type: 'string' },
  population: { type: 'string' },
  lang: { type: 'string' },
} as const;

const FORMATS: readonly BudgetTextFormat[] = ['text', 'html', 'md'];

/** `avgift budget-text`: the same job as the pane's "Kopiera budgettext" (jobs/budgetText), on standard output. */
export async function budgetTextCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const lang = parseLang(values.lang);
  const format = (values.format ?? 'text') as BudgetTextFormat;
  if (!FORMATS.includes(format))
    throw new CliError(
      `--format ska vara text, html eller md, inte ”${values.format}”.`,
      `--format must be text, html or md, not "${values.format}".`,
    );
  const feeYear = parseYear(values.year, '--year', io.now().getFullYear());
  const rule = unwrap(ruleForFeeYear(feeYear));
  const forecast = forecastYear(rule, feeYear, values.forecast === true, io.now());
  const members = await loadMembers(io, values.members);
  const loaded = await loadFees(io, { feeYear, rule, forecast, members, population: values.population });
  const fees = feesForBudget(unwrap(loaded.fees))!;
  let budget;
  if (values.budget !== undefined) {
    const file = basename(values.budget);
    const sheets = unwrap(await readXlsxSheets(await readBytes(io, values.budget), file));
    const read = unwrap(
      checkBudgetInSheets(budgetCheckOptions(feeYear, fees, values.column), sheets, values.sheet, file),
    );
    budget = { check: read.check, notes: read.notes };
  }
  const text = unwrap(budgetTextOfYear({ fees, ...(budget ? { budget } : {}) }));
  io.stdout(budgetTextAs(text, format, lang));
  return EXIT_OK;
}
