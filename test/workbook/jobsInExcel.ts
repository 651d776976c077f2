import { approveYear, ApprovalRequest } from '../../src/jobs/approve';
import { verifyYear } from '../../src/jobs/verify';
import { ExcelApi } from '../../src/workbook/excel/api';
import { excelBook } from '../../src/workbook/excel/book';
import { VerifyOptions } from '../../src/workbook/verify/verify';

/** The pane's Fastställ and Kontrollera: the jobs on the open workbook, as services.ts runs them. */
export const approveInExcel = (request: ApprovalRequest, excel: ExcelApi) => approveYear(excelBook(excel), request);
export const verifyInExcel = (options: VerifyOptions, excel: ExcelApi) => verifyYear(excelBook(excel), options);
