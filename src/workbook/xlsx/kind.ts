import { fail } from '../../domain';

/** A workbook file's kind from its bytes (a file's extension can lie). */
export type SpreadsheetKind = 'xlsx' | 'ods' | 'xls' | 'encrypted' | 'spreadsheetml2003' | 'html' | 'other';

/**
 * What the bytes of a spreadsheet file are: a zip holding an OpenDocument mimetype is .ods, another
 * zip is taken for .xlsx; the OLE2 signature D0 CF 11 E0 is a password-protected (encrypted) workbook
 * when it holds an EncryptedPackage stream, else Excel 97–2003 (.xls); XML of Excel 2003
 * (SpreadsheetML) and HTML saved with an .xls name are told apart by their first lines.
 *
 * @example spreadsheetKind(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0])) // → 'xls'
 */
export function spreadsheetKind(bytes: Uint8Array): SpreadsheetKind {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return holdsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'xls';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
    return head.includes('opendocument.spreadsheet') ? 'ods' : 'xlsx';
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return 'spreadsheetml2003';
  if (/<(?:!doctype\s+html|html|table)\b/i.test(head)) return 'html';
  return 'other';
}

/** Whether a name stands in the bytes in UTF-16LE (as the streams of an OLE2 container are named). */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

const KIND_WORDS: Record<
  Exclude<SpreadsheetKind, 'xlsx'>,
  { sv: string; en: string; do?: { sv: string; en: string } }
> = {
  ods: { sv: 'ett OpenDocument-kalkylblad (.ods)', en: 'an OpenDocument spreadsheet (.ods)' },
  xls: { sv: 'en äldre Excel-arbetsbok (.xls, Excel 97–2003)', en: 'an old Excel workbook (.xls, Excel 97–2003)' },
  encrypted: {
    sv: 'lösenordsskyddad (krypterad)',
    en: 'password-protected (encrypted)',
    do: {
      sv: 'Öppna den i Excel, ta bort lösenordet under Arkiv › Info › Skydda arbetsbok, spara som .xlsx och välj den igen.',
      en: 'Open it in Excel, remove the password under File › Info › Protect Workbook, save it as .xlsx and choose it again.',
    },
  },
  spreadsheetml2003: {
    sv: 'en XML-kalkylbladsfil från Excel 2003 (SpreadsheetML)',
    en: 'an Excel 2003 XML spreadsheet (SpreadsheetML)',
  },
  html: {
    sv: 'en webbsida (HTML) med .xls-namn, inget kalkylblad',
    en: 'a web page (HTML) named .xls, not a spreadsheet',
  },
  other: { sv: 'ingen Excel-arbetsbok (.xlsx)', en: 'not an Excel workbook (.xlsx)' },
};

/** The message for a workbook the reader cannot open, naming what it is and what to do. */
export function saveAsXlsx(fileName: string, kind: Exclude<SpreadsheetKind, 'xlsx'>) {
  const words = KIND_WORDS[kind];
  const todo = words.do ?? {
    sv: 'Öppna den i Excel eller LibreOffice, spara som .xlsx (Excel-arbetsbok) och välj den igen.',
    en: 'Open it in Excel or LibreOffice, save it as .xlsx (Excel workbook) and choose it again.',
  };
  return fail<never>(
    kind === 'other' ? 'xlsx-unreadable' : 'xlsx-format',
    `${fileName} är ${words.sv}. ${todo.sv}`,
    `${fileName} is ${words.en}. ${todo.en}`,
  );
}
