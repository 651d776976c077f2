/*
 * What several suites expect of the same thing, written once as a literal (never derived from the
 * code under test).
 */

/** The 2026 workbook's fee sheets in tab order: Avgift, Fakturaunderlag and a sheet per member. */
export const FEE_SHEETS_2026 = [
  'Avgift 2026',
  'Fakturaunderlag 2026',
  'Botkyrka 2026',
  'Haninge 2026',
  'Huddinge 2026',
  'Nykvarn 2026',
  'Nynäshamn 2026',
  'Salem 2026',
  'Södertälje 2026',
  'Tyresö 2026',
] as const;

/** Every sheet of the 2026 plan with the default boxes: the fee sheets, then Befolkning and Historik. */
export const SHEETS_2026 = [...FEE_SHEETS_2026, 'Befolkning', 'Historik'] as const;

/**
 * Huddinge's invoice fields in the members register, from what is known for certain: invoice name,
 * organisationsnummer, Peppol-ID, no buyer reference or e-mail, the sender's own row (an internal
 * transfer), nothing missing.
 */
export const HUDDINGE_INVOICE_FIELDS = [
  'Huddinge kommun',
  '212000-0068',
  '0007:2120000068',
  '',
  '',
  'intern omföring',
  '',
] as const;
