import { formatDateSv } from '../../domain';

/** Swedish, the default language of the task pane. */
export const sv = {
  appTitle: 'Avgiftsfördelning',
  appSubtitle: 'Södertörnskommunernas samarbetskommitté',
  language: 'Språk',
  standalone: 'Utanför Excel: allt räknas här och arbetsboken laddas ned som .xlsx.',
  /** The three tasks of the year (TaskTabs and the task pages). */
  tasks: {
    label: 'Uppgift',
    names: {
      budget: 'Budget för nästa år',
      invoices: 'Årets avgifter och fakturor',
      approve: 'Fastställ och kontrollera',
    },
    forecastOnly: (year: number, latest: number) =>
      `${year} kan bara räknas som prognos ännu: SCB publicerar folkmängden 31 december ${year - 1} i slutet av februari ${year}. Fakturor görs och avgifter fastställs för ${latest}.`,
    switchYear: (year: number) => `Byt till avgiftsår ${year}`,
    outsideExcel:
      'Fastställ och Kontrollera arbetar i den öppna arbetsboken: öppna tillägget i Excel. På kommandoraden gör avgift approve och avgift verify samma sak.',
  },
  // Step 1
  populationStep: 'Befolkning',
  feeYear: 'Avgiftsår',
  feeYearKind: {
    budget: (year: number, forecast: boolean) => `Budgetår ${year}${forecast ? ' (prognos)' : ''}`,
    invoicing: (year: number) => `Faktureringsår ${year}`,
  },
  feeYearWhy: {
    budget: (year: number) => `Hösten före ett år görs budgeten: avgifterna för ${year} räknas i förväg.`,
    forecast: (year: number, published: string) =>
      `SCB publicerar folkmängden 31 december ${year - 1} i slutet av februari ${year}. Till dess räknas en prognos på den senaste folkmängd som finns: SCB:s månadsstatistik när SCB kan nås, annars ${published}.`,
    invoicing: (year: number) => `Avgifterna för ${year} faktureras med förfallodag 15 mars ${year}.`,
  },
  populationDate: (year: number) => `Folkmängd ${formatDateSv(`${year}-12-31`)}`,
  populationOn: (date: string) => `Folkmängd ${date}`,
  source: 'Källa',
  sourceSnapshot: 'SCB:s siffror som följer med tillägget (31 december 2008–2025)',
  sourceScb: 'SCB – hämta de senaste siffrorna',
  sourceScbAgain: 'Samma SCB-fråga som bladet Befolkning',
  sourceSelection: 'Markerat område i arbetsboken',
  sourceFile: 'Fil från SCB eller Excel (CSV, .xlsx eller .json)',
  choosePopulationFile: 'Välj fil med folkmängd…',
  chooseBudgetFile: 'Välj budgetfil…',
  noFile: 'Ingen fil vald',
  chosenFile: (name: string) => `Vald fil: ${name}`,
  fetch: 'Hämta folkmängd',
  cancelFetch: 'Avbryt hämtningen',
  fetching: 'Hämtar folkmängd…',
  fetchCancelled: 'Hämtningen avbröts. Ingenting ändrades.',
  useSnapshot: 'Använd siffrorna som följer med tillägget',
  stale: (fetchedFor: number, feeYear: number) =>
    `Folkmängden hämtades för avgiftsår ${fetchedFor}. Klicka på Hämta folkmängd för att hämta folkmängden för avgiftsår ${feeYear}.`,
  sourceLine: {
    snapshot: (tables: string, date: string) =>
      `Källa: SCB:s folkmängd 31 december, följer med tillägget (SCB-tabell ${tables}; uttag ${date}).`,
    scb: (tables: string, time: string) =>
      `Källa: SCB:s statistikdatabas, tabell ${tables}${time ? `, hämtad ${time}` : ''}.`,
    file: (name: string, tables: string | undefined, time: string) =>
      `Källa: filen ${name}${tables ? ` (SCB-tabell ${tables})` : ''}${time ? `, läst ${time}` : ''}.`,
    range: (location: string) => `Källa: området ${location} i arbetsboken.`,
  },
  municipality: 'Kommun',
  code: 'Kod',
  population: 'Folkmängd',
  change: 'Förändring',
  noChange: '–',
  membersFromSource: (n: number) => `${n} kommuner från källan används som medlemmar.`,
  // Step 2
  ruleStep: 'Regel och avgifter',
  rule: 'Regel',
  preview: 'Förhandsvisning',
  fee: 'Avgift',
  total: 'Summa',
  fetchFirst: 'Hämta folkmängd i steg 1 först.',
  feesKind: {
    decided: (year: number) => `Avgifter ${year} enligt beslutad taxa`,
    forecast: (year: number) => `Prognos ${year}`,
    scenario: (name: string) => name,
  },
  feesKindText: {
    decided: 'Avgifterna enligt beslutad taxa. Underlag för fakturor.',
    forecast: (date: string) =>
      `Beräknad på folkmängd ${date}, inte på den folkmängd som avgiften ska bygga på. Inget fakturaunderlag.`,
    scenario: 'Ett räkneexempel, inte beslutade avgifter. Inget fakturaunderlag.',
  },
  decided: 'Beslutad',
  scenario: 'Scenario',
  scenarioDifference: 'Skillnad',
  changeCaption: (year: number) => `Ändring mot ${year}`,
  previousFee: (year: number) => `Avgift ${year}`,
  populationEffect: 'Folkmängdens effekt',
  ruleEffect: 'Regelns effekt',
  // Step 3
  writeStep: 'Skriv till arbetsboken',
  budgetTemplateStep: 'Budgetmall',
  sheets: 'Blad att skriva',
  sheetAllocation: 'Avgift (fördelning med formler)',
  sheetInvoices: 'Fakturaunderlag (Excel-tabell)',
  sheetMembers: 'Ett utskriftsblad per kommun',
  sheetPopulation: 'Befolkning',
  sheetHistory: 'Historik 2010–avgiftsåret',
  sheetBudget: 'Budgetmall',
  noInvoices:
    'Fakturaunderlag och kommunblad skrivs bara för avgifter enligt beslutad taxa, inte för en prognos eller ett scenario.',
  write: 'Skriv till arbetsboken',
  download: 'Ladda ned arbetsbok (.xlsx)',
  downloadCsv: 'Ladda ned fakturaunderlag (.csv)',
  csvDownloaded: (name: string) => `Fakturaunderlaget ${name} är nedladdat.`,
  dueDatePassed: (date: string) => `Förfallodagen ${date} har passerat`,
  dueDatePassedText:
    'Underlaget anger ändå avtalets förfallodag. Ange en senare förfallodag i ekonomisystemet om fakturorna skickas nu.',
  writing: (done: number, total: number) => `Skriver blad ${done} av ${total}…`,
  reading_: 'Läser arbetsboken…',
  written: (n: number): string => (n === 1 ? '1 blad skrivet:' : `${n} blad skrivna:`),
  showSheet: (name: string) => `Visa bladet ${name}`,
  downloaded: (name: string) => `Arbetsboken ${name} är nedladdad.`,
  replacedMark: '(ersatt)',
  besideOwn: (name: string) => `(ditt eget blad ${name} fanns redan och lämnades orört)`,
  askTitle: (n: number): string => (n === 1 ? 'Bladet finns redan' : 'Bladen finns redan'),
  askText: (names: string, n: number) =>
    n === 1
      ? `Tillägget har skrivit ${names} tidigare. Ersätt skriver om bladet där det är: innehållet byts, men namn och plats bland flikarna behålls, så formler och namn som pekar på bladet fortsätter att gälla. En ny version skrivs i stället bredvid, med (2) i namnet. Dina egna blad ändras aldrig.`
      : `Tillägget har skrivit ${names} tidigare. Ersätt skriver om bladen där de är: innehållet byts, men namn och plats bland flikarna behålls, så formler och namn som pekar på bladen fortsätter att gälla. Nya versioner skrivs i stället bredvid, med (2) i namnen. Dina egna blad ändras aldrig.`,
  waitingForAnswer: 'Väntar på ditt svar…',
  replace: 'Ersätt tilläggets blad',
  newVersions: (n: number): string => (n === 1 ? 'Skriv en ny version' : 'Skriv nya versioner'),
  cancel: 'Avbryt',
  lockedTitle: 'Avgiftsåret är fastställt',
  lockedText: (names: string) =>
    `Fastställda blad (${names}) skrivs aldrig över. Skillnaden mot de fastställda talen visas ovan. Du kan skriva revisionen som ett nytt blad bredvid, med ”rev” och dagens datum i namnet; den ger inga fakturor.`,
  writeRevision: 'Skriv revisionen som nytt blad',
  nothingToWrite: 'Välj minst ett blad.',
  previewTitle: 'Det här skrivs',
  historyTitle: (year: number) => `Avgifterna 2010–${year}`,
  // Step 4
  budgetStep: 'Budgetkontroll',
  budgetTarget: 'Budget att kontrollera',
  budgetSelection: 'Markerat område',
  budgetSheet: 'Ett blad i arbetsboken',
  budgetSheetName: 'Blad',
  budgetColumn: 'Beloppskolumn att kontrollera',
  column: 'Kolumn',
  budgetFile: 'Budgetfil (.xlsx)',
  check: 'Kontrollera budgeten',
  checking: 'Kontrollerar…',
  verdict: {
    passed: 'Budgeten balanserar',
    balancedWithErrors: 'Budgeten balanserar, men kontrollen hittade fel',
    notBalanced: 'Budgeten balanserar inte',
  },
  comparedWith: {
    decided: (year: number, amount: string) =>
      `Avgiftsår ${year}. Avgiftsintäkten jämfördes med avgifterna enligt beslutad taxa: ${amount}.`,
    forecast: (year: number, amount: string, name: string) =>
      `Avgiftsår ${year}. Avgiftsintäkten jämfördes med prognosen: ${amount} (${name}).`,
  },
  notCompared: (year: number) =>
    `Avgiftsår ${year}. Avgiftsintäkten jämfördes inte med avgifterna, eftersom ingen folkmängd är hämtad för ${year}.`,
  fetchFeesAndCheck: 'Hämta folkmängd och kontrollera igen',
  revenues: 'Intäkter',
  costs: 'Kostnader',
  difference: 'Skillnad',
  severity: { error: 'Fel', warning: 'Varning', info: 'Upplysning' },
  goTo: (cell: string) => `Gå till ${cell}`,
  writeBudgetSheet: 'Skriv bladet Budgetkontroll',
  budgetSheetWritten: (name: string) => `Bladet ${name} är skrivet.`,
  writingBudgetSheet: 'Skriver bladet Budgetkontroll…',
  notXlsx: (name: string) =>
    `${name} är ingen Excel-arbetsbok (.xlsx). Öppna budgeten i Excel, spara den som Excel-arbetsbok (.xlsx) och välj den nya filen.`,
  staleBudget: 'Avgiftsåret eller avgifterna har ändrats sedan kontrollen. Kontrollera budgeten igen.',
  // Errors
  /** What failed, as the title of an error; the message under it says why and what to do. */
  failed: {
    population: 'Folkmängden kunde inte hämtas',
    fees: 'Avgifterna kan inte räknas',
    write: 'Bladen skrevs inte',
    csv: 'Fakturaunderlaget laddades inte ned',
    budget: 'Budgeten kunde inte kontrolleras',
    approve: 'Inget fastställdes',
    verify: 'Arbetsboken kunde inte kontrolleras',
    budgetText: 'Ingen budgettext',
    copy: 'Budgettexten kopierades inte',
  },
  tryAgain: 'Försök igen',
  /** BudgetTextStep. */
  budgetText: {
    title: 'Budgettext',
    fetchFirst: 'Hämta folkmängd i steg 1 först: texten bygger på årets avgifter eller prognos.',
    fromBudget: 'Avsnittet Budget i verksamhetsplanen, med raderna och summorna i budgeten du kontrollerade.',
    fromTemplate:
      'Avsnittet Budget i verksamhetsplanen, med budgetmallens rader. Kontrollera din budget i steg 3 så tas raderna från den.',
    copy: 'Kopiera budgettext',
    copied: 'Budgettexten är kopierad. Klistra in den i Word eller Outlook: tabellen följer med som tabell.',
    preview: 'Förhandsvisning',
    amount: 'Belopp',
    total: 'Summa',
  },
  /** Short on purpose: the yearly steps, where the figures come from, how to approve. */
  help: {
    title: 'Så gör du årets avgifter',
    version: (v: string) => `Avgiftsfördelning version ${v}`,
  },
  /** ApproveStep. */
  approveStep: {
    title: (year: number) => `Fastställ ${year}`,
    explain:
      'Efter kommitténs beslut: bladen för året skyddas (utan lösenord, mot misstag) och en rad Fastställt med beslutet och kontrollsumman läggs i Logg. Arbetsboken kontrolleras först.',
    reference: 'Beslut (referens)',
    referenceHint: 'Till exempel Samarbetskommittén 2026-01-22 § 5',
    name: 'Namn',
    nameMissing: 'Ange vem som fastställer.',
    run: 'Fastställ',
    running: 'Fastställer …',
    approved: (year: number) => `${year} är fastställt`,
    approvedBody: (sheets: string, sum: string) =>
      `Skyddade blad: ${sheets}. Kontrollsumma ${sum}. Raden finns i Logg.`,
    refused: (n: number) =>
      `Fastställs inte: ${n} ${n === 1 ? 'skillnad' : 'skillnader'} mot arbetsbokens egna tal. Inget har skyddats eller loggats.`,
    forecast: (year: number) =>
      `Avgifterna för ${year} fastställs när de är beslutade: SCB publicerar folkmängden 31 december ${year - 1} i slutet av februari ${year}. Nu finns bara en prognos, och en prognos fastställs aldrig.`,
    already: (year: number) => `${year} är redan fastställt`,
    unchanged: 'Inget ändrades.',
  },
  /** VerifyStep. */
  verifyStep: {
    title: 'Kontrollera arbetsboken',
    explain:
      'Räknar om avgifterna ur arbetsbokens egna folkmängdstal och regel och jämför med avgiftscellerna och loggens kontrollsumma.',
    run: 'Kontrollera arbetsboken',
    running: 'Kontrollerar …',
    consistent: (sheet: string) => `${sheet} stämmer`,
    consistentBody: (sum: string, logged: string) =>
      `Avgifterna följer arbetsbokens folkmängd och regel. Kontrollsumma ${sum}${logged}.`,
    logged: (action: string, time: string) => `, samma som raden ${action} ${time} i Logg`,
    differs: (n: number, sheet: string) => `${sheet}: ${n} ${n === 1 ? 'skillnad' : 'skillnader'}`,
  },
  /** Differences. */
  differences: {
    caption: 'Skillnader',
    cell: 'Cell',
    expected: 'Väntat',
    found: 'Funnet',
    what: 'Vad',
    go: (c: string) => `Gå till ${c}`,
  },
  /** RevisionNotice. */
  revisionNotice: {
    title: (year: number) => `SCB:s siffror skiljer sig från dem som bladen för ${year} använde`,
    body: (total: string) => `Jämför innan du skriver. Avgifterna ändras totalt med ${total}.`,
    caption: 'Ändrad folkmängd per kommun',
    columns: ['Kommun', 'Förut', 'Nu', 'Ändring', 'Avgiftens ändring'],
  },
};

export type Strings = typeof sv;
