/**
 * How a plan's acceptance and its documents are rendered: the start date by the rule in `plan-terms.ts` (a
 * sentence for a fixed window, else a date field limited to the window), the required terms checkbox, and the
 * plan's document links. Every text comes from the element, in its own words; the markup, ids and ARIA wiring
 * are the same wherever they are used.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { linkedDocuments, type LinkedPlanDocument, type PlanDocument, type StartWindow } from './plan-terms.js';

export interface StartDateView {
  /** The date field's id (a focus target). Its description is `#start-hint`. */
  id: string;
  /** The `part` of the sentence or the field, when the element exposes one. */
  part?: string;
  label: string;
  /** What a fixed window says. */
  fixed: unknown;
  /** The field's value. */
  value: string;
  /** What the field's window is, under it. */
  hint: string;
  /** Set when the chosen date is refused: what to fix, said instead of the hint. */
  error: string | null;
  disabled: boolean;
  /** Called with the field's value on each `change` event. */
  onChange: (value: string) => void;
}

export interface TermsCheckView {
  /** The `part` of the checkbox and its label, when the element exposes one. */
  part?: string;
  /** The label: what the customer accepts (the document links may be part of it). */
  label: unknown;
  checked: boolean;
  /** Set when the box must be checked first: the message (`#terms-error`). */
  error: string | null;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}

/** The start date (`#start-hint` describes its field), then the terms checkbox (`#terms`). */
export function renderPlanAcceptance(view: {
  window: StartWindow;
  start: StartDateView;
  terms: TermsCheckView;
}): TemplateResult {
  return html`${renderStartDate(view.window, view.start)} ${renderTermsCheck(view.terms)}`;
}

function renderStartDate(window: StartWindow, view: StartDateView): TemplateResult {
  if (window.fixed) return html`<p class="start" part=${ifDefined(view.part)}>${view.fixed}</p>`;
  const { error } = view;
  return html`<div class="field" part=${ifDefined(view.part)}>
    <label for=${view.id}>${view.label}</label>
    <input
      type="date"
      id=${view.id}
      required
      min=${window.earliest ?? nothing}
      max=${window.latest ?? nothing}
      .value=${view.value}
      ?disabled=${view.disabled}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="start-hint"
      @change=${(e: Event) => view.onChange((e.target as HTMLInputElement).value)}
    />
    <p class="muted" id="start-hint">${error ? html`<span class="field-error">${error}</span>` : view.hint}</p>
  </div>`;
}

function renderTermsCheck(view: TermsCheckView): TemplateResult {
  return html`<div class="check terms" part=${ifDefined(view.part)}>
      <input
        type="checkbox"
        id="terms"
        required
        .checked=${view.checked}
        ?disabled=${view.disabled}
        aria-invalid=${view.error ? 'true' : 'false'}
        aria-describedby=${view.error ? 'terms-error' : nothing}
        @change=${(e: Event) => view.onChange((e.target as HTMLInputElement).checked)}
      />
      <label for="terms">${view.label}</label>
    </div>
    ${view.error ? html`<p class="field-error" id="terms-error">${view.error}</p>` : nothing}`;
}

/** A plan document's link: it opens in a new tab, without handing the document's page a reference to this one. */
export function documentLink(url: string, content: unknown): TemplateResult {
  return html`<a href=${url} target="_blank" rel="noopener noreferrer">${content}</a>`;
}

export interface DocumentListView {
  documents: readonly PlanDocument[];
  /** The list's class. */
  className: string;
  part?: string;
  /** The list's accessible name. */
  label?: string;
  /** A linked document's link text: its name, and what else a screen reader hears. */
  link: (document: LinkedPlanDocument) => unknown;
  /** What stands for a document that cannot be a link; without it such documents are left out. */
  unlinked?: (document: PlanDocument) => unknown;
}

/** The documents as a list of links (`nothing` when none is left to show). */
export function renderDocumentList(view: DocumentListView): TemplateResult | typeof nothing {
  const { unlinked } = view;
  const shown = unlinked ? view.documents : linkedDocuments(view.documents);
  if (!shown.length) return nothing;
  return html`<ul class=${view.className} part=${ifDefined(view.part)} aria-label=${ifDefined(view.label)}>
    ${shown.map(
      (d) => html`<li>${d.url ? documentLink(d.url, view.link(d as LinkedPlanDocument)) : unlinked!(d)}</li>`,
    )}
  </ul>`;
}
