import { useState } from 'react';
import type { LightErrorDetail, TokenProvider } from 'light-elements';
// JSX types for every <light-*> tag, generated from the manifest: props, attributes and on<event> props.
import type {} from 'light-elements/react';
// Each import registers one tag and pulls only that element's code.
import 'light-elements/provider';
import 'light-elements/account-status';
import 'light-elements/usage-chart';
import 'light-elements/invoices';

export interface AppProps {
  /** Returns an account token for the signed-in customer. */
  tokenProvider: TokenProvider;
  /** The `fetch` for API requests; the sandbox's here, the browser's when left out. */
  fetch?: typeof fetch;
}

/**
 * A customer's account page. React 19 sets `tokenProvider` and `fetch` as properties of <light-provider>, which
 * shares them with the elements inside, and listens to `light-*` events through `on<event-name>` props.
 */
export function App({ tokenProvider, fetch }: AppProps) {
  const [events, setEvents] = useState<string[]>([]);
  const note = (line: string) => setEvents((lines) => [line, ...lines].slice(0, 6));
  const onError = (event: CustomEvent<LightErrorDetail>) => note(`light-error: ${event.detail.code}`);

  return (
    <light-provider tokenProvider={tokenProvider} fetch={fetch}>
      <main>
        <h1>Your energy account</h1>
        <light-account-status onlight-error={onError} />
        <light-usage-chart
          onlight-usage-view-change={(event) => note(`Usage: ${event.detail.view} ${event.detail.year}`)}
          onlight-error={onError}
        />
        <light-invoices
          page-size={6}
          onlight-invoice-select={(event) => note(`Invoice ${event.detail.invoiceNumber} opened`)}
          onlight-error={onError}
        />
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">Events</h2>
          <ol className="events" aria-live="polite">
            {events.map((line, index) => (
              <li key={events.length - index}>{line}</li>
            ))}
          </ol>
        </section>
      </main>
    </light-provider>
  );
}
