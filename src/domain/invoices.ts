import { Allocation } from './allocate';
import { INVOICING_MEMBER, Member } from './members';
import { Ore } from './money';
import { Message } from './result';

/** Huddinge kommun invoices on the committee's behalf; Södertörns kansli prepares the invoices. */
export const DEFAULT_SENDER = `${INVOICING_MEMBER.name} kommun (Södertörns kansli)`;

/** One row of the faktureringsunderlag: what the financial system needs to invoice one member. */
export interface InvoiceRow {
  readonly recipient: Member;
  readonly feeYear: number;
  readonly amountOre: Ore;
  readonly basis: Message;
  readonly sender: string;
  readonly dueDate: string;
  readonly reference: string;
}

export interface InvoiceOptions {
  readonly sender?: string;
  /** Reference text on every invoice; default "Avgift Södertörnssamverkan <år>". */
  readonly reference?: string;
}

export function invoiceRows(allocation: Allocation, options: InvoiceOptions = {}): InvoiceRow[] {
  const sender = options.sender ?? DEFAULT_SENDER;
  const reference = options.reference ?? `Avgift Södertörnssamverkan ${allocation.feeYear}`;
  return allocation.members.map((fee) => ({
    recipient: fee.member,
    feeYear: allocation.feeYear,
    amountOre: fee.feeOre,
    basis: fee.basis,
    sender,
    dueDate: allocation.dueDate,
    reference,
  }));
}
