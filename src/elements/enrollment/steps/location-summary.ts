import { html, nothing, type TemplateResult } from 'lit';
import type { Location } from '../../../api/types.js';
import { formatAddress } from '../../../core/address.js';
import { formatDate } from '../../../core/format.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';

/** The service address, plan and start date the server has for a location, as rows of a summary `<dl>`. */
export function locationRows(
  locale: SupportedLocale,
  location: Location,
  { withEsiId = false }: { withEsiId?: boolean } = {},
): TemplateResult {
  return html`<div>
      <dt>${msg(locale, 'reviewAddress')}</dt>
      <dd>
        ${formatAddress(location)}${
          withEsiId ? html`<br /><span class="muted">ESI ID ${location.utility_number}</span>` : nothing
        }
      </dd>
    </div>
    <div>
      <dt>${msg(locale, 'reviewPlan')}</dt>
      <dd>${location.plan_name ?? msg(locale, 'unknownPlan')}</dd>
    </div>
    <div>
      <dt>${msg(locale, 'reviewStart')}</dt>
      <dd>${formatDate(location.service_start_date, locale)}</dd>
    </div>`;
}
