import {
  FeeRule,
  Allocation,
  feesKind,
  ruleKindOf,
  forecastLabel,
  InvoiceRow,
  Member,
  MemberChange,
  INVOICE_HEADER,
  invoiceRegisterFields,
  MemberRegister,
  recipientInfo,
  oreToKronor,
  populationDate,
  PopulationSeries,
  ruleName,
  scenarioName,
  ScenarioComparison,
} from '../../domain';
import { absoluteAddress, columnLetters, excelDateSerial } from '../plan/address';
import { withFittedWidths } from '../plan/columnWidths';
import { Block, Cell, ChartPlan, NamePlan, nameRef, SheetPlan, sheetRef, WorkbookPlan } from '../plan/plan';
import { createdLine, FORMAT, formula, number, populationHeader, SCB_REQUEST_LABEL, sourceLine, text } from './cells';

export interface FeeWorkbookInput {
  readonly allocation: Allocation;
  readonly history?: readonly Allocation[];
  readonly population: PopulationSeries;
  readonly members: readonly Member[];
  readonly invoices: readonly InvoiceRow[];
  /** ISO time the workbook is made, stated on every sheet. */
  readonly generatedAt: string;
  readonly include?: SheetSelection;
  /** The change against last year per member: three more columns on the allocation sheet. */
  readonly changes?: readonly MemberChange[];
  /** The members register: invoice name, orgnr, Peppol-ID, reference, e-mail (what is known for certain by default). */
  readonly register?: MemberRegister;
  /** For a scenario: the comparison with the decided fees, written side by side instead of the allocation. */
  readonly comparison?: ScenarioComparison;
}

export interface SheetSelection {
  readonly allocation?: boolean;
  readonly invoices?: boolean;
  readonly memberSheets?: boolean;
  readonly population?: boolean;
  readonly history?: boolean;
}

export const allocationSheetKey = (feeYear: number) => `avgift-${feeYear}`;

/**
 * The key and name of an allocation's sheet: the decided fees "Avgift 2026", a forecast "Prognos 2027",
 * a scenario "Scenario 2026 4,50 kr" — never the same sheet as the decided fees.
 *
 * @example
 * allocationSheetId(forecast2027) // → { key: 'prognos-2027', name: 'Prognos 2027', names: 'Prognos_' }
 */
export function allocationSheetId(a: Allocation): { key: string; name: string; namePrefix: string } {
  if (a.scenario) {
    const name = scenarioName(a.rule, a.feeYear).sv;
    return {
      key: `scenario-${name.slice('Scenario '.length).replace(/[^0-9A-Za-zåäöÅÄÖ]+/g, '-')}${a.forecast ? '-prognos' : ''}`,
      name,
      namePrefix: a.forecast ? 'Prognos_scenario_' : 'Scenario_',
    };
  }
  if (a.forecast) return { key: `prognos-${a.feeYear}`, name: `Prognos ${a.feeYear}`, namePrefix: 'Prognos_' };
  return { key: allocationSheetKey(a.feeYear), name: `Avgift ${a.feeYear}`, namePrefix: '' };
}

/** "Prognos 2027 – folkmängd 31 december 2025 (…)" for a forecast; nothing for decided fees. */
const forecastNote = (a: Allocation): string =>
  a.forecast ? `${forecastLabel(a.feeYear, a.forecast).sv}.${a.forecast.note ? ` ${a.forecast.note.sv}` : ''}` : '';

/**
 * The workbook of one fee year: allocation, invoices, one sheet per member, population, history.
 * A forecast or a scenario is never an invoice: it gets no Fakturaunderlag and no member sheets,
 * whatever `include` asks; a scenario with its comparison is written beside the decided fees.
 */
export function feeWorkbookPlan(input: FeeWorkbookInput): WorkbookPlan {
  const invoicing = !input.allocation.forecast && !input.allocation.scenario;
  const include = {
    allocation: true,
    population: true,
    history: true,
    ...input.include,
    invoices: invoicing && (input.include?.invoices ?? true),
    memberSheets: invoicing && (input.include?.memberSheets ?? true),
  };
  if (input.comparison && input.allocation.scenario) {
    const sheets: SheetPlan[] = [];
    if (include.allocation) sheets.push(scenarioSheet(input, input.comparison));
    if (include.population) sheets.push(populationSheet(input));
    return { sheets, names: [] };
  }
  const allocation = allocationSheet(input);
  const sheets: SheetPlan[] = [];
  const names: NamePlan[] = [];
  // Invoices and member sheets link to the allocation sheet, so it is always written with them.
  if (include.allocation || include.invoices || include.memberSheets) {
    sheets.push(allocation.sheet);
    names.push(...allocation.names);
  }
  if (include.invoices) sheets.push(invoiceSheet(input));
  if (include.memberSheets) sheets.push(...input.invoices.map((row, i) => memberSheet(input, row, i)));
  if (include.population) sheets.push(populationSheet(input));
  if (include.history && input.history?.length) sheets.push(historySheet(input, input.history));
  return { sheets, names };
}

/**
 * Where the allocation sheet ("Avgift 2026") keeps what verify and Fastställ read back: rows and
 * columns from 0. The layout writes by it and the readers read by it; nothing restates B6 or column E.
 *
 * @example cellAddress(FEE_SHEET.parameter.row, FEE_SHEET.parameter.column) // 'B6' (the rate 4,00 kr)
 */
export const FEE_SHEET = {
  /** The rule's parameter: the rate, §8's base amount, or the amount split (B6), with its label in A6. */
  parameter: { row: 5, column: 1 },
  /** §8's total population of the base year-end (B7). */
  basePopulation: { row: 6, column: 1 },
  /** The first member row (row 10). */
  firstMemberRow: 9,
  /** The member table's columns: A code, B name, C population, D share, E fee, F basis; G and H for the chained reading. */
  columns: { code: 0, name: 1, population: 2, share: 3, fee: 4, basis: 5, previousFee: 6, previousPopulation: 7 },
} as const;

const ALLOCATION_FIRST_ROW = FEE_SHEET.firstMemberRow;

/**
 * The fee formula of a member row as the layout writes it (the rule's own, in its module), with the
 * parameter cells' names given as `refs` in the rule's order (B6, B7), or placeholders for a check;
 * undefined where the fee is a constant (a split, §8's base year).
 *
 * @example feeFormula(perCapitaRule(), 2026, ['Sats_2026'])!(10) // '=C10*Sats_2026'
 */
export function feeFormula(
  rule: FeeRule,
  feeYear: number,
  refs: readonly string[],
): ((row: number) => string) | undefined {
  return ruleKindOf(rule).sheet.feeFormula(rule, feeYear, refs, FEE_LETTERS);
}

const FEE_LETTERS = {
  population: columnLetters(FEE_SHEET.columns.population),
  previousFee: columnLetters(FEE_SHEET.columns.previousFee),
  previousPopulation: columnLetters(FEE_SHEET.columns.previousPopulation),
};

/** The cell of the allocation sheet's total fee, e.g. E18 for eight members. */
export const allocationTotalCell = (a: Allocation): string => `E${ALLOCATION_FIRST_ROW + a.members.length + 1}`;

const feeFormat = (a: Allocation) =>
  a.members.some((m) => m.feeOre % 100 !== 0) || a.totalOre % 100 !== 0 ? FORMAT.kronorOre : FORMAT.kronor;

/** Where the member table of the allocation sheet lies (0-based rows), and its A1 row numbers. */
interface TableRows {
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

const a1 = (row: number) => row + 1;

function allocationSheet(input: FeeWorkbookInput): { sheet: SheetPlan; names: NamePlan[] } {
  const a = input.allocation;
  const { key, name: sheetName, namePrefix } = allocationSheetId(a);
  const kr = feeFormat(a);
  const names: NamePlan[] = [];
  const name = (nameKey: string, excelName: string, row: number, comment: string) => {
    names.push({
      key: `${namePrefix}${nameKey}`,
      name: `${namePrefix}${excelName}`,
      sheetKey: key,
      address: absoluteAddress(row, 1),
      comment,
    });
    return nameRef(`${namePrefix}${nameKey}`);
  };
  const { parameters, refs } = parameterRows(a, kr, name);
  const first = ALLOCATION_FIRST_ROW;
  const last = first + a.members.length - 1;
  const rows: TableRows = { first, last, total: last + 1 };
  const checkRow = a1(rows.total + 2);
  const blocks: Block[] = [
    { at: 'A1', rows: [[text(a.forecast ? forecastNote(a) : sheetName, 'title')]] },
    { at: 'A2', rows: headingRows(a, sheetName, input.generatedAt) },
    { at: 'A6', rows: parameters },
    { at: `A${a1(first - 1)}`, rows: memberTable(input, kr, refs, rows) },
    { at: `A${checkRow}`, rows: [checkCells(a, refs, rows, checkRow)] },
  ];
  return {
    sheet: withFittedWidths({
      key,
      name: sheetName,
      blocks,
      freezeRows: first,
      conditionalFormats: [{ range: `B${checkRow}`, formula: `B${checkRow}<>"Stämmer"`, style: 'bad' }],
      pageSetup: { orientation: 'landscape', fitToWidth: true },
    }),
    names,
  };
}

/** Rows 2–4: the rule, the source, and when it was made with the due date (or why there is none). */
function headingRows(a: Allocation, sheetName: string, generatedAt: string): Cell[][] {
  const what = a.scenario ? `${sheetName} (scenario, inte beslutad avgift). ` : '';
  const when =
    feesKind(a) !== 'decided'
      ? `${createdLine(generatedAt)} Inget fakturaunderlag: ${a.forecast ? 'en prognos' : 'ett scenario'} faktureras inte.`
      : `${createdLine(generatedAt)} Förfallodag ${a.dueDate} (§ 8).`;
  return [
    [text(`${what}Regel: ${a.ruleDescription.sv}`, 'subtitle')],
    [text(sourceLine(a.source), 'note')],
    [text(when, 'note')],
  ];
}

/** The rule's parameters, rows 6–7 (0-based 5–6), each named for the formulas; `refs` are the names in the rule's order. */
function parameterRows(
  a: Allocation,
  kr: string,
  name: (nameKey: string, excelName: string, row: number, comment: string) => string,
): { parameters: Cell[][]; refs: string[] } {
  const FORMATS = { rate: FORMAT.kronorOre, amount: FORMAT.kronor, fee: kr, integer: FORMAT.integer } as const;
  const given = ruleKindOf(a.rule).sheet.parameters(a.rule, a);
  const parameters = given.map((p) => [
    text(p.label, 'label'),
    number(p.value, FORMATS[p.format], p.format === 'integer' ? undefined : 'input'),
  ]);
  const refs = given.map((p, i) =>
    p.name ? name(p.name.key, p.name.excelName, FEE_SHEET.parameter.row + i, p.name.comment) : '',
  );
  return { parameters, refs };
}

/** The member table: header, one row per member with its fee formula (or constant), and the total row. */
function memberTable(
  input: FeeWorkbookInput,
  kr: string,
  refs: readonly string[],
  { first, last, total: totalRow }: TableRows,
): Cell[][] {
  const a = input.allocation;
  const feeCell = feeFormula(a.rule, a.feeYear, refs);
  const chained = ruleKindOf(a.rule).sheet.previousColumns(a.rule, a.feeYear);
  const header: Cell[] = [
    text('Kommunkod', 'header'),
    text('Kommun', 'header'),
    text(populationHeader(a.populationDate), 'header'),
    text('Andel', 'header'),
    text(a.forecast ? 'Avgift (prognos)' : 'Avgift', 'header'),
    text('Underlag', 'header'),
  ];
  if (chained) {
    header.push(
      text(`Avgift ${a.feeYear - 1}`, 'header'),
      text(populationHeader(populationDate(a.populationYear - 1)), 'header'),
    );
  }
  const shares = a.members.map((m) => m.population / a.totalPopulation);
  const rows: Cell[][] = a.members.map((m, i) => {
    const row = a1(first + i);
    const feeKronor = oreToKronor(m.feeOre);
    const fee: Cell = feeCell ? formula(feeCell(row), kr, { result: feeKronor }) : number(feeKronor, kr);
    const cells = [
      text(m.member.code),
      text(m.member.name),
      number(m.population, FORMAT.integer),
      formula(`=C${row}/C$${a1(totalRow)}`, FORMAT.percent, { result: shares[i]! }),
      fee,
      text(m.basis.sv),
    ];
    if (chained)
      cells.push(number(oreToKronor(m.previousFeeOre!), FORMAT.kronor), number(m.previousPopulation!, FORMAT.integer));
    return cells;
  });
  const sum = (col: string, result: number, format: string) =>
    formula(`=SUM(${col}${a1(first)}:${col}${a1(last)})`, format, { result, style: 'total' });
  const shareSum = shares.reduce((s, x) => s + x, 0);
  const total: Cell[] = [
    text('', 'total'),
    text('Summa', 'total'),
    sum('C', a.totalPopulation, FORMAT.integer),
    sum('D', shareSum, FORMAT.percent),
    sum('E', oreToKronor(a.totalOre), kr),
    text('', 'total'),
  ];
  if (chained) total.push(text('', 'total'), text('', 'total'));
  const change = changeColumns(input, header.length, rows.length);
  header.push(...change.header);
  rows.forEach((row, i) => row.push(...change.rows[i]!));
  total.push(...change.total(sum));
  return [header, ...rows, total];
}

/** The check row: what the total must be by the rule (its module says), and a text status, never colour alone. */
function checkCells(
  a: Allocation,
  refs: readonly string[],
  { first, last, total }: TableRows,
  checkRow: number,
): (Cell | null)[] {
  const T = a1(total);
  const geometry = { ...FEE_LETTERS, first: a1(first), last: a1(last), total: T };
  const expected = ruleKindOf(a.rule).sheet.check(a.rule, a, refs, geometry);
  const difference = oreToKronor(a.totalOre) - expected.kronor;
  return [
    text('Kontroll', 'check'),
    formula(`=IF(ABS(C${checkRow})<=${expected.tolerance},"Stämmer","Avviker")`, FORMAT.general, {
      result: Math.abs(difference) <= expected.allowed ? 'Stämmer' : 'Avviker',
      style: 'check',
    }),
    formula(`=E${T}-${expected.formula}`, FORMAT.kronorOre, { result: difference, style: 'check' }),
    null,
    text(expected.explanation, 'note'),
  ];
}

/**
 * Avgift förra året, Folkmängdens effekt, Regelns effekt: previousFee + populationEffect + ruleEffect
 * = fee for every member (domain/change.ts), in whole columns after the table's own.
 */
function changeColumns(input: FeeWorkbookInput, from: number, count: number) {
  const changes = input.changes;
  if (!changes || changes.length !== count)
    return { header: [] as Cell[], rows: Array.from({ length: count }, () => [] as Cell[]), total: () => [] as Cell[] };
  const previous = feeFormat(input.allocation);
  const kr = previous;
  const columns = [0, 1, 2].map((i) => columnLetters(from + i));
  return {
    header: [
      text(`Avgift ${input.allocation.feeYear - 1}`, 'header'),
      text('Folkmängdens effekt', 'header'),
      text('Regelns effekt', 'header'),
    ],
    rows: changes.map((c) => [
      number(oreToKronor(c.previousFeeOre), previous),
      number(oreToKronor(c.populationEffectOre), kr),
      number(oreToKronor(c.ruleEffectOre), kr),
    ]),
    total: (sum: (col: string, result: number, format: string) => Cell) => {
      const kronor = (pick: (c: MemberChange) => number) => oreToKronor(changes.reduce((s, c) => s + pick(c), 0));
      return [
        sum(
          columns[0]!,
          kronor((c) => c.previousFeeOre),
          previous,
        ),
        sum(
          columns[1]!,
          kronor((c) => c.populationEffectOre),
          kr,
        ),
        sum(
          columns[2]!,
          kronor((c) => c.ruleEffectOre),
          kr,
        ),
      ];
    },
  };
}

/**
 * A scenario beside the decided fees of its year: per member the decided fee, the scenario fee and
 * the difference (a live formula), with totals. Named as a scenario ("Scenario 2026 4,50 kr").
 */
function scenarioSheet(input: FeeWorkbookInput, c: ScenarioComparison): SheetPlan {
  const a = c.scenario;
  const { key, name } = allocationSheetId(a);
  const kr = c.rows.some((r) => r.scenarioOre % 100 !== 0 || r.decidedOre % 100 !== 0)
    ? FORMAT.kronorOre
    : FORMAT.kronor;
  const first = 8; // header at A7, members from row 8
  const last = first + c.rows.length - 1;
  const header = [
    'Kommunkod',
    'Kommun',
    populationHeader(a.populationDate),
    `Beslutad avgift ${a.feeYear}`,
    name,
    'Skillnad',
  ].map((h) => text(h, 'header'));
  const rows = c.rows.map((row, i) => [
    text(row.member.code),
    text(row.member.name),
    number(a.members[i]!.population, FORMAT.integer),
    number(oreToKronor(row.decidedOre), kr),
    number(oreToKronor(row.scenarioOre), kr),
    formula(`=E${first + i}-D${first + i}`, kr, { result: oreToKronor(row.differenceOre) }),
  ]);
  const sum = (col: string, format: string, result: number) =>
    formula(`=SUM(${col}${first}:${col}${last})`, format, { result, style: 'total' });
  const total = [
    text('', 'total'),
    text('Summa', 'total'),
    sum('C', FORMAT.integer, a.totalPopulation),
    sum('D', kr, oreToKronor(c.decided.totalOre)),
    sum('E', kr, oreToKronor(a.totalOre)),
    sum('F', kr, oreToKronor(c.totalDifferenceOre)),
  ];
  return withFittedWidths({
    key,
    name,
    blocks: [
      { at: 'A1', rows: [[text(`${name} – scenario, inte beslutad avgift`, 'title')]] },
      {
        at: 'A2',
        rows: [
          [text(`${a.forecast ? `${forecastNote(a)} ` : ''}Scenario: ${a.ruleDescription.sv}`, 'subtitle')],
          [text(`Beslutad: ${c.decided.ruleDescription.sv}`, 'subtitle')],
          [text(sourceLine(a.source), 'note')],
          [text(`${createdLine(input.generatedAt)} Inget fakturaunderlag: ett scenario faktureras inte.`, 'note')],
        ],
      },
      { at: `A${first - 1}`, rows: [header, ...rows, total] },
    ],
    freezeRows: first - 1,
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  });
}

function invoiceSheet(input: FeeWorkbookInput): SheetPlan {
  const a = input.allocation;
  const first = 5; // header row (0-based 4 → A5)
  const allocation = sheetRef(allocationSheetKey(a.feeYear));
  const rows = input.invoices.map((row, i) => [
    text(row.recipient.code),
    text(row.recipient.name),
    number(row.feeYear, FORMAT.year),
    formula(`=${allocation}!E${ALLOCATION_FIRST_ROW + 1 + i}`, feeFormat(a), {
      result: oreToKronor(a.members[i]!.feeOre),
    }),
    text(row.basis.sv),
    text(row.sender),
    number(excelDateSerial(row.dueDate), FORMAT.date),
    text(row.reference),
    ...invoiceRegisterFields(row.recipient.code, input.register).map((v) => text(v)),
  ]);
  const header = INVOICE_HEADER.map((h) => text(h, 'header'));
  const lastColumn = columnLetters(header.length - 1);
  return withFittedWidths({
    key: `faktura-${a.feeYear}`,
    name: `Fakturaunderlag ${a.feeYear}`,
    blocks: [
      { at: 'A1', rows: [[text(`Fakturaunderlag ${a.feeYear}`, 'title')]] },
      {
        at: 'A2',
        rows: [
          [text(`Regel: ${a.ruleDescription.sv}`, 'subtitle')],
          [text(`${sourceLine(a.source)} ${createdLine(input.generatedAt)}`, 'note')],
        ],
      },
      { at: `A${first}`, rows: [header, ...rows] },
    ],
    tables: [
      {
        name: `Fakturaunderlag_${a.feeYear}`,
        range: `A${first}:${lastColumn}${first + rows.length}`,
        style: 'TableStyleMedium2',
      },
    ],
    freezeRows: first,
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  });
}

function memberSheet(input: FeeWorkbookInput, row: InvoiceRow, index: number): SheetPlan {
  const a = input.allocation;
  const line = ALLOCATION_FIRST_ROW + 1 + index;
  const allocation = sheetRef(allocationSheetKey(a.feeYear));
  const label = (s: string) => text(s, 'label');
  const fee = a.members[index]!;
  return withFittedWidths({
    key: `medlem-${row.recipient.code}-${a.feeYear}`,
    name: `${row.recipient.name} ${a.feeYear}`,
    blocks: [
      {
        at: 'A1',
        rows: [
          [text(`Fakturaunderlag – avgift ${a.feeYear}`, 'title')],
          [text('Södertörnskommunernas samarbetskommitté', 'subtitle')],
        ],
      },
      {
        at: 'A4',
        rows: [
          [label('Mottagare'), text(row.recipient.name)],
          [label('Kommunkod'), text(row.recipient.code)],
          [label('Avsändare'), text(row.sender)],
          [label('Avgiftsår'), number(row.feeYear, FORMAT.year)],
          [
            label(populationHeader(a.populationDate)),
            formula(`=${allocation}!C${line}`, FORMAT.integer, { result: fee.population }),
          ],
          [
            label('Belopp'),
            formula(`=${allocation}!E${line}`, feeFormat(a), { result: oreToKronor(fee.feeOre), style: 'total' }),
          ],
          [label('Underlag'), text(row.basis.sv)],
          [label('Regel'), text(a.ruleDescription.sv)],
          [label('Förfallodag'), number(excelDateSerial(row.dueDate), FORMAT.date)],
          [label('Referens'), text(row.reference)],
        ],
      },
      { at: 'A15', rows: [[text(sourceLine(a.source), 'note')], [text(createdLine(input.generatedAt), 'note')]] },
      { at: 'A18', rows: recipientRows(row, input) },
    ],
    pageSetup: { orientation: 'portrait', fitToWidth: true },
  });
}

/** The member sheet's register lines: where the invoice goes, or that it is an internal transfer; what is missing. */
function recipientRows(row: InvoiceRow, input: FeeWorkbookInput): Cell[][] {
  const info = recipientInfo(row.recipient.code, input.register);
  const label = (s: string) => text(s, 'label');
  const d = info.details;
  return [
    [label('Fakturanamn'), text(d.invoiceName ?? '')],
    [label('Organisationsnummer'), text(d.orgnr ?? '')],
    [label('Peppol-ID'), text(d.peppolId ?? '')],
    [label('Köparens referens'), text(d.buyerReference ?? '')],
    [label('E-post för fakturor'), text(d.email ?? '')],
    ...(info.note ? [[label('Anmärkning'), text(info.note, 'note')]] : []),
  ];
}

function populationSheet(input: FeeWorkbookInput): SheetPlan {
  const codes = new Set(input.members.map((m) => m.code));
  const figures = input.population.figures.filter((f) => codes.has(f.code));
  const years = [...new Set(figures.map((f) => f.year))].sort((x, y) => x - y);
  const value = new Map(figures.map((f) => [`${f.code}:${f.year}`, f.population]));
  const first = 6; // header at A5, data from row 6
  const last = first + input.members.length - 1;
  const header = [
    text('Kommunkod', 'header'),
    text('Kommun', 'header'),
    ...years.map((y) => number(y, FORMAT.year, 'header')),
  ];
  const rows = input.members.map((m) => [
    text(m.code),
    text(m.name),
    ...years.map((y) => {
      const v = value.get(`${m.code}:${y}`);
      return v === undefined ? null : number(v, FORMAT.integer);
    }),
  ]);
  const col = (i: number) => columnLetters(2 + i);
  const yearTotal = (y: number) => input.members.reduce((s, m) => s + (value.get(`${m.code}:${y}`) ?? 0), 0);
  const total = [
    text('', 'total'),
    text('Summa', 'total'),
    ...years.map((y, i) =>
      formula(`=SUM(${col(i)}${first}:${col(i)}${last})`, FORMAT.integer, { result: yearTotal(y), style: 'total' }),
    ),
  ];
  // Every figure carries its source: the SCB table of each year, where the data says it.
  const tablesOf = (year: number) =>
    [...new Set(figures.filter((f) => f.year === year && f.table).map((f) => f.table!))].join(', ');
  const tables = years.some((y) => tablesOf(y))
    ? [[text(''), text('SCB-tabell', 'note'), ...years.map((y) => text(tablesOf(y), 'note'))]]
    : [];
  return withFittedWidths({
    key: 'befolkning',
    name: 'Befolkning',
    blocks: [
      { at: 'A1', rows: [[text('Befolkning – folkmängd 31 december', 'title')]] },
      {
        at: 'A2',
        rows: [
          [text(sourceLine(input.population.source), 'note')],
          [text(createdLine(input.generatedAt), 'note')],
          ...scbRequestRow(input.population.source),
        ],
      },
      { at: 'A5', rows: [header, ...rows, total, ...tables] },
    ],
    freezeRows: 5,
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  });
}

/** The exact SCB query on Befolkning (A4), so "Uppdatera från SCB" repeats it (data/scb/request.ts). */
const scbRequestRow = (source: PopulationSeries['source']): Cell[][] =>
  source.request ? [[text(`${SCB_REQUEST_LABEL} ${source.request}`, 'note')]] : [];

function historySheet(input: FeeWorkbookInput, history: readonly Allocation[]): SheetPlan {
  const members = history[0]!.members.map((m) => m.member);
  const first = 7;
  const lastCol = columnLetters(1 + members.length);
  const header = [
    text('Avgiftsår', 'header'),
    text('Regel', 'header'),
    ...members.map((m) => text(m.name, 'header')),
    text('Summa', 'header'),
  ];
  const rows = history.map((a, i) => [
    number(a.feeYear, FORMAT.year),
    text(ruleName(a.rule).sv),
    ...a.members.map((m) => number(oreToKronor(m.feeOre), feeFormat(a))),
    formula(`=SUM(C${first + i}:${lastCol}${first + i})`, feeFormat(a), {
      result: oreToKronor(a.members.reduce((s, m) => s + m.feeOre, 0)),
      style: 'total',
    }),
  ]);
  const reading = history.find((a) => a.rule.kind === 'indexed');
  return withFittedWidths({
    key: 'historik',
    name: 'Historik',
    blocks: [
      { at: 'A1', rows: [[text('Historik – avgift per medlem och år', 'title')]] },
      {
        at: 'A2',
        rows: [
          [
            text(
              `Regler: ${history
                .map((a) => a.feeYear)
                .filter((_, i, all) => i === 0 || i === all.length - 1)
                .join(
                  '–',
                )}; § 8 samarbetsavtalet 2010–2016${reading?.rule.kind === 'indexed' ? ` (${reading.rule.reading === 'exact' ? 'exakt' : 'kedjad'} läsning)` : ''}, från 2017 4 kr per invånare (beslut 2017-02-02).`,
              'subtitle',
            ),
          ],
          [text(sourceLine(history[history.length - 1]!.source), 'note')],
          [text(createdLine(input.generatedAt), 'note')],
        ],
      },
      { at: `A${first - 1}`, rows: [header, ...rows] },
    ],
    freezeRows: first - 1,
    pageSetup: { orientation: 'landscape', fitToWidth: true },
    charts: [historyChart(members, first, history.length)],
  });
}

/**
 * The fees over the years as stacked columns: a column per fee year whose height is the year's total
 * (what the committee had), each member its part of it. Clustered columns would put 8 × 17 thin bars
 * side by side; stacked, the total and its growth read at a glance, and each member's share beside it.
 * Under the table, fed by its cells.
 */
function historyChart(members: readonly { readonly name: string }[], first: number, years: number): ChartPlan {
  const last = first + years - 1;
  return {
    title: 'Avgift per medlem och år (kr)',
    description: `Staplade kolumner, en per avgiftsår i tabellen ovanför; varje kolumn är årets summa, delad per medlem (${members.map((m) => m.name).join(', ')}).`,
    categories: `A${first}:A${last}`,
    series: members.map((_, i) => {
      const column = columnLetters(2 + i);
      return { name: `${column}${first - 1}`, values: `${column}${first}:${column}${last}` };
    }),
    at: `A${last + 3}`,
    columns: Math.max(8, members.length + 2),
    rows: 20,
  };
}
