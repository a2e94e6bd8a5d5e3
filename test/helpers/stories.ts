import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** The parts of a CSF 3 story or meta this harness uses (typed loosely: each story module has its own Args). */
interface StoryLike {
  args?: object;
  render?: unknown;
  name?: string;
}
type RenderFn = (args: object, context: unknown) => unknown;

/** Named stories of a story module (every export but `default` and `__namedExportsOrder`). */
export function storiesOf(module: Record<string, unknown>): Array<[string, StoryLike]> {
  return Object.entries(module).filter(
    ([name, value]) => name !== 'default' && name !== '__namedExportsOrder' && value && typeof value === 'object',
  ) as Array<[string, StoryLike]>;
}

/**
 * Renders a story the way Storybook would (meta args + story args, story render or meta render) into a fixture.
 * `composeStories` does not load in the test runner, so this mirrors the small part of it that stories use.
 */
export async function renderStory(meta: StoryLike, story: StoryLike): Promise<HTMLElement> {
  const args = { ...meta.args, ...story.args };
  const render = (story.render ?? meta.render) as RenderFn | undefined;
  if (!render) throw new Error(`Story ${story.name ?? ''} has no render function`);
  const template = render(args, { args, globals: { theme: 'light', locale: 'en' } }) as TemplateResult;
  return fixture<HTMLElement>(html`<div>${template}</div>`);
}
