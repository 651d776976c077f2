import { INVOICE_HEADER, invoiceRegisterFields, InvoiceRow, MemberRegister, oreToKronor } from '../../domain';

/**
 * The faktureringsunderlag as CSV for the financial system: semicolon separator, decimal comma,
 * UTF-8 with BOM, CRLF. After the invoice's own columns, the members register's (empty where unknown,
 * never guessed; the sender's own row marked intern omföring; what is missing named). Text cells beginning with = + - @ tab or CR get a leading apostrophe so
 * that no spreadsheet reads them as a formula (CSV injection).
 */
export function invoiceCsv(rows: readonly InvoiceRow[], register?: MemberRegister): string {
  const lines = rows.map((r) =>
    [
      text(r.recipient.code),
      text(r.recipient.name),
      String(r.feeYear),
      amount(r.amountOre),
      text(r.basis.sv),
      text(r.sender),
      r.dueDate,
      text(r.reference),
      ...invoiceRegisterFields(r.recipient.code, register).map(text),
    ].join(';'),
  );
  return '\ufeff' + [INVOICE_HEADER.map(text).join(';'), ...lines].join('\r\n') + '\r\n';
}

/** 43537950 öre → "435379,50"; whole kronor without decimals. */
function amount(ore: number): string {
  const kronor = oreToKronor(ore);
  return Number.isInteger(kronor) ? String(kronor) : kronor.toFixed(2).replace('.', ',');
}

/** Neutralises formula starts and quotes when needed. */
export function text(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
