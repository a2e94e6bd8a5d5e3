/** Medians and plain aligned tables (markdown-friendly) for the bench's report. */

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The lower quartile, the median and the upper quartile of `values` (`null`s when there are none). */
export function quartiles(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return [null, null, null];
  const at = (q) => {
    const position = (sorted.length - 1) * q;
    const below = Math.floor(position);
    return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (position - below);
  };
  return [at(0.25), median(sorted), at(0.75)];
}

export const ms = (v) => (v == null ? '–' : `${v.toFixed(1)} ms`);
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
export const ratio = (a, b) => (a == null || b == null || !b ? '–' : `${(a / b).toFixed(2)}×`);

const NUMERIC = /^(–|[\d.,]+( ms| kB|×)?|)$/;

/** A markdown table: `columns` are headers, `rows` arrays of cells; columns of figures align right. */
export function table(columns, rows) {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i]).length)));
  const right = columns.map((_, i) => rows.every((r) => NUMERIC.test(String(r[i]))));
  const line = (cells) =>
    `| ${cells.map((c, i) => (right[i] ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => `${'-'.repeat(w + 1)}${right[i] ? ':' : '-'}`).join('|')}|`;
  return [line(columns), rule, ...rows.map(line)].join('\n');
}
