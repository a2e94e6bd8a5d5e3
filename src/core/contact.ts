/**
 * Phone numbers and email addresses as a customer dials or writes them: what may become a `tel:` or `mailto:`
 * link, and what stays text.
 */

/** US phone numbers: 10 digits, with an optional leading 1 and any punctuation. */
export function normalizePhone(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(national) ? national : null;
}

/**
 * A `tel:` link for a US phone number written with digits and the usual punctuation only (`1-888-313-4747`,
 * `(512) 555-0142`); `null` for anything else (letters, extensions, script), which is then shown as text.
 */
export function telHref(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (!/^[\d\s().+-]+$/.test(text)) return null;
  const national = normalizePhone(text);
  return national ? `tel:+1${national}` : null;
}

/**
 * A `mailto:` link for a plain email address (`support@example.com`); `null` for anything that could carry
 * more than an address (`?`, `&`, `%`, spaces, a second `@`), which is then shown as text.
 */
export function mailtoHref(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(text) && text.length <= 254
    ? `mailto:${text}`
    : null;
}
