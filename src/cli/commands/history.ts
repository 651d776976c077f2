import {
  Allocation,
  feeHistory,
  populationYearsFor,
  ruleForFeeYear,
  formatKronor,
  IndexedReading,
  oreToKronor,
  ruleName,
} from '../../domain';
import { loadMembers, loadPopulation, unwrap } from '../inputs';
import { CliError, CliIo, EXIT_OK } from '../io';
import { ruleJson } from '../json';
import { Lang, parseCommandArgs, parseLang, parseYear } from '../options';
import { textTable } from '../table';

export const HISTORY_HELP = `avgift history – avgifterna år för år med den regel som gällde

  --from ÅR               första avgiftsår (standard 2010)
  --to ÅR                 sista avgiftsår (standard innevarande år)
  --reading exact|chained hur § 8 läses åren 2010–2016 (standard exact)
  --members FIL, --population KÄLLA, --json, --lang sv|en  som för allocate
`;

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  reading: { type: 'string' },
  members: { type: 'string' },
  population: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

export async function historyCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const lang = parseLang(values.lang);
  const fromYear = parseYear(values.from, '--from', 2010);
  const toYear = parseYear(values.to, '--to', io.now().getFullYear());
  const reading = values.reading ?? 'exact';
  if (reading !== 'exact' && reading !== 'chained') {
    throw new CliError(
      `--reading ska vara exact eller chained, inte ”${reading}”.`,
      `--reading must be exact or chained, not "${reading}".`,
    );
  }
  const members = await loadMembers(io, values.members);
  // The year-ends the rules of these fee years need (no fee before the agreement: say so first).
  const yearEnds = new Set<number>();
  for (let year = fromYear; year <= toYear; year++)
    populationYearsFor(unwrap(ruleForFeeYear(year, reading as IndexedReading)), year).forEach((y) => yearEnds.add(y));
  const population = await loadPopulation(
    io,
    values.population,
    members,
    [...yearEnds].sort((a, b) => a - b),
  );
  const years = unwrap(feeHistory({ fromYear, toYear, members, population, reading: reading as IndexedReading }));
  io.stdout(
    values.json ? JSON.stringify(historyJson(years, fromYear, toYear, reading, lang)) + '\n' : historyText(years, lang),
  );
  return EXIT_OK;
}

function historyJson(years: Allocation[], from: number, to: number, reading: string, lang: Lang) {
  return {
    from,
    to,
    reading,
    source: years[0]!.source,
    years: years.map((a) => ({
      feeYear: a.feeYear,
      populationDate: a.populationDate,
      rule: ruleJson(a.rule, a.ruleDescription, lang),
      members: a.members.map((m) => ({
        code: m.member.code,
        name: m.member.name,
        population: m.population,
        fee: oreToKronor(m.feeOre),
      })),
      totalPopulation: a.totalPopulation,
      total: oreToKronor(a.totalOre),
    })),
  };
}

function historyText(years: Allocation[], lang: Lang): string {
  const members = years[0]!.members.map((m) => m.member);
  const header = [
    lang === 'sv' ? 'År' : 'Year',
    lang === 'sv' ? 'Regel' : 'Rule',
    ...members.map((m) => m.name),
    lang === 'sv' ? 'Summa' : 'Total',
  ];
  const rows = years.map((a) => [
    String(a.feeYear),
    ruleName(a.rule)[lang],
    ...a.members.map((m) => formatKronor(m.feeOre, '')),
    formatKronor(a.totalOre, ''),
  ]);
  const source =
    lang === 'sv'
      ? `Belopp i kronor. Källa: ${years[0]!.source.label}`
      : `Amounts in kronor. Source: ${years[0]!.source.label}`;
  return `${textTable(
    header,
    rows,
    header.map((_, i) => i >= 2),
  )}\n${source}\n`;
}
