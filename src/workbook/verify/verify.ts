import {
  allocate,
  cellAddress,
  fail,
  FeeRule,
  feeTableChecksum,
  formatInteger,
  formatIntegerEn,
  formatKronor,
  formatKronorEn,
  LogEntry,
  Member,
  Message,
  ok,
  parseRuleCode,
  PopulationFigure,
  PopulationSeries,
  populationRevision,
  Result,
  Revision,
  rulePopulationYear,
  RULE_KINDS,
  ruleKindOf,
  optional,
  formatTimeEn,
  formatTimeSv,
} from '../../domain';
import { FEE_SHEET, feeFormula } from '../layouts/fees';
import { LOG_SHEET_KEY, LOG_SHEET_NAME, readLogEntries } from '../layouts/log';
import { absoluteAddress } from '../plan/address';
import { markedSheet, namesOnCell, SheetSnapshot, WorkbookSnapshot } from './snapshot';

/** One difference verify found: where, what it should be, what it is. */
export interface Difference {
  readonly sheet: string;
  /** A1 address, or "" for the sheet as a whole (a missing Logg row). */
  readonly cell: string;
  readonly expected: string;
  readonly found: string;
  readonly message: Message;
}

export interface Verification {
  readonly feeYear: number;
  /** The allocation sheet checked, e.g. "Avgift 2026". */
  readonly sheet: string;
  readonly rule: FeeRule;
  /** SHA-256 of the fee table as it stands in the workbook. */
  readonly checksum: string;
  /** The members and the total of the fee table as it stands. */
  readonly members: readonly Member[];
  readonly totalOre: number;
  /** The Logg row compared with: the latest Fastställt row of the year, else the latest write. */
  readonly logged?: LogEntry;
  readonly differences: readonly Difference[];
  /** With a population source to compare with: the per-member revision. */
  readonly revision?: Revision;
}

export interface VerifyOptions {
  readonly feeYear?: number;
  /** Another source's figures (an SCB revision) to compare the workbook's figures with. */
  readonly population?: PopulationSeries;
}

const unreadable = <T>(sv: string, en: string): Result<T> => fail('verify-unreadable', sv, en);
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

interface FeeRow {
  readonly row: number;
  readonly member: Member;
  readonly population: number;
  readonly fee: unknown;
  readonly formula: string | undefined;
}

/**
 * Recomputes the fees of a workbook from its own population figures and rule (the Logg's rule code),
 * and reports every difference: fee cells (formula and saved value), the rule's parameter cell,
 * Befolkning against the allocation sheet, the fee table's checksum against the Logg, and — with a
 * population source — each figure SCB has revised. Fails (unreadable) only when there is no fee sheet
 * to check.
 *
 * @example
 * verifyWorkbook(bookWrittenByAvgiftAllocate, { feeYear: 2026 })
 * // ok({ feeYear: 2026, sheet: 'Avgift 2026', differences: [], checksum: '…', logged: { action: 'Skrivet', … } })
 * // after typing 400 000 into E10: differences [{ sheet: 'Avgift 2026', cell: 'E10', expected: '387 000 kr', found: '400 000 kr', … }]
 */
export function verifyWorkbook(book: WorkbookSnapshot, options: VerifyOptions = {}): Result<Verification> {
  const feeYear = options.feeYear ?? latestFeeYear(book);
  if (feeYear === undefined) {
    return unreadable(
      'Arbetsboken har inget avgiftsblad (Avgift ÅR) skrivet av tillägget att kontrollera.',
      'The workbook has no fee sheet (Avgift YEAR) written by the add-in to check.',
    );
  }
  const sheet = markedSheet(book, `avgift-${feeYear}`);
  if (!sheet) {
    return unreadable(
      `Arbetsboken har inget avgiftsblad för ${feeYear} skrivet av tillägget.`,
      `The workbook has no fee sheet for ${feeYear} written by the add-in.`,
    );
  }
  const table = feeRows(sheet);
  if (!table.ok) return table;
  const rows = table.value;
  const differences: Difference[] = [];
  // The add-in's Logg, by its marker: an officer's own sheet called Logg is not read.
  const logSheet = markedSheet(book, LOG_SHEET_KEY);
  const entries = logSheet ? readLogEntries(logSheet.values).filter((e) => e.feeYear === feeYear) : [];
  const logged = [...entries].reverse().find((e) => e.action === 'Fastställt') ?? entries[entries.length - 1];

  const rule = logged ? parseRuleCode(logged.ruleCode) : ruleFromSheet(sheet);
  if (!rule.ok) return rule;
  if (!logged) {
    differences.push({
      sheet: LOG_SHEET_NAME,
      cell: '',
      expected: `en rad för ${feeYear}`,
      found: 'ingen',
      message: {
        sv: `Loggen har ingen rad för ${feeYear}: kontrollsumman kan inte jämföras.`,
        en: `The Logg has no row for ${feeYear}: the checksum cannot be compared.`,
      },
    });
  }
  differences.push(...parameterDifferences(sheet, rule.value));

  const members = rows.map((r) => r.member);
  const fromBefolkning = befolkningFigures(book);
  const populationYear = rulePopulationYear(rule.value, feeYear);
  const own: PopulationSeries = {
    source: { kind: 'range', label: `Arbetsbokens egna tal (${sheet.name}, Befolkning)` },
    figures: [
      ...fromBefolkning.figures.filter((f) => f.year !== populationYear),
      ...rows.map((r) => ({ code: r.member.code, year: populationYear, population: r.population })),
    ],
  };
  for (const r of rows) {
    const cell = fromBefolkning.cells.get(`${r.member.code}:${populationYear}`);
    if (cell && cell.population !== r.population) {
      differences.push({
        sheet: 'Befolkning',
        cell: cell.address,
        expected: formatInteger(r.population),
        found: formatInteger(cell.population),
        message: {
          sv: `${r.member.name}: Befolkning säger ${formatInteger(cell.population)} men ${sheet.name} räknar med ${formatInteger(r.population)}.`,
          en: `${r.member.name}: Befolkning says ${formatIntegerEn(cell.population)} but ${sheet.name} uses ${formatIntegerEn(r.population)}.`,
        },
      });
    }
  }

  const recomputed = allocate({ feeYear, rule: rule.value, members, population: own });
  if (!recomputed.ok)
    return unreadable(
      `Avgifterna kan inte räknas om ur arbetsbokens tal: ${recomputed.error.message.sv}`,
      `The fees cannot be recomputed from the workbook's figures: ${recomputed.error.message.en}`,
    );
  const expectedFormula = feeFormula(rule.value, feeYear, ['{B6}', '{B7}']);
  const params = { B6: namesOnCell(book, sheet.name, PARAMETER), B7: namesOnCell(book, sheet.name, BASE_POPULATION) };
  const tableForChecksum = rows.map((r, i) => {
    const expected = recomputed.value.members[i]!.feeOre;
    const address = cellAddress(r.row, FEE_SHEET.columns.fee);
    const wanted = expectedFormula?.(r.row + 1);
    const formulaIntact = wanted !== undefined && r.formula !== undefined && normalise(r.formula, params) === wanted;
    if (wanted !== undefined && !formulaIntact) {
      differences.push({
        sheet: sheet.name,
        cell: address,
        expected: wanted.replace('{B6}', params.B6[0] ?? 'B6').replace('{B7}', params.B7[0] ?? 'B7'),
        found: r.formula ?? str(r.fee),
        message:
          r.formula === undefined
            ? {
                sv: `${r.member.name}: avgiftens formel är ersatt av ett fast värde.`,
                en: `${r.member.name}: the fee formula has been replaced by a constant.`,
              }
            : {
                sv: `${r.member.name}: avgiftens formel är ändrad.`,
                en: `${r.member.name}: the fee formula has been changed.`,
              },
      });
    }
    const saved = typeof r.fee === 'number' ? Math.round(r.fee * 100) : undefined;
    if (saved !== undefined && saved !== expected) {
      differences.push({
        sheet: sheet.name,
        cell: address,
        expected: formatKronor(expected),
        found: formatKronor(saved),
        message: {
          sv: `${r.member.name}: avgiften ska vara ${formatKronor(expected)} enligt regeln och folkmängden ${formatInteger(r.population)}.`,
          en: `${r.member.name}: the fee should be ${formatKronorEn(expected)} by the rule and population ${formatIntegerEn(r.population)}.`,
        },
      });
    }
    if (saved === undefined && !formulaIntact && wanted === undefined) {
      differences.push({
        sheet: sheet.name,
        cell: address,
        expected: formatKronor(expected),
        found: str(r.fee),
        message: {
          sv: `${r.member.name}: avgiften är inget belopp.`,
          en: `${r.member.name}: the fee is not an amount.`,
        },
      });
    }
    // The table as it stands: a saved amount, else what an intact formula computes.
    return { code: r.member.code, population: r.population, feeOre: saved ?? (formulaIntact ? expected : Number.NaN) };
  });

  const checksum = feeTableChecksum({ feeYear, rule: rule.value, rows: tableForChecksum });
  if (logged && logged.checksum !== checksum) {
    const at = entries.lastIndexOf(logged);
    differences.push({
      sheet: logSheet!.name,
      cell: logCell(logSheet!, feeYear, at),
      expected: logged.checksum,
      found: checksum,
      message: {
        sv: `Avgiftstabellen har ändrats sedan raden ”${logged.action}” ${formatTimeSv(logged.time)} i loggen (kontrollsumman skiljer).`,
        en: `The fee table has changed since the Logg row "${logged.action}" ${formatTimeEn(logged.time)} (the checksum differs).`,
      },
    });
  }

  let revision: Revision | undefined;
  if (options.population) {
    const r = populationRevision({ feeYear, rule: rule.value, members, before: own, after: options.population });
    if (!r.ok) return r;
    revision = r.value;
    for (const f of r.value.changedFigures) {
      const member = members.find((m) => m.code === f.code)!;
      const row = rows.find((x) => x.member.code === f.code)!;
      const cell =
        f.year === populationYear
          ? { sheet: sheet.name, address: cellAddress(row.row, FEE_SHEET.columns.population) }
          : { sheet: 'Befolkning', address: fromBefolkning.cells.get(`${f.code}:${f.year}`)?.address ?? '' };
      const effect = r.value.rows.find((x) => x.member.code === f.code)!;
      differences.push({
        sheet: cell.sheet,
        cell: cell.address,
        expected: formatInteger(f.newPopulation),
        found: formatInteger(f.oldPopulation),
        message: {
          sv: `${member.name} 31 december ${f.year}: källan säger ${formatInteger(f.newPopulation)}, arbetsboken ${formatInteger(f.oldPopulation)} (${formatInteger(f.newPopulation - f.oldPopulation)}); avgiften ändras med ${formatKronor(effect.feeEffectOre)}.`,
          en: `${member.name} 31 December ${f.year}: the source says ${formatIntegerEn(f.newPopulation)}, the workbook ${formatIntegerEn(f.oldPopulation)}; the fee changes by ${formatKronorEn(effect.feeEffectOre)}.`,
        },
      });
    }
  }
  const totalOre = tableForChecksum.reduce((sum, r) => sum + r.feeOre, 0);
  return ok({
    feeYear,
    sheet: sheet.name,
    rule: rule.value,
    checksum,
    members,
    totalOre,
    ...optional({ logged }),
    differences,
    ...optional({ revision }),
  });
}

function latestFeeYear(book: WorkbookSnapshot): number | undefined {
  // By marker only: an officer's unmarked "Avgift 2027" is not a fee year of the add-in's.
  const years = book.names
    .map((n) => /^AVGF_avgift_(\d{4})(?:_\d+)?$/.exec(n.name)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number);
  return years.length ? Math.max(...years) : undefined;
}

/** The member rows of an allocation sheet: below the header "Kommunkod", down to "Summa" (FEE_SHEET's columns). */
function feeRows(sheet: SheetSnapshot): Result<FeeRow[]> {
  const { code, name, population, fee } = FEE_SHEET.columns;
  const header = sheet.values.findIndex((r) => r[code] === 'Kommunkod' && str(r[population]).startsWith('Folkmängd'));
  if (header < 0)
    return unreadable(
      `Bladet ${sheet.name} har ingen avgiftstabell (rubriken Kommunkod saknas).`,
      `The sheet ${sheet.name} has no fee table (no Kommunkod header).`,
    );
  const rows: FeeRow[] = [];
  for (let r = header + 1; r < sheet.values.length; r++) {
    const v = sheet.values[r]!;
    if (str(v[name]) === 'Summa' || str(v[code]) === '') break;
    const kommunkod = typeof v[code] === 'number' ? String(v[code]).padStart(4, '0') : str(v[code]);
    if (typeof v[population] !== 'number') {
      return unreadable(
        `${sheet.name} ${cellAddress(r, population)}: folkmängden är inget tal (”${str(v[population])}”).`,
        `${sheet.name} ${cellAddress(r, population)}: the population is not a number ("${str(v[population])}").`,
      );
    }
    rows.push({
      row: r,
      member: { code: kommunkod, name: str(v[name]) },
      population: v[population],
      fee: v[fee],
      formula: sheet.formulas[r]?.[fee],
    });
  }
  if (!rows.length)
    return unreadable(`Bladet ${sheet.name} har inga medlemmar.`, `The sheet ${sheet.name} has no members.`);
  return ok(rows);
}

/** The rule from the sheet's own parameter cells, for a workbook written before the Logg. */
function ruleFromSheet(sheet: SheetSnapshot): Result<FeeRule> {
  const { row, column } = FEE_SHEET.parameter;
  const label = str(sheet.values[row]?.[column - 1]);
  const value = sheet.values[row]?.[column];
  const ore = typeof value === 'number' ? Math.round(value * 100) : undefined;
  if (ore === undefined)
    return unreadable(
      `${sheet.name} ${cellAddress(row, column)}: regelns parameter saknas.`,
      `${sheet.name} ${cellAddress(row, column)}: the rule's parameter is missing.`,
    );
  const header = sheet.values.find((r) => r[FEE_SHEET.columns.code] === 'Kommunkod') ?? [];
  const previousColumns = str(header[FEE_SHEET.columns.previousPopulation]).startsWith('Folkmängd 31');
  const read = RULE_KINDS.map((kind) => kind.sheet.fromParameter(label, ore, previousColumns)).find(
    (rule) => rule !== undefined,
  );
  if (read) return ok(read);
  return unreadable(
    `${sheet.name} ${cellAddress(row, column - 1)}: regeln kan inte utläsas (”${label}”).`,
    `${sheet.name} ${cellAddress(row, column - 1)}: the rule cannot be read ("${label}").`,
  );
}

/** The rule's own parameter cell (B6) must still say what the rule says. */
function parameterDifferences(sheet: SheetSnapshot, rule: FeeRule): Difference[] {
  const { row, column } = FEE_SHEET.parameter;
  const wanted = ruleKindOf(rule).sheet.parameterOre(rule);
  const value = sheet.values[row]?.[column];
  const found = typeof value === 'number' ? Math.round(value * 100) : undefined;
  if (found === wanted) return [];
  const cell = cellAddress(row, column);
  const label = str(sheet.values[row]?.[column - 1]);
  return [
    {
      sheet: sheet.name,
      cell,
      expected: formatKronor(wanted),
      found: found === undefined ? str(value) : formatKronor(found),
      message: {
        sv: `${sheet.name} ${cell} (${label}) skiljer sig från regeln i loggen.`,
        en: `${sheet.name} ${cell} (${label}) differs from the rule in the Logg.`,
      },
    },
  ];
}

/** The parameter cells as names point at them ("$B$6", "$B$7"). */
const PARAMETER = absoluteAddress(FEE_SHEET.parameter.row, FEE_SHEET.parameter.column);
const BASE_POPULATION = absoluteAddress(FEE_SHEET.basePopulation.row, FEE_SHEET.basePopulation.column);

/** A formula with the names of the parameter cells replaced by {B6}/{B7}, spaces removed, upper case. */
function normalise(formula: string, params: { B6: string[]; B7: string[] }): string {
  let f = formula.replace(/\s+/g, '').toUpperCase();
  for (const [token, names] of Object.entries(params)) {
    for (const name of names)
      f = f.replace(
        new RegExp(`(?<![A-Z0-9_.])${name.toUpperCase().replace(/[.]/g, '\\.')}(?![A-Z0-9_(])`, 'g'),
        `{${token}}`,
      );
  }
  return f
    .replace(new RegExp(PARAMETER.replace(/\$/g, '\\$'), 'g'), '{B6}')
    .replace(new RegExp(BASE_POPULATION.replace(/\$/g, '\\$'), 'g'), '{B7}');
}

/** Befolkning's figures and where each stands (header at row 5: Kommunkod, Kommun, years…). */
function befolkningFigures(book: WorkbookSnapshot): {
  figures: PopulationFigure[];
  cells: Map<string, { address: string; population: number }>;
} {
  const sheet = markedSheet(book, 'befolkning');
  const figures: PopulationFigure[] = [];
  const cells = new Map<string, { address: string; population: number }>();
  if (!sheet) return { figures, cells };
  const header = sheet.values.findIndex((r) => r[0] === 'Kommunkod' && r[1] === 'Kommun');
  if (header < 0) return { figures, cells };
  const years = sheet.values[header]!.map((v) => (typeof v === 'number' ? v : Number.NaN));
  for (let r = header + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r]!;
    if (str(row[1]) === 'Summa' || str(row[0]) === '') break;
    const code = typeof row[0] === 'number' ? String(row[0]).padStart(4, '0') : str(row[0]);
    years.forEach((year, c) => {
      const v = row[c];
      if (c < 2 || !Number.isInteger(year) || typeof v !== 'number') return;
      figures.push({ code, year, population: v });
      cells.set(`${code}:${year}`, { address: cellAddress(r, c), population: v });
    });
  }
  return { figures, cells };
}

/** The A1 address of the checksum cell of the n-th Logg row of the year (for the report). */
function logCell(sheet: SheetSnapshot, feeYear: number, nth: number): string {
  let seen = -1;
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r]!;
    if ((row[1] === 'Skrivet' || row[1] === 'Fastställt') && row[2] === feeYear) {
      seen += 1;
      if (seen === nth) return cellAddress(r, 9);
    }
  }
  return '';
}
