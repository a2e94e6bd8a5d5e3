import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Plan } from '../../api/types.js';
import {
  formatCentsPerKwh,
  formatDate,
  formatDollars,
  formatInstantDate,
  formatKwh,
  formatNumber,
} from '../../core/format.js';
import { LightElement } from '../../core/light-element.js';
import { renderDocumentList } from '../../core/plan-acceptance.js';
import { documentAbbreviation, planDocuments, startWindow } from '../../core/plan-terms.js';
import { headingLevel } from '../../core/templates.js';
import { planCardMsg as msg } from './light-plan-card.messages.js';
import { planCardStyles } from './light-plan-card.styles.js';

export interface PlanSelectDetail {
  /** The chosen plan's `uuid`. */
  planUuid: string;
  /** The plan as displayed. */
  plan: Plan;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-plan-select': CustomEvent<PlanSelectDetail>;
  }
}

/** A price or quantity with its unit, kept on one line. */
const value = (text: string) => html`<span class="value">${text}</span>`;

const AVERAGE_USAGES = [
  [500, 'average_price_500_cents'],
  [1000, 'average_price_1000_cents'],
  [2000, 'average_price_2000_cents'],
] as const;

/**
 * One electricity plan: name, term, energy and delivery rates, base charge, the EFL's average prices at 500,
 * 1,000 and 2,000 kWh, its documents, and when it can start. Pure presentation: give it a `plan`; it fetches
 * nothing. Fields the plan lacks are left out, never shown as blanks. Prices and dates never break inside
 * themselves; a narrow card moves a whole value to the next line instead.
 *
 * Cards side by side line up as a comparison when each spans six rows of the list's grid: give the card (and any
 * element between it and the grid, such as an `<li>`) `display: grid; grid-row: span 6; grid-template-rows:
 * subgrid`. The name, rates, average prices, documents, dates and button then sit at the same height in every
 * card of a row, and the cards of a row are as tall as each other.
 *
 * @tag light-plan-card
 * @summary Shows one plan and lets the customer choose it.
 *
 * @fires light-plan-select - When the customer chooses the plan. Detail: `{ planUuid, plan }`.
 *
 * @csspart base - The card.
 * @csspart header - Name, term and badges.
 * @csspart rates - The rate list.
 * @csspart averages - The average-price table.
 * @csspart documents - The document links.
 * @csspart button - The choose button.
 *
 * @cssprop --light-color-primary - Accent and selected outline.
 * @cssprop --light-color-surface - Card background.
 * @cssprop --light-radius - Corner radius.
 */
export class LightPlanCard extends LightElement {
  static override styles = [...(LightElement.styles as []), planCardStyles];

  /** The plan to show. Property only. */
  @property({ attribute: false }) plan?: Plan;

  /** Marks the plan as the customer's current choice. */
  @property({ type: Boolean, reflect: true }) selected = false;

  /** Disables the choose button (while another request is in flight, say). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A tighter layout for lists: less padding, no description. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Hides the choose button, for a card that only informs. */
  @property({ type: Boolean, attribute: 'no-select', reflect: true }) noSelect = false;

  /** Heading level of the plan name (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override render(): TemplateResult | typeof nothing {
    const plan = this.plan;
    if (!plan) return nothing;
    const locale = this.resolvedLocale;
    const name = plan.name || msg(locale, 'unnamed');
    return html`<article
      class=${classMap({ card: true, surface: true, selected: this.selected, compact: this.compact })}
      part="base"
      aria-labelledby="name"
    >
      <header part="header">
        ${this.#heading(name)}
        <p class="meta">
          ${
            // No term in the data: nothing is said about it (not "month-to-month", which the data does not say).
            plan.term_months && plan.term_months > 0
              ? html`<span class="pill">${msg(locale, 'term', { months: plan.term_months })}</span>`
              : nothing
          }
          ${
            plan.renewable_percent !== null
              ? html`<span class="pill green"
                  >${msg(locale, 'renewable', { percent: formatNumber(plan.renewable_percent, locale) })}</span
                >`
              : nothing
          }
        </p>
        ${plan.description && !this.compact ? html`<p class="description muted">${plan.description}</p>` : nothing}
      </header>
      ${this.#rates(plan)} ${this.#averages(plan)} ${this.#documents(plan, name)} ${this.#dates(plan)}
      ${
        this.noSelect
          ? nothing
          : html`<button
              type="button"
              part="button"
              class=${this.selected ? 'secondary' : ''}
              aria-pressed=${this.selected ? 'true' : 'false'}
              ?disabled=${this.disabled}
              @click=${this.#select}
            >
              ${this.selected ? html`<span aria-hidden="true">✓</span> ${msg(locale, 'selected')}` : msg(locale, 'select')}
              <span class="visually-hidden">: ${name}</span>
            </button>`
      }
    </article>`;
  }

  #heading(name: string): TemplateResult {
    const level = headingLevel(this.headingLevel, 3);
    return html`<div role="heading" aria-level=${level} class="name" id="name">${name}</div>`;
  }

  #rates(plan: Plan): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const rows: TemplateResult[] = [];
    if (plan.energy_rate_cents_per_kwh !== null) {
      rows.push(
        html`<div>
          <dt>${msg(locale, 'energyRate')}</dt>
          <dd>${value(formatCentsPerKwh(plan.energy_rate_cents_per_kwh, locale))}</dd>
        </div>`,
      );
    }
    const charges = plan.tdu_charges.filter((c) => c.cents_per_kwh !== null || c.dollars_per_month !== null);
    if (charges.length) {
      // One line per charge: its name on the left (wrapping if it must), its amounts on the right, whole.
      rows.push(
        html`<div class="charges">
          <dt>${msg(locale, 'deliveryCharges')}</dt>
          ${charges.map((c) => {
            const amounts = [
              c.cents_per_kwh !== null ? formatCentsPerKwh(c.cents_per_kwh, locale) : '',
              c.dollars_per_month !== null
                ? msg(locale, 'perMonth', { amount: formatDollars(c.dollars_per_month, locale) })
                : '',
            ].filter(Boolean);
            return html`<dd class="charge">
              ${c.name ? html`<span class="charge-name">${c.name}</span>` : nothing}
              <span class="amounts">${amounts.map((a, i) => html`${i ? ' + ' : ''}${value(a)}`)}</span>
            </dd>`;
          })}
        </div>`,
      );
    }
    if (plan.base_charge_dollars !== null) {
      rows.push(
        html`<div>
          <dt>${msg(locale, 'baseCharge')}</dt>
          <dd>${value(msg(locale, 'perMonth', { amount: formatDollars(plan.base_charge_dollars, locale) }))}</dd>
        </div>`,
      );
    }
    if (!rows.length) return nothing;
    return html`<dl class="rates" part="rates" aria-label=${msg(locale, 'ratesLabel')}>${rows}</dl>`;
  }

  #averages(plan: Plan): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const present = AVERAGE_USAGES.filter(([, key]) => plan[key] !== null);
    if (!present.length) return nothing;
    // One row per usage, so that three prices with their units fit the narrowest card without breaking.
    return html`<table class="averages" part="averages">
      <caption>
        ${msg(locale, 'averagePrice')}
      </caption>
      <tbody>
        ${present.map(
          ([kwh, key]) =>
            html`<tr>
              <th scope="row">${value(formatKwh(kwh, locale))}</th>
              <td>${value(formatCentsPerKwh(plan[key]!, locale))}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #documents(plan: Plan, name: string): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    return renderDocumentList({
      documents: planDocuments(plan),
      className: 'documents',
      part: 'documents',
      label: msg(locale, 'documents'),
      link: (d) =>
        html`${documentAbbreviation(d.key)}<span class="visually-hidden">
            — ${msg(locale, 'documentFor', { document: msg(locale, d.key), plan: name })}
            (${msg(locale, 'opensInNewTab')})</span
          ><span aria-hidden="true"> ↗</span>`,
    });
  }

  #dates(plan: Plan): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const window = startWindow(plan);
    // A date stays on one line (the formatters' no-break spaces): the sentence wraps between dates, never inside one.
    const from = formatDate(window.earliest, locale);
    const to = formatDate(window.latest, locale);
    const expires = formatInstantDate(plan.expires_at, locale);
    const start = !from
      ? ''
      : window.fixed
        ? msg(locale, 'startOn', { date: from })
        : msg(locale, 'startWindow', { from, to });
    if (!start && !expires) return nothing;
    // When service can start, and until when the offer holds: a line each.
    return html`<p class="dates muted">
      ${start ? html`<span>${start}</span>` : nothing}
      ${expires ? html`<span>${msg(locale, 'expires', { date: expires })}</span>` : nothing}
    </p>`;
  }

  #select(): void {
    if (!this.plan || this.disabled) return;
    this.emit('light-plan-select', { planUuid: this.plan.uuid, plan: this.plan });
  }
}
