import { allocate, populationYearsFor, ruleForFeeYear } from '../../domain';
import { budgetTemplateSheet } from '../../workbook/layouts';
import { renderPlanToXlsx } from '../../workbook/xlsx';
import { checkOutputs, writeOutputs } from '../files';
import { loadMembers, loadPopulation, unwrap } from '../inputs';
import { CliError, CliIo, EXIT_OK } from '../io';
import { parseCommandArgs, parseLang, parseYear } from '../options';

export const BUDGET_TEMPLATE_HELP = `avgift budget-template --out FIL.xlsx – en budgetmall att börja från

  --year ÅR               budgetår (standard innevarande år); avgiftsintäkten räknas fram för året
  --out FIL.xlsx          filen att skriva (med --force över en befintlig fil)
  --members FIL, --population KÄLLA, --lang sv|en  som för allocate
`;

const OPTIONS = {
  year: { type: 'string' },
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
  if (values.out === undefined) throw new CliError('Ange filen att skriva med --out BUDGET.xlsx.', 'Give the file to write with --out BUDGET.xlsx.');
  const rule = unwrap(ruleForFeeYear(feeYear));
  const members = await loadMembers(io, values.members);
  const population = await loadPopulation(io, values.population, members, populationYearsFor(rule, feeYear));
  const allocation = unwrap(allocate({ feeYear, rule, members, population }));
  await checkOutputs(io, [{ option: '--out', path: values.out, extension: '.xlsx' }], { inputs: [values.members, values.population].filter((p): p is string => p !== undefined), force: values.force === true });
  await writeOutputs(io, [{ path: values.out, data: await renderPlanToXlsx({ sheets: [budgetTemplateSheet(feeYear, allocation)], names: [] }) }]);
  io.stdout(lang === 'sv' ? `Skrev ${values.out}\n` : `Wrote ${values.out}\n`);
  return EXIT_OK;
}
