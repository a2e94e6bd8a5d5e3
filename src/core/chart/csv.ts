/**
 * CSV for chart data (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled). Text fields that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return first) get a leading apostrophe, so API strings cannot smuggle a formula into Excel.
 */

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, escaped. Numbers are written plainly; `null`/`undefined` as an empty field. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, CRLF after every row. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A value without float noise (0.30000000000000004 → 0.3), keeping the API's own precision. */
export function csvNumber(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Number(value.toFixed(6));
}

/** Saves `csv` as `fileName` through a hidden link in `root` (a byte-order mark tells spreadsheets it is UTF-8). */
export function downloadCsv(root: Node, csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
