import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import type { IdentityForm, IdentityProblem } from '../enrollment-forms.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { laterMsg } from './later.messages.js';
import { heading, onSubmit } from './heading.js';

export interface IdentityView {
  form: IdentityForm;
  problems: IdentityProblem[];
  /** Identity is already verified (the step is open for review or change). */
  done: boolean;
  /** The latest allowed date of birth. */
  today: string;
  /** The details are in flight. */
  sending: boolean;
  /** Some request is in flight. */
  busy: boolean;
  /** A field changed; `problem` is the one shown on it, now to be cleared. */
  onInput: (name: keyof IdentityForm, value: string, problem: IdentityProblem | undefined) => void;
  /** The form is submitted (its default action already prevented). */
  onSubmit: () => void;
}

/** The customer's details, each field with its own error, linked and focusable. */
export function renderIdentity(locale: SupportedLocale, view: IdentityView): TemplateResult {
  const field = (
    name: keyof IdentityForm,
    label: string,
    type: string,
    autocomplete: string,
    extra: Partial<{ inputmode: string; max: string }> = {},
  ) => {
    const problem = view.problems.find((p) => p === name || (name === 'date_of_birth' && p === 'date_of_birth_age'));
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        inputmode=${ifDefined(extra.inputmode)}
        max=${ifDefined(extra.max)}
        required
        .value=${view.form[name]}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${ifDefined(problem ? `${name}-error` : undefined)}
        @input=${(e: Event) => view.onInput(name, (e.target as HTMLInputElement).value, problem)}
      />
      ${problem ? html`<p id="${name}-error" class="field-error">${msg(locale, `error.${problem}`)}</p>` : nothing}
    </div>`;
  };
  return html`${heading(msg(locale, 'step.identity'))}
    <p class="muted">${view.done ? laterMsg(locale, 'identityDone') : laterMsg(locale, 'identityIntro')}</p>
    <form class="form grid" novalidate @submit=${onSubmit(view.onSubmit)}>
      ${field('first_name', laterMsg(locale, 'firstName'), 'text', 'given-name')}
      ${field('last_name', laterMsg(locale, 'lastName'), 'text', 'family-name')}
      ${field('phone_number', laterMsg(locale, 'phone'), 'tel', 'tel-national', { inputmode: 'tel' })}
      ${field('email', msg(locale, 'email'), 'email', 'email')}
      ${field('date_of_birth', laterMsg(locale, 'dob'), 'date', 'bday', { max: view.today })}
      ${
        view.problems.length
          ? html`<p class="field-error wide" role="alert">
              ${laterMsg(locale, 'fixErrors', { count: view.problems.length })}
            </p>`
          : nothing
      }
      <div class="actions wide">
        <button type="submit" part="button" ?disabled=${view.busy}>
          ${view.sending ? msg(locale, 'working') : laterMsg(locale, 'saveDetails')}
        </button>
      </div>
    </form>`;
}
