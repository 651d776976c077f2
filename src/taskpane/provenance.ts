/* The jobs on the open workbook that prove the fees (verify, Fastställ), with the book they run on: one lazy chunk. */
export { approveYear } from '../jobs/approve';
export { verifyYear } from '../jobs/verify';
export { excelBook } from '../workbook/excel/book';
