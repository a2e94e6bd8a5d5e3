import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { shownText } from './dom.js';

/** The parts of a CSF 3 story or meta this harness uses (typed loosely: each story module has its own Args). */
interface StoryLike {
  args?: object;
  render?: unknown;
  name?: string;
  parameters?: { reaches?: string };
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

/** Every same-origin frame under `root`, shadow roots included (a flow frame's page, say). */
function* framesIn(root: Element | ShadowRoot): Generator<HTMLIFrameElement> {
  for (const child of Array.from(root.children)) {
    if (child.localName === 'iframe') yield child as HTMLIFrameElement;
    if (child.shadowRoot) yield* framesIn(child.shadowRoot);
    yield* framesIn(child);
  }
}

/** What a rendered story shows: its own text, then the text of the same-origin pages it frames. */
function storyText(root: HTMLElement): string {
  let text = shownText(root);
  for (const frame of framesIn(root)) {
    let body: HTMLElement | null = null;
    try {
      body = frame.contentDocument?.body ?? null;
    } catch {
      body = null; // a cross-origin page: nothing to read
    }
    if (body) text += shownText(body);
  }
  return text;
}

/**
 * Waits until a rendered story shows the state it declares (`parameters.reaches`: text it shows in that state,
 * in the page or in a same-origin page it frames), so that checks such as axe run on that state and not on the
 * loading state before it.
 */
export async function storyReached(root: HTMLElement, story: StoryLike): Promise<void> {
  const reaches = story.parameters?.reaches;
  // Every story names its state, so that no story is checked on whatever it showed first.
  if (!reaches) throw new Error(`The story ${story.name ?? ''} declares no parameters.reaches`);
  await waitUntil(() => storyText(root).includes(reaches), `story never showed "${reaches}"`, { timeout: 5000 }).catch(
    () => {
      throw new Error(`The story never showed "${reaches}"; it shows: ${storyText(root).slice(0, 400)}`);
    },
  );
}
