#!/usr/bin/env node
/**
 * Writes the README's element reference from custom-elements.json (run `npm run analyze` first), between the
 * `<!-- elements:start -->` and `<!-- elements:end -->` markers, and the sandbox's scenario table from `SCENARIOS`
 * in src/sandbox/scenarios.ts, between `<!-- scenarios:start -->` and `<!-- scenarios:end -->`. With `--check`,
 * fails instead when the README is out of date, so the docs cannot drift from the code. Either way it fails when
 * the manifest leaves an element, its summary, attributes, `light-error`, parts or CSS properties undocumented.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- elements:start -->';
const END = '<!-- elements:end -->';
const check = process.argv.includes('--check');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
  .filter(({ declaration }) => declaration.tagName)
  .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));

/** The manifest must describe every element fully: it feeds editors, Storybook controls and this README. */
function checkManifest() {
  const problems = [];
  const folders = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const folder of folders) {
    const found = elements.find(({ module }) => module.path.startsWith(`src/elements/${folder.name}/`));
    if (!found) {
      problems.push(`src/elements/${folder.name} has no element in custom-elements.json (missing @tag?)`);
      continue;
    }
    const d = found.declaration;
    const tag = d.tagName;
    if (!d.summary) problems.push(`<${tag}> has no @summary`);
    if (!(d.attributes ?? []).length) problems.push(`<${tag}> lists no attributes`);
    const fetches = (d.attributes ?? []).some((a) => a.name === 'token-endpoint') && tag !== 'light-provider';
    if (fetches && !(d.events ?? []).some((e) => e.name === 'light-error'))
      problems.push(`<${tag}> does not document light-error`);
    if (tag !== 'light-provider' && !(d.cssParts ?? []).length) problems.push(`<${tag}> documents no parts`);
    if (tag !== 'light-provider' && !(d.cssProperties ?? []).length)
      problems.push(`<${tag}> documents no CSS properties`);
  }
  return problems;
}

const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n')
    : '';

/** The example a partner copies: its import and a tag signed in through their token endpoint. */
function example(tag, folder, declaration) {
  const data = (declaration.attributes ?? []).some((a) => a.name === 'token-endpoint');
  const attrs = data ? ' token-endpoint="/energy/token"' : '';
  const lines = ['```html', `<script type="module">`, `  import 'light-elements/${folder}';`, `</script>`];
  if (tag === 'light-plan-card')
    lines.push(
      `<light-plan-card></light-plan-card>`,
      `<script>document.querySelector('light-plan-card').plan = plan;</script>`,
    );
  else if (tag === 'light-provider')
    lines.push(
      `<light-provider token-endpoint="/energy/token" locale="es">`,
      `  <light-invoices></light-invoices>`,
      `</light-provider>`,
    );
  else if (tag === 'light-flow-frame')
    lines.push(
      `<light-flow-frame scope="billing" mode="modal" closable></light-flow-frame>`,
      `<script>frame.flowProvider = (scope) => fetch('/energy/flow-login', { method: 'POST', body: JSON.stringify({ scope }) }).then((r) => r.json());</script>`,
    );
  else if (tag === 'light-eligibility')
    lines.push(
      `<light-eligibility backend="/energy" cta-href="https://example.com/sign-up" cta-label="See plans"></light-eligibility>`,
    );
  else if (tag === 'light-plan-comparison')
    lines.push(`<light-plan-comparison${attrs} plan-group="YOUR_PLAN_GROUP_UUID"></light-plan-comparison>`);
  else lines.push(`<${tag}${attrs}></${tag}>`);
  lines.push('```');
  return lines.join('\n');
}

function section({ module, declaration: d }) {
  const folder = module.path.split('/')[2];
  const attributes = (d.attributes ?? []).map((a) => [
    `\`${a.name}\``,
    a.type?.text ?? '',
    a.default ?? '',
    a.description ?? '',
  ]);
  const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName));
  const properties = (d.members ?? [])
    .filter(
      (m) =>
        m.kind === 'field' &&
        !m.static &&
        m.privacy !== 'private' &&
        m.privacy !== 'protected' &&
        !attributeFields.has(m.name) &&
        m.description,
    )
    .map((m) => [`\`${m.name}\``, m.type?.text ?? '', m.description]);
  const methods = (d.members ?? [])
    .filter(
      (m) =>
        m.kind === 'method' &&
        !m.static &&
        m.privacy !== 'private' &&
        m.privacy !== 'protected' &&
        m.description &&
        !m.name.startsWith('form'),
    )
    .map((m) => [`\`${m.name}()\``, m.description]);
  const events = (d.events ?? []).filter((e) => e.name).map((e) => [`\`${e.name}\``, e.description ?? '']);
  const slots = (d.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description ?? '']);
  const parts = (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
  const props = (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
  return [
    `### \`<${d.tagName}>\``,
    '',
    d.summary ?? '',
    '',
    example(d.tagName, folder, d),
    '',
    attributes.length
      ? `**Attributes**\n\n${table(['Attribute', 'Type', 'Default', 'Description'], attributes)}\n`
      : '',
    properties.length
      ? `**Properties (JavaScript only)**\n\n${table(['Property', 'Type', 'Description'], properties)}\n`
      : '',
    methods.length ? `**Methods**\n\n${table(['Method', 'Description'], methods)}\n` : '',
    events.length ? `**Events**\n\n${table(['Event', 'When'], events)}\n` : '',
    slots.length ? `**Slots**\n\n${table(['Slot', 'Description'], slots)}\n` : '',
    parts.length
      ? `**Parts** (style with \`${d.tagName}::part(name)\`)\n\n${table(['Part', 'What it is'], parts)}\n`
      : '',
    props.length ? `**CSS custom properties**\n\n${table(['Property', 'What it does'], props)}\n` : '',
  ]
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n');
}

const generated = [
  START,
  '<!-- Generated by `npm run docs` from custom-elements.json; edit the JSDoc in src/elements, not this text. -->',
  '',
  elements.map(section).join('\n\n'),
  END,
].join('\n');

/**
 * `SCENARIOS` read from its source: the array is plain data (strings, no calls), so its text is evaluated as a
 * JavaScript literal once the TypeScript after it (`as const satisfies …`) is cut off.
 */
function scenarios() {
  const source = readFileSync('src/sandbox/scenarios.ts', 'utf8');
  const match = /export const SCENARIOS = (\[[\s\S]*?\n\]) as const/.exec(source);
  if (!match) throw new Error('src/sandbox/scenarios.ts: no `export const SCENARIOS = [ … ] as const`');
  return new Function(`return ${match[1]};`)();
}

const SCENARIOS_START = '<!-- scenarios:start -->';
const SCENARIOS_END = '<!-- scenarios:end -->';
const scenarioTable = [
  SCENARIOS_START,
  '<!-- Generated by `npm run docs` from SCENARIOS in src/sandbox/scenarios.ts. -->',
  '',
  table(
    ['Scenario', 'Account status', 'What is set up'],
    scenarios().map((s) => [`\`${s.name}\``, `\`${s.status} / ${s.status_reason}\``, s.description]),
  ),
  SCENARIOS_END,
].join('\n');

/** `text` with what is between `start` and `end` replaced by `content` (markers included). */
function between(text, start, end, content) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) {
    console.error(`README.md has no ${start} … ${end} markers.`);
    process.exit(2);
  }
  return text.slice(0, from) + content + text.slice(to + end.length);
}

const readme = readFileSync('README.md', 'utf8');
const next = between(between(readme, START, END, generated), SCENARIOS_START, SCENARIOS_END, scenarioTable);
const incomplete = checkManifest();
if (incomplete.length) {
  console.error(incomplete.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
if (check) {
  if (next !== readme) {
    console.error('The README element reference is out of date: run `npm run docs`.');
    process.exit(1);
  }
  console.log(`README element reference and scenario table match the code (${elements.length} elements).`);
} else {
  writeFileSync('README.md', next);
  console.log(`README element reference and scenario table written (${elements.length} elements).`);
}
