/**
 * Values inside running text that a line could break at (the hyphen of an invoice number or a ZIP+4), kept on
 * one line. Spaces are the formatters' concern (`unbroken()` in `format.ts`); a hyphen is not a space, and a
 * non-breaking hyphen would change what a customer copies, so the value goes in a box of its own instead.
 */
import { css, html, type TemplateResult } from 'lit';

/**
 * The box: the line breaks before it rather than inside it; only a value wider than the whole line (an
 * implausibly long number from the API) wraps inside itself, instead of overflowing the element.
 */
export const keepTogetherStyles = css`
  .kept {
    display: inline-block;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` with each of `values` in it in a `<span class="kept">` (styled by `keepTogetherStyles`). The text reads
 * and copies as before; it is returned as it is when none of the values is in it.
 */
export function keepTogether(text: string, values: ReadonlyArray<string | null | undefined>): TemplateResult | string {
  const wanted = values.filter((value): value is string => !!value && text.includes(value));
  if (!wanted.length) return text;
  const pieces = text.split(new RegExp(`(${wanted.map(escapeRegExp).join('|')})`));
  // `split` with one capturing group puts the matches at the odd indices.
  return html`${pieces.map((piece, i) => (i % 2 ? html`<span class="kept">${piece}</span>` : piece))}`;
}
