/**
 * Which phone numbers and email addresses from the API may become `tel:` and `mailto:` links; anything else is
 * shown as text.
 */

/**
 * A `tel:` link for a North American number written with digits and the usual punctuation only
 * (`1-888-313-4747`, `(512) 555-0142`, `+1 855 555 0142`): ten digits, or eleven starting with the country code 1.
 * `null` for anything else (letters, extensions, short codes, script).
 */
export function telHref(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (!/^[\d\s().+-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (digits.length === 10 && /^[2-9]/.test(digits)) return `tel:+1${digits}`;
  if (digits.length === 11 && /^1[2-9]/.test(digits)) return `tel:+${digits}`;
  return null;
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
