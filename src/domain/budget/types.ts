import { Ore } from '../money';
import { Message } from '../result';

/** Fel (the budget cannot be approved as it is), Varning (look at it), Upplysning (what the check did). */
export type Severity = 'error' | 'warning' | 'info';

export interface BudgetFinding {
  readonly severity: Severity;
  readonly code: string;
  /** Address of the cell the finding is about, e.g. "B7". */
  readonly cell?: string;
  /** The budget line the finding is about, as its label reads ("Möten"). */
  readonly line?: string;
  readonly message: Message;
}

export type BudgetSection = 'revenue' | 'cost';

export interface BudgetLine {
  readonly section: BudgetSection;
  readonly label: string;
  readonly amountOre: Ore;
  readonly labelCell: string;
  readonly amountCell: string;
  /** The revenue line "Avgifter från kommunerna". */
  readonly isFeeRevenue: boolean;
  /** The cell holds a number in kronor (not text such as "52 500 kr", not tkr, not sign-flipped), so a formula may link to it. */
  readonly amountIsNumber: boolean;
  /** 0-based row in the range read, to list lines in the budget's order. */
  readonly row?: number;
}

/** A line the check could not count: its text as written and what was wrong. */
export interface UnreadLine {
  readonly section: BudgetSection;
  readonly label: string;
  readonly labelCell: string;
  readonly amountCell: string;
  /** The cell's content as written ("500 00", "=SUM(C6:C10)"). */
  readonly text: string;
  readonly reason: Message;
  readonly row: number;
}

/** A "varav" line: part of the line above it, shown but never counted a second time. */
export interface SubLine {
  readonly section: BudgetSection;
  readonly label: string;
  readonly amountOre: Ore;
  readonly labelCell: string;
  readonly amountCell: string;
  /** The label of the line it is part of. */
  readonly parent: string;
  readonly row: number;
}

export interface SectionTotal {
  readonly section: BudgetSection;
  readonly headingCell: string;
  readonly sumOre: Ore;
  readonly statedOre?: Ore;
  readonly statedCell?: string;
  readonly statedIsNumber?: boolean;
  /** The cell of a Summa row whose amount cannot be read (#REF!): the row is there, its figure is not. */
  readonly unreadableSumma?: string;
}

/** An amount column of the budget: its letter in the sheet and its heading, `{ letter: 'D', heading: 'Budget 2026' }`. */
export interface ColumnOption {
  /** Column letter in the sheet, "C". */
  readonly letter: string;
  /** Its heading as written ("Budget 2026", 2026), if it has one. */
  readonly heading?: string;
}

/** The amount column the check read, and why. */
export interface AmountColumn extends ColumnOption {
  /** How it was chosen: the fee year's heading, the only amount column, or named by the user. */
  readonly reason: 'fee-year' | 'only' | 'chosen';
}

/** The fees the budget's fee line is compared with. */
export interface ComparedFees {
  /** Decided (the rule in force), a forecast (prognos, before SCB has published) or a scenario (what-if). */
  readonly kind: 'decided' | 'forecast' | 'scenario';
  readonly expectedOre: Ore;
  /** The date of the folkmängd used, "2025-12-31" (a forecast may use an earlier month-end). */
  readonly populationDate?: string;
  readonly populationTotal?: number;
  /** The rule in words, "4 kr per invånare (beslut 2017-02-02)". */
  readonly basis?: Message;
}

export interface BudgetCheck {
  /** Revenues equal costs, with both parts present and every line's amount read. */
  readonly balanced: boolean;
  /** Balanced and no error found: what the committee can approve (the command line's exit 0). */
  readonly passed: boolean;
  readonly feeYear: number;
  readonly revenuesOre: Ore;
  readonly costsOre: Ore;
  /** Revenues − costs: positive a surplus, negative a deficit. */
  readonly differenceOre: Ore;
  readonly feeRevenueOre?: Ore;
  readonly expectedFeeRevenueOre?: Ore;
  /** What the fee line was compared with; absent when fees were not compared. */
  readonly comparedWith?: ComparedFees;
  /** The amount column read, when the budget has headings or several amount columns. */
  readonly column?: AmountColumn;
  /**
   * Several amount columns and no telling which (none or several for the fee year, or a column named
   * that is not there): nothing was read, and these are the columns to choose one from.
   */
  readonly columnChoices?: readonly ColumnOption[];
  /** The costs were written with a minus sign and are counted without it. */
  readonly costsNegated?: boolean;
  readonly statedPopulation?: number;
  readonly lines: readonly BudgetLine[];
  readonly unreadLines: readonly UnreadLine[];
  readonly subLines: readonly SubLine[];
  readonly totals: readonly SectionTotal[];
  readonly findings: readonly BudgetFinding[];
}

export interface BudgetCheckOptions {
  readonly feeYear: number;
  /** The fees to compare with, and what they are (decided, forecast or scenario). */
  readonly fees?: ComparedFees;
  /** Older form of `fees` (decided fees): the fees the rules give for the fee year. */
  readonly expectedFeeRevenueOre?: number;
  /** Total folkmängd the fees are computed on, to compare with a total stated in the text. */
  readonly populationTotal?: number;
  /** The year-end of that folkmängd (31 December), to compare with a date stated beside the total. */
  readonly populationYear?: number;
  /** The amount column to read when the budget has several: a letter ("D") or its heading ("Budget 2026"). */
  readonly column?: string;
  /** Address of cells[0][0] in the sheet, "A1" by default. */
  readonly origin?: string;
  /** The sheet's name, where the budget may say its year ("Budget 2027"). */
  readonly sheet?: string;
}
