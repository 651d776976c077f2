import { fail, ok, Result } from '../domain';

/** The encodings a text file from SCB's website, Swedish Excel or a financial system comes in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** The file began with a byte-order mark. */
  readonly bom: boolean;
}

/** The name an officer knows the encoding by, for messages. */
export const ENCODING_NAME: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little endian)',
  'utf-16be': 'UTF-16 (big endian)',
  'windows-1252': 'Windows-1252 (ANSI/ISO-8859-1)',
};

/**
 * Decodes a text file by what its bytes show, never by assumption: a byte-order mark (UTF-8, UTF-16
 * LE/BE) wins; else UTF-16 without a mark when every other byte is zero; else UTF-8 when the bytes
 * are valid UTF-8; else Windows-1252, which Swedish Excel's "CSV (semikolonavgränsad)" and SCB's
 * older downloads write (ISO-8859-1 is its subset for every letter Swedish uses). A zip (an .xlsx
 * or .ods renamed) or other binary file is refused naming what it is.
 *
 * @example decodeText(Uint8Array.from([0x53, 0xf6, 0x64])) // → ok({ text: 'Söd', encoding: 'windows-1252', bom: false })
 * @example decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x53, 0xc3, 0xb6])) // → ok({ text: 'Sö', encoding: 'utf-8', bom: true })
 */
export function decodeText(bytes: Uint8Array, fileName = 'Filen'): Result<DecodedText> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoded(bytes.subarray(3), 'utf-8', true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes.subarray(2), 'utf-16be', true);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return fail(
      'file-is-zip',
      `${fileName} är ingen textfil utan en packad arbetsbok (till exempel .xlsx eller .ods) med fel filändelse. Spara den som .xlsx eller som CSV och välj den igen.`,
      `${fileName} is not a text file but a zipped workbook (such as .xlsx or .ods) with the wrong file extension. Save it as .xlsx or CSV and choose it again.`,
    );
  }
  const sixteen = utf16WithoutBom(bytes);
  if (sixteen) return decoded(bytes, sixteen, false);
  if (bytes.includes(0)) {
    return fail(
      'file-binary',
      `${fileName} är ingen textfil (den innehåller nollbytes som en binärfil, till exempel en gammal .xls). Spara den som CSV eller .xlsx.`,
      `${fileName} is not a text file (it holds zero bytes like a binary file, e.g. an old .xls). Save it as CSV or .xlsx.`,
    );
  }
  try {
    return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false });
  } catch {
    // Not UTF-8: the single-byte encoding Swedish Windows and SCB's older downloads use.
  }
  const text = new TextDecoder('windows-1252').decode(bytes);
  // Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D mean nothing in Windows-1252: some other encoding.
  const undefinedAt = text.search(/[\u0081\u008d\u008f\u0090\u009d]/);
  if (undefinedAt >= 0) {
    const line = text.slice(0, undefinedAt).split(/\r\n|\r|\n/).length;
    return fail(
      'file-encoding',
      `${fileName} rad ${line}: teckenkodningen känns inte igen (varken UTF-8, UTF-16 eller Windows-1252). Spara filen som ”CSV UTF-8” i Excel.`,
      `${fileName} line ${line}: the character encoding is not recognised (neither UTF-8, UTF-16 nor Windows-1252). Save the file as "CSV UTF-8" in Excel.`,
    );
  }
  return ok({ text, encoding: 'windows-1252', bom: false });
}

function decoded(bytes: Uint8Array, encoding: TextEncoding, bom: boolean): Result<DecodedText> {
  try {
    return ok({ text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, bom });
  } catch {
    return fail(
      'file-encoding',
      `Filen börjar som ${ENCODING_NAME[encoding]} men innehåller tecken som inte är giltiga i den kodningen. Spara filen som ”CSV UTF-8” i Excel.`,
      `The file starts as ${ENCODING_NAME[encoding]} but holds characters not valid in that encoding. Save the file as "CSV UTF-8" in Excel.`,
    );
  }
}

/** UTF-16 without a byte-order mark: ASCII text has a zero byte in every other position. */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return undefined;
}
