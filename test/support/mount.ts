import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { LightClient } from '../../src/api/http.js';
import type { LightErrorDetail } from '../../src/core/events.js';
import type { ScenarioName } from '../../src/sandbox/index.js';
import { setupSandbox, type SandboxSetup, type SandboxSetupOptions } from '../../stories/support/sandbox.js';

export interface MountOptions extends SandboxSetupOptions {
  /** Replaces the sandbox's own fetch (to watch or rewrite traffic); Stripe.js is then `stripe`'s, or the page's. */
  fetch?: (setup: SandboxSetup) => typeof fetch;
  /** The Stripe.js stand-in to use instead of the sandbox's (e.g. `({ stripe }) => stripe` beside `fetch`). */
  stripe?: (setup: SandboxSetup) => SandboxSetup['stripe'];
  /** Container width, for narrow-screen tests. */
  width?: string;
  /** Put a focusable button before the element, as a start for keyboard paths. */
  buttonBefore?: boolean;
  /** `light-*` events to record (in `events`, with their details) from the element's very first render. */
  record?: string[];
  /** Runs on the sandbox before the element is rendered (to change the account first, e.g. through `client`). */
  before?: (setup: Account) => Promise<unknown>;
}

/**
 * A sandbox account and, beside the element's own, a `client` of it, to read or change what the element should
 * show; `location` is its service location (empty when it has none).
 */
export type Account = SandboxSetup & { client: LightClient; location: string };

/** A `light-*` event the element fired, as `record` keeps it. */
export interface RecordedEvent {
  type: string;
  detail: unknown;
}

/**
 * `errors`: every `light-error` from the element, collected from its very first render; `events`: the events
 * named in `record`, in order.
 */
export type Mounted<E extends HTMLElement> = Account & {
  el: E;
  root: HTMLElement;
  errors: LightErrorDetail[];
  events: RecordedEvent[];
};

/**
 * An element (the first `tag` in `content`) on a fresh sandbox account set up as `scenario`. `content` may be a
 * function of the account, called after `before` (for an element configured from what `before` read).
 */
export async function mountOnSandbox<E extends HTMLElement>(
  tag: string,
  content: TemplateResult | ((account: Account) => TemplateResult),
  scenario: ScenarioName,
  options: MountOptions = {},
): Promise<Mounted<E>> {
  const setup = setupSandbox(scenario, options);
  const { sandbox, session } = setup;
  const client = new LightClient({
    tokenProvider: session.tokenProvider,
    fetch: sandbox.fetch,
    apiBase: sandbox.apiBase,
  });
  const account: Account = { ...setup, client, location: session.locationUuid ?? '' };
  await options.before?.(account);
  const element = typeof content === 'function' ? content(account) : content;
  const template =
    options.fetch || options.stripe
      ? html`<light-provider
          .tokenProvider=${session.tokenProvider}
          .fetch=${options.fetch?.(setup) ?? sandbox.fetch}
          .stripe=${options.stripe?.(setup)}
          .stripePublishableKey=${setup.stripePublishableKey}
          >${element}</light-provider
        >`
      : setup.wrap(element);
  const errors: LightErrorDetail[] = [];
  const onError = (event: CustomEvent<LightErrorDetail>) => errors.push(event.detail);
  const events: RecordedEvent[] = [];
  let recording = false;
  // Called as the container is made, before the element in it is connected: nothing it fires is missed.
  const recordOn = (container?: Element) => {
    if (!container || recording) return;
    recording = true;
    for (const type of options.record ?? []) {
      container.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
    }
  };
  const root = await fixture<HTMLElement>(
    html`<div style="width: ${options.width ?? 'auto'}" @light-error=${onError} ${ref(recordOn)}>
      ${options.buttonBefore ? html`<button id="before">Before</button>` : ''}${template}
    </div>`,
  );
  const el = root.querySelector(tag) as E;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { ...account, el, root, errors, events };
}
