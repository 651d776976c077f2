import { forecastLabel, ruleForFeeYear } from '../../domain';
import { BUDGET_TEMPLATE_ONLY, planOfYear } from '../../jobs/plan';
import { renderPlanToXlsx } from '../../workbook/xlsx/render';
import { checkOutputs, writeOutputs } from '../files';
import { loadFees, loadMembers, unwrap } from '../inputs';
import { forecastYear } from './allocate';
import { CliError, CliIo, EXIT_OK } from '../io';
import { parseCommandArgs, parseLang, parseYear } from '../options';

export const BUDGET_TEMPLATE_HELP = `avgift budget-template --out FIL.xlsx – en budgetmall att börja från

  --year ÅR               budgetår (standard innevarande år); avgiftsintäkten räknas fram för året
                          med årets regel (§ 8 2010–2016, 4 kr per invånare från 2017) och
                          kostnaderna är 2026 års plan i samma proportioner, så mallen balanserar
  --forecast              prognos när folkmängden 31 december året före inte är publicerad
  --out FIL.xlsx          filen att skriva (med --force över en befintlig fil)
  --members FIL, --population KÄLLA, --lang sv|en  som för allocate
`;

const OPTIONS = {
  year: { type: 'string' },
  forecast: { type: 'boolean' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  members: { type: 'string' },
  population: { type: 'string' },
  lang: { type: 'string' },
} as const;

export async function budgetTemplateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const lang = parseLang(values.lang);
  const feeYear = parseYear(values.year, '--year', io.now().getFullYear());
  if (values.out === undefined)
    throw new CliError(
      'Ange filen att skriva med --out BUDGET.xlsx.',
      'Give the file to write with --out BUDGET.xlsx.',
    );
  const rule = unwrap(ruleForFeeYear(feeYear));
  const forecast = forecastYear(rule, feeYear, values.forecast === true, io.now());
  const members = await loadMembers(io, values.members);
  const loaded = await loadFees(io, { feeYear, rule, forecast, members, population: values.population });
  const { population } = loaded;
  const fees = unwrap(loaded.fees);
  const { allocation } = fees;
  await checkOutputs(io, [{ option: '--out', path: values.out, extension: '.xlsx' }], {
    inputs: [values.members, values.population].filter((p): p is string => p !== undefined),
    force: values.force === true,
  });
  await writeOutputs(io, [
    {
      path: values.out,
      data: await renderPlanToXlsx(
        planOfYear({ fees, members, population, sheets: BUDGET_TEMPLATE_ONLY, generatedAt: io.now().toISOString() }),
      ),
    },
  ]);
  const label = allocation.forecast ? ` (${forecastLabel(feeYear, allocation.forecast)[lang]})` : '';
  io.stdout(lang === 'sv' ? `Skrev ${values.out}${label}\n` : `Wrote ${values.out}${label}\n`);
  return EXIT_OK;
}
