/**
 * The acceptance of a plan, rendered the same way wherever a plan is accepted (enrollment, renewal): the start date
 * by the rule in `plan-terms.ts` (a sentence for a fixed window, else a date field limited to the window), the
 * plan's document links, and the required terms checkbox. Every text comes from the element, in its own words;
 * the markup, ids and ARIA wiring are the same everywhere.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { linkedDocuments, type LinkedPlanDocument, type PlanDocument, type StartWindow } from './plan-terms.js';

/** The start date's hint (`#start-hint`) and error (`#start-error`) ids; the field's own id is the element's. */
const START_HINT_ID = 'start-hint';
const START_ERROR_ID = 'start-error';
/** The terms checkbox and its error. */
export const TERMS_ID = 'terms';
const TERMS_ERROR_ID = 'terms-error';

export interface StartDateView {
  /** The date field's id (a focus target). */
  id: string;
  /** The `part` of the sentence or field, when the element exposes one. */
  part?: string;
  label: string;
  /** What a fixed window says; `nothing` to say nothing. */
  fixed: unknown;
  /** The field's value. */
  value: string;
  /** What the field's window is, under it; `null` for none. */
  hint: string | null;
  /** The hint's class (`hint` when not given). */
  hintClass?: string;
  /** Set when the chosen date is refused: what to fix. */
  error: string | null;
  /** The error takes the hint's place (one description), instead of following it as `#start-error`. */
  errorReplacesHint?: boolean;
  disabled?: boolean;
  /** Called with the field's value on each `input` event. */
  onInput?: (value: string) => void;
  /** Called with the field's value on each `change` event. */
  onChange?: (value: string) => void;
}

export interface TermsCheckView {
  /** The `part` of the checkbox and its label, when the element exposes one. */
  part?: string;
  /** The label: what the customer accepts (the document links may be part of it). */
  label: unknown;
  checked: boolean;
  /** Set when the box must be checked first: the message. */
  error: string | null;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export interface PlanAcceptanceView {
  window: StartWindow;
  start: StartDateView;
  /** Shown between the start date and the checkbox (the document links, when they are not in its label). */
  documents?: unknown;
  terms: TermsCheckView;
}

/** The start date, the documents and the terms checkbox. */
export function renderPlanAcceptance(view: PlanAcceptanceView): TemplateResult {
  return html`${renderStartDate(view.window, view.start)} ${view.documents ?? nothing} ${renderTermsCheck(view.terms)}`;
}

const inputValue = (event: Event) => (event.target as HTMLInputElement).value;

/** A fixed window's sentence, or a required date field limited to the window, with its hint and error. */
function renderStartDate(window: StartWindow, view: StartDateView): unknown {
  if (window.fixed) {
    return view.fixed === nothing ? nothing : html`<p class="start" part=${ifDefined(view.part)}>${view.fixed}</p>`;
  }
  const { error, hint, onInput, onChange } = view;
  const inHint = !!view.errorReplacesHint;
  const hintText = error && inHint ? html`<span class="field-error">${error}</span>` : hint;
  return html`<div class="field" part=${ifDefined(view.part)}>
    <label for=${view.id}>${view.label}</label>
    <input
      type="date"
      id=${view.id}
      required
      min=${window.earliest ?? nothing}
      max=${window.latest ?? nothing}
      .value=${view.value}
      ?disabled=${!!view.disabled}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error && !inHint ? `${START_HINT_ID} ${START_ERROR_ID}` : START_HINT_ID}
      @input=${onInput ? (e: Event) => onInput(inputValue(e)) : nothing}
      @change=${onChange ? (e: Event) => onChange(inputValue(e)) : nothing}
    />
    ${hintText ? html`<p id=${START_HINT_ID} class=${view.hintClass ?? 'hint'}>${hintText}</p>` : nothing}
    ${error && !inHint ? html`<p id=${START_ERROR_ID} class="field-error">${error}</p>` : nothing}
  </div>`;
}

/** The required terms checkbox, and why it must be checked when it was not. */
function renderTermsCheck(view: TermsCheckView): TemplateResult {
  return html`<div class="check terms" part=${ifDefined(view.part)}>
      <input
        type="checkbox"
        id=${TERMS_ID}
        required
        .checked=${view.checked}
        ?disabled=${!!view.disabled}
        aria-invalid=${view.error ? 'true' : 'false'}
        aria-describedby=${view.error ? TERMS_ERROR_ID : nothing}
        @change=${(e: Event) => view.onChange((e.target as HTMLInputElement).checked)}
      />
      <label for=${TERMS_ID}>${view.label}</label>
    </div>
    ${view.error ? html`<p class="field-error" id=${TERMS_ERROR_ID}>${view.error}</p>` : nothing}`;
}

/** A plan document's link: it opens in a new tab, without handing the plan's page a reference to this one. */
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
