/**
 * What the customer may upload as their current bill, checked before anything is sent: a PDF, JPEG or PNG, not
 * empty, at most `MAX_BILL_BYTES`.
 */

/** The largest bill accepted: 10 MB, far above a scanned page and below what a phone photo needs. */
export const MAX_BILL_BYTES = 10 * 1024 * 1024;

/** The file input's `accept`: the types and their extensions (some systems give no type for a file). */
export const BILL_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const EXTENSION = /\.(pdf|jpe?g|png)$/i;

export type BillProblem = 'type' | 'size' | 'empty';

/** Why `file` cannot be sent, or `null` when it can. */
export function billProblem(file: Pick<File, 'name' | 'size' | 'type'>): BillProblem | null {
  const typed = file.type ? TYPES.includes(file.type) : EXTENSION.test(file.name);
  if (!typed) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_BILL_BYTES) return 'size';
  return null;
}

/** A file size for people: `812 KB`, `2.4 MB` (decimal digits in the locale's style by `format`). */
export function fileSize(bytes: number, format: (value: number, digits: number) => string): string {
  if (bytes < 1024 * 1024) return `${format(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}
