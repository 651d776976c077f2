import { LogEntry, oreToKronor } from '../../domain';
import { withFittedWidths } from '../plan/columnWidths';
import { Cell, SheetPlan } from '../plan/plan';
import { FORMAT, number, text } from './cells';

export const LOG_SHEET_NAME = 'Logg';
export const LOG_SHEET_KEY = 'logg';

/** The columns of the Logg sheet, in order (A–L). */
export const LOG_HEADER = [
  'Tid',
  'Åtgärd',
  'Avgiftsår',
  'Regel',
  'Regelkod',
  'Källa',
  'SCB-tabell',
  'SCB uppdaterad / ögonblicksbild',
  'Summa',
  'Kontrollsumma (SHA-256)',
  'Namn',
  'Beslut / referens',
] as const;

/** The header is on row 4; rows are appended below it, oldest first. */
export const LOG_HEADER_ROW = 4;

/**
 * One Logg row as cells: time as text (ISO, UTC, so it reads the same in every time zone), the
 * total as a real number in kronor, everything else text.
 *
 * @example logRow(entry)[1] // { value: 'Skrivet', format: '@' }
 */
export function logRow(e: LogEntry): Cell[] {
  return [
    text(e.time),
    text(e.action),
    number(e.feeYear, FORMAT.year),
    text(e.rule),
    text(e.ruleCode),
    text(e.source),
    text(e.tables),
    text(e.sourceDate),
    number(oreToKronor(e.totalOre), e.totalOre % 100 ? FORMAT.kronorOre : FORMAT.kronor),
    text(e.checksum),
    text(e.name ?? ''),
    text(e.reference ?? ''),
  ];
}

/** The Logg sheet with its rows (a new workbook; an existing Logg gets rows appended instead). */
export function logSheet(entries: readonly LogEntry[]): SheetPlan {
  return withFittedWidths({
    key: LOG_SHEET_KEY,
    name: LOG_SHEET_NAME,
    blocks: [
      { at: 'A1', rows: [[text('Logg – skrivningar och fastställelser', 'title')]] },
      {
        at: 'A2',
        rows: [
          [
            text(
              'Varje skrivning lägger till en rad. Kontrollsumman är SHA-256 av den kanoniska avgiftstabellen (avgiftsår, regel, kommunkod, folkmängd och avgift för varje medlem); avgift verify räknar om den.',
              'note',
            ),
          ],
        ],
      },
      { at: `A${LOG_HEADER_ROW}`, rows: [LOG_HEADER.map((h) => text(h, 'header')), ...entries.map(logRow)] },
    ],
    freezeRows: LOG_HEADER_ROW,
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  });
}

/**
 * The Logg rows read back from the sheet's values (as Excel or the .xlsx reader give them): rows
 * below the header whose Åtgärd is Skrivet or Fastställt.
 */
export function readLogEntries(values: readonly (readonly unknown[])[]): LogEntry[] {
  const headerAt = values.findIndex((row) => row[0] === LOG_HEADER[0] && row[1] === LOG_HEADER[1]);
  if (headerAt < 0) return [];
  const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return values.slice(headerAt + 1).flatMap((row): LogEntry[] => {
    const action = str(row[1]);
    if (action !== 'Skrivet' && action !== 'Fastställt') return [];
    const total = typeof row[8] === 'number' ? row[8] : Number(str(row[8]));
    return [
      {
        time: str(row[0]),
        action,
        feeYear: Number(row[2]),
        rule: str(row[3]),
        ruleCode: str(row[4]),
        source: str(row[5]),
        tables: str(row[6]),
        sourceDate: str(row[7]),
        totalOre: Math.round(total * 100),
        checksum: str(row[9]),
        ...(str(row[10]) ? { name: str(row[10]) } : {}),
        ...(str(row[11]) ? { reference: str(row[11]) } : {}),
      },
    ];
  });
}
