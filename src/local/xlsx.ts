/** Writes plain tables to an .xlsx file a person can open in any spreadsheet program. */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";

export interface XlsxColumn {
  readonly header: string;
  /** Excel number format, e.g. "#,##0", "0.0%", "$#,##0.00", "yyyy-mm-dd". */
  readonly format?: string;
  readonly width?: number;
}

export interface XlsxSheet {
  readonly name: string;
  readonly columns: readonly XlsxColumn[];
  readonly rows: readonly (readonly unknown[])[];
  /** Fill colour of header cells (ARGB), to tell computed columns from inputs. */
  readonly headerFill?: (column: number) => string;
}

export async function writeXlsx(path: string, sheets: readonly XlsxSheet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Influencer KPIs for Google Sheets";
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.max(10, c.header.length + 2),
      style: c.format ? { numFmt: c.format } : {},
    }));
    // Values go in as values: strings stay text even when they start with "=" or "+".
    for (const row of sheet.rows) ws.addRow([...row]);
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.eachCell((cell, column) => {
      cell.fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: sheet.headerFill?.(column - 1) ?? "FFE8EAED" },
      };
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  mkdirSync(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
}
