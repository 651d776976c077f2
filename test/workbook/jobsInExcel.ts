import { approveYear, ApprovalRequest } from '../../src/jobs/approve';
import { verifyYear } from '../../src/jobs/verify';
import { ExcelApi } from '../../src/workbook/excelApi';
import { excelBook } from '../../src/workbook/excelBook';
import { VerifyOptions } from '../../src/workbook/verify';

/** The pane's Fastställ and Kontrollera: the jobs on the open workbook, as services.ts runs them. */
export const approveInExcel = (request: ApprovalRequest, excel: ExcelApi) => approveYear(excelBook(excel), request);
export const verifyInExcel = (options: VerifyOptions, excel: ExcelApi) => verifyYear(excelBook(excel), options);
