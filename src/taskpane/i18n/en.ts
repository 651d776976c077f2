import { formatDateEn } from '../../domain';
import { Strings } from './sv';

/** English, the second language of the task pane. */
export const en: Strings = {
  appTitle: 'Fee allocation',
  appSubtitle: 'Södertörn municipalities’ cooperation committee',
  language: 'Language',
  standalone: 'Outside Excel: everything is computed here and the workbook is downloaded as .xlsx.',
  tasks: {
    label: 'Task',
    names: {
      budget: "Next year's budget",
      invoices: "This year's fees and invoices",
      approve: 'Approve and verify',
    },
    forecastOnly: (year: number, latest: number) =>
      `${year} can only be forecast yet: Statistics Sweden publishes the population of 31 December ${year - 1} at the end of February ${year}. Invoices are made and fees approved for ${latest}.`,
    switchYear: (year: number) => `Switch to fee year ${year}`,
    outsideExcel:
      'Approve and Verify work on the open workbook: open the add-in in Excel. On the command line, avgift approve and avgift verify do the same.',
  },
  populationStep: 'Population',
  feeYear: 'Fee year',
  feeYearKind: {
    budget: (year: number, forecast: boolean) => `Budget year ${year}${forecast ? ' (forecast)' : ''}`,
    invoicing: (year: number) => `Invoicing year ${year}`,
  },
  feeYearWhy: {
    budget: (year: number) =>
      `The budget is made in the autumn before the year: the fees for ${year} are computed ahead.`,
    forecast: (year: number, published: string) =>
      `SCB publishes the population on 31 December ${year - 1} in late February ${year}. Until then a forecast is computed on the latest population there is: SCB’s monthly figures when SCB can be reached, else ${published}.`,
    invoicing: (year: number) => `The fees for ${year} are invoiced, due 15 March ${year}.`,
  },
  populationDate: (year: number) => `Population on ${formatDateEn(`${year}-12-31`)}`,
  populationOn: (date: string) => `Population on ${date}`,
  source: 'Source',
  sourceSnapshot: 'SCB figures that come with the add-in (31 December 2008–2025)',
  sourceScb: 'SCB – fetch the latest figures',
  sourceScbAgain: 'The same SCB query as the Befolkning sheet',
  sourceSelection: 'Selected range in the workbook',
  sourceFile: 'File from SCB or Excel (CSV, .xlsx or .json)',
  choosePopulationFile: 'Choose population file…',
  chooseBudgetFile: 'Choose budget file…',
  noFile: 'No file chosen',
  chosenFile: (name: string) => `Chosen file: ${name}`,
  fetch: 'Get population',
  cancelFetch: 'Cancel the fetch',
  fetching: 'Getting population…',
  fetchCancelled: 'The fetch was cancelled. Nothing changed.',
  useSnapshot: 'Use the figures that come with the add-in',
  stale: (fetchedFor: number, feeYear: number) =>
    `The population was fetched for fee year ${fetchedFor}. Click Get population to fetch the population for fee year ${feeYear}.`,
  sourceLine: {
    snapshot: (tables: string, date: string) =>
      `Source: SCB population on 31 December, included with the add-in (SCB table ${tables}; extracted ${date}).`,
    scb: (tables: string, time: string) =>
      `Source: SCB’s statistical database, table ${tables}${time ? `, fetched ${time}` : ''}.`,
    file: (name: string, tables: string | undefined, time: string) =>
      `Source: the file ${name}${tables ? ` (SCB table ${tables})` : ''}${time ? `, read ${time}` : ''}.`,
    range: (location: string) => `Source: the range ${location} in the workbook.`,
  },
  municipality: 'Municipality',
  code: 'Code',
  population: 'Population',
  change: 'Change',
  noChange: '–',
  membersFromSource: (n: number) => `${n} municipalities from the source are used as members.`,
  ruleStep: 'Rule and fees',
  rule: 'Rule',
  preview: 'Preview',
  fee: 'Fee',
  total: 'Total',
  fetchFirst: 'Get the population in step 1 first.',
  feesKind: {
    decided: (year: number) => `Decided fees ${year}`,
    forecast: (year: number) => `Forecast ${year}`,
    scenario: (name: string) => name,
  },
  feesKindText: {
    decided: 'The fees at the decided rate. The basis for invoices.',
    forecast: (date: string) =>
      `Computed on the population on ${date}, not on the population the fee is to be based on. No invoice basis.`,
    scenario: 'A what-if calculation, not decided fees. No invoice basis.',
  },
  decided: 'Decided',
  scenario: 'Scenario',
  scenarioDifference: 'Difference',
  changeCaption: (year: number) => `Change against ${year}`,
  previousFee: (year: number) => `Fee ${year}`,
  populationEffect: 'Population effect',
  ruleEffect: 'Rule effect',
  writeStep: 'Write to the workbook',
  budgetTemplateStep: 'Budget template',
  sheets: 'Sheets to write',
  sheetAllocation: 'Fee (allocation with formulas)',
  sheetInvoices: 'Invoice table (Excel table)',
  sheetMembers: 'One printable sheet per municipality',
  sheetPopulation: 'Population',
  sheetHistory: 'History 2010–fee year',
  sheetBudget: 'Budget template',
  noInvoices:
    'The invoice table and the municipality sheets are written only for decided fees, not for a forecast or a scenario.',
  write: 'Write to the workbook',
  download: 'Download workbook (.xlsx)',
  downloadCsv: 'Download invoice basis (.csv)',
  csvDownloaded: (name: string) => `The invoice basis ${name} has been downloaded.`,
  dueDatePassed: (date: string) => `The due date ${date} has passed`,
  dueDatePassedText:
    'The basis still states the agreement’s due date. Set a later due date in the financial system if the invoices are sent now.',
  writing: (done: number, total: number) => `Writing sheet ${done} of ${total}…`,
  reading_: 'Reading the workbook…',
  written: (n: number) => (n === 1 ? '1 sheet written:' : `${n} sheets written:`),
  showSheet: (name: string) => `Show the sheet ${name}`,
  downloaded: (name: string) => `The workbook ${name} has been downloaded.`,
  besideOwn: (name: string) => `(your own sheet ${name} was there already and is left as it is)`,
  replacedMark: '(replaced)',
  askTitle: (n: number) => (n === 1 ? 'The sheet already exists' : 'The sheets already exist'),
  askText: (names: string, n: number) =>
    n === 1
      ? `The add-in wrote ${names} before. Replace rewrites the sheet where it is: its contents change, but its name and place among the tabs stay, so formulas and names that point at it keep working. A new version is written beside it instead, with (2) in its name. Your own sheets are never changed.`
      : `The add-in wrote ${names} before. Replace rewrites the sheets where they are: their contents change, but their names and places among the tabs stay, so formulas and names that point at them keep working. New versions are written beside them instead, with (2) in their names. Your own sheets are never changed.`,
  waitingForAnswer: 'Waiting for your answer…',
  replace: 'Replace the add-in’s sheets',
  newVersions: (n: number) => (n === 1 ? 'Write a new version' : 'Write new versions'),
  cancel: 'Cancel',
  lockedTitle: 'The fee year is approved',
  lockedText: (names: string) =>
    `Approved sheets (${names}) are never written over. The difference from the approved figures is shown above. You can write the revision as a new sheet beside them, with “rev” and today’s date in its name; it gives no invoices.`,
  writeRevision: 'Write the revision as a new sheet',
  nothingToWrite: 'Choose at least one sheet.',
  previewTitle: 'What will be written',
  budgetStep: 'Budget check',
  budgetTarget: 'Budget to check',
  budgetSelection: 'Selected range',
  budgetSheet: 'A sheet in the workbook',
  budgetSheetName: 'Sheet',
  budgetColumn: 'Amount column to check',
  column: 'Column',
  budgetFile: 'Budget file (.xlsx)',
  check: 'Check the budget',
  checking: 'Checking…',
  verdict: {
    passed: 'The budget balances',
    balancedWithErrors: 'The budget balances, but the check found errors',
    notBalanced: 'The budget does not balance',
  },
  comparedWith: {
    decided: (year: number, amount: string) =>
      `Fee year ${year}. The fee revenue was compared with the decided fees: ${amount}.`,
    forecast: (year: number, amount: string, name: string) =>
      `Fee year ${year}. The fee revenue was compared with the forecast: ${amount} (${name}).`,
  },
  notCompared: (year: number) =>
    `Fee year ${year}. The fee revenue was not compared with the fees, as no population has been fetched for ${year}.`,
  fetchFeesAndCheck: 'Get the population and check again',
  revenues: 'Revenues',
  costs: 'Costs',
  difference: 'Difference',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  goTo: (cell: string) => `Go to ${cell}`,
  writeBudgetSheet: 'Write the Budgetkontroll sheet',
  budgetSheetWritten: (name: string) => `The sheet ${name} has been written.`,
  writingBudgetSheet: 'Writing the Budgetkontroll sheet…',
  notXlsx: (name: string) =>
    `${name} is not an Excel workbook (.xlsx). Open the budget in Excel, save it as an Excel workbook (.xlsx) and choose the new file.`,
  staleBudget: 'The fee year or the fees have changed since this check. Check the budget again.',
  failed: {
    population: 'The population could not be fetched',
    fees: 'The fees cannot be computed',
    write: 'The sheets were not written',
    csv: 'The invoice basis was not downloaded',
    budget: 'The budget could not be checked',
    approve: 'Nothing was approved',
    budgetText: 'No budget text',
    copy: 'The budget text was not copied',
    verify: 'The workbook could not be checked',
  },
  budgetText: {
    title: 'Budget text',
    fetchFirst: "Get the population in step 1 first: the text is built on the year's fees or forecast.",
    fromBudget: 'The Budget section of the plan, with the lines and sums of the budget you checked.',
    fromTemplate:
      "The Budget section of the plan, with the budget template's lines. Check your budget in step 3 and its lines are used.",
    copy: 'Copy budget text',
    copied: 'The budget text is copied. Paste it into Word or Outlook: the table comes along as a table.',
    preview: 'Preview',
    amount: 'Amount',
    total: 'Total',
  },
  tryAgain: 'Try again',
  help: {
    title: "How to do this year's fees",
    steps: [
      'Check the fee year: from July the next year is proposed (budget year, a forecast), from February the current one (invoicing year). A year’s fee uses the population on 31 December of the year before. The tabs change the task; the year follows the task unless you typed one.',
      'Next year’s budget: get the population, write the budget template and run the Budget check: select the budget (or choose the sheet it is on) and check that it balances with the fees or the forecast.',
      'This year’s fees and invoices: choose a source and click Get population, review the change from the year before and the rule, see what will be written and write to the workbook: the fee sheet, the invoice table and one sheet per municipality, with a row on the Logg sheet. Your own sheets are never touched.',
      'Rule: from 2017, 4 kr per inhabitant (decision 2017-02-02); 2010–2016, the agreement’s § 8. Any other rate is a scenario, never an invoice.',
    ],
    sources:
      'The figures come from Statistics Sweden’s database (population on 31 December, published in late February). Before that, or without a network, Statistics Sweden’s figures that come with the add-in are used. The source and its time are stated under the table, on the sheets and in the Logg. “The same SCB query as the Befolkning sheet” asks Statistics Sweden again; changed figures are shown before anything is written.',
    approve:
      'To approve: after the committee’s decision, give the decision’s reference and your name under Approve and verify. The year’s sheets are protected and an Approved row is written to the Logg; Check the workbook later shows whether a fee or a population figure has changed. The fee is due 15 March.',
    version: (v: string) => `Fee allocation version ${v}`,
  },
  approveStep: {
    title: (year: number) => `Approve ${year}`,
    explain:
      'After the committee’s decision: the year’s sheets are protected (no password, against slips) and a Fastställt row with the decision and the checksum is added to Logg. The workbook is checked first.',
    reference: 'Decision (reference)',
    referenceHint: 'For example Samarbetskommittén 2026-01-22 § 5',
    name: 'Name',
    nameMissing: 'Say who approves.',
    run: 'Approve',
    running: 'Approving …',
    approved: (year: number) => `${year} is approved`,
    approvedBody: (sheets: string, sum: string) => `Protected sheets: ${sheets}. Checksum ${sum}. The row is in Logg.`,
    refused: (n: number) =>
      `Not approved: ${n} ${n === 1 ? 'difference' : 'differences'} from the workbook’s own figures. Nothing was protected or logged.`,
    outside: 'Approval applies to the open workbook; open the add-in in Excel.',
    forecast: (year: number) =>
      `The ${year} fees are approved once they are decided: SCB publishes the population on 31 December ${year - 1} in late February ${year}. There is only a forecast now, and a forecast is never approved.`,
    already: (year: number) => `${year} is approved already`,
    unchanged: 'Nothing was changed.',
  },
  verifyStep: {
    title: 'Check the workbook',
    explain:
      'Recomputes the fees from the workbook’s own population figures and rule and compares them with the fee cells and the logged checksum.',
    run: 'Check the workbook',
    running: 'Checking …',
    consistent: (sheet: string) => `${sheet} is consistent`,
    consistentBody: (sum: string, logged: string) =>
      `The fees follow the workbook’s population and rule. Checksum ${sum}${logged}.`,
    logged: (action: string, time: string) => `, the same as the Logg row ${action} ${time}`,
    differs: (n: number, sheet: string) => `${sheet}: ${n} ${n === 1 ? 'difference' : 'differences'}`,
    outside: 'The check reads the open workbook; open the add-in in Excel.',
  },
  differences: {
    caption: 'Differences',
    cell: 'Cell',
    expected: 'Expected',
    found: 'Found',
    what: 'What',
    go: (c: string) => `Go to ${c}`,
  },
  revisionNotice: {
    title: (year: number) => `SCB’s figures differ from those the ${year} sheets used`,
    body: (total: string) => `Compare before writing. The fees change by ${total} in all.`,
    caption: 'Changed population per member',
    columns: ['Municipality', 'Before', 'Now', 'Change', 'Fee change'],
  },
};
