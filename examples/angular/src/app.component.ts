import { Component, CUSTOM_ELEMENTS_SCHEMA, InjectionToken, inject, signal } from '@angular/core';
import type { InvoiceSelectDetail, LightErrorDetail, TokenProvider, UsageViewChangeDetail } from 'light-elements';
// Each import registers one tag and pulls only that element's code.
import 'light-elements/provider';
import 'light-elements/account-status';
import 'light-elements/usage-chart';
import 'light-elements/invoices';

/** How the page reaches the customer's Light account: a token provider, and the `fetch` for API requests. */
export const LIGHT_ACCOUNT = new InjectionToken<{ tokenProvider: TokenProvider; fetch?: typeof fetch }>(
  'LIGHT_ACCOUNT',
);

/**
 * A customer's account page. CUSTOM_ELEMENTS_SCHEMA lets the template use <light-*> tags; [property] bindings set
 * the elements' properties and (light-*) bindings listen to their events, typed from the elements' declarations.
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <light-provider [tokenProvider]="account.tokenProvider" [fetch]="account.fetch">
      <main>
        <h1>Your energy account</h1>
        <light-account-status (light-error)="onError($event)"></light-account-status>
        <light-usage-chart
          (light-usage-view-change)="onViewChange($event)"
          (light-error)="onError($event)"
        ></light-usage-chart>
        <light-invoices
          [pageSize]="6"
          (light-invoice-select)="onInvoiceSelect($event)"
          (light-error)="onError($event)"
        ></light-invoices>
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">Events</h2>
          <ol class="events" aria-live="polite">
            @for (line of events(); track $index) {
              <li>{{ line }}</li>
            }
          </ol>
        </section>
      </main>
    </light-provider>
  `,
})
export class AppComponent {
  protected readonly account = inject(LIGHT_ACCOUNT);
  protected readonly events = signal<string[]>([]);

  protected onError(event: CustomEvent<LightErrorDetail>): void {
    this.note(`light-error: ${event.detail.code}`);
  }

  protected onViewChange(event: CustomEvent<UsageViewChangeDetail>): void {
    this.note(`Usage: ${event.detail.view} ${event.detail.year}`);
  }

  protected onInvoiceSelect(event: CustomEvent<InvoiceSelectDetail>): void {
    this.note(`Invoice ${event.detail.invoiceNumber} opened`);
  }

  private note(line: string): void {
    this.events.update((lines) => [line, ...lines].slice(0, 6));
  }
}
