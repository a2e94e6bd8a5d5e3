import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LightErrorDetail } from '../../src/core/events.js';
import type { ScenarioName } from '../../src/sandbox/index.js';
import { setupSandbox, type SandboxSetup, type SandboxSetupOptions } from '../../stories/support/sandbox.js';

export interface MountOptions extends SandboxSetupOptions {
  /** Replaces the sandbox's own fetch (to watch or rewrite traffic). */
  fetch?: (setup: SandboxSetup) => typeof fetch;
  /** Container width, for narrow-screen tests. */
  width?: string;
  /** Put a focusable button before the element, as a start for keyboard paths. */
  buttonBefore?: boolean;
  /** Runs on the sandbox before the element is rendered (to change the account first). */
  before?: (setup: SandboxSetup) => Promise<unknown>;
}

/** `errors`: every `light-error` from the element, collected from its very first render. */
export type Mounted<E extends HTMLElement> = SandboxSetup & { el: E; root: HTMLElement; errors: LightErrorDetail[] };

/** An element (the first `tag` in `content`) on a fresh sandbox account set up as `scenario`. */
export async function mountOnSandbox<E extends HTMLElement>(
  tag: string,
  content: TemplateResult,
  scenario: ScenarioName,
  options: MountOptions = {},
): Promise<Mounted<E>> {
  const setup = setupSandbox(scenario, options);
  await options.before?.(setup);
  const template = options.fetch
    ? html`<light-provider .tokenProvider=${setup.session.tokenProvider} .fetch=${options.fetch(setup)}
        >${content}</light-provider
      >`
    : setup.wrap(content);
  const errors: LightErrorDetail[] = [];
  const onError = (event: CustomEvent<LightErrorDetail>) => errors.push(event.detail);
  const root = await fixture<HTMLElement>(
    html`<div style="width: ${options.width ?? 'auto'}" @light-error=${onError}>
      ${options.buttonBefore ? html`<button id="before">Before</button>` : ''}${template}
    </div>`,
  );
  const el = root.querySelector(tag) as E;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { ...setup, el, root, errors };
}
