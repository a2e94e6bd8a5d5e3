/**
 * Framework typings and editor data, generated from custom-elements.json (run after `npm run analyze` and
 * `npm run build:types`; `npm run build` does both, then this):
 *
 * - `dist/types/react.d.ts`: React 19 JSX `IntrinsicElements` for every `light-*` tag — its properties (typed from
 *   the element class), its attributes, and an `on<event-name>` prop per `light-*` event (React 19 adds a listener
 *   for the exact name after `on`: `onlight-error` listens to `light-error`).
 * - `dist/types/vue.d.ts`: Vue's `GlobalComponents`, so vue-tsc / Volar check props and `@light-*` listeners.
 * - `dist/vscode.html-custom-data.json`: VS Code HTML custom data (tags, attributes, descriptions, values).
 *
 * Property and event types are not copied from the manifest's text: the typings look them up in the element
 * classes (`HTMLElementTagNameMap`) and in `GlobalEventHandlersEventMap`, which the library's own declarations fill,
 * so they cannot drift from the code.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** String-literal type aliases in src (`type UsageView = 'trailing' | 'year'`), to list attribute values. */
function stringAliases() {
  const aliases = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/^(?:export\s+)?type\s+([A-Z]\w*)\s*=\s*([^;]+);/gm)) {
          const values = literalValues(match[2]);
          if (values) aliases.set(match[1], values);
        }
      }
    }
  };
  walk(join(root, 'src'));
  return aliases;
}

/** `'a' | 'b' | undefined` → ['a', 'b']; anything that is not a union of string literals → null. */
function literalValues(text) {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (!parts.length || !parts.every((part) => /^'[^']*'$/.test(part))) return null;
  return parts.map((part) => part.slice(1, -1));
}

const aliases = stringAliases();

/** The values a string attribute takes, when its type is a union of string literals (directly or by alias). */
function valuesOf(typeText = '') {
  const direct = literalValues(typeText);
  if (direct) return direct;
  const names = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (names.length === 1 && aliases.has(names[0])) return aliases.get(names[0]);
  return null;
}

const baseType = (typeText = '') =>
  typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null')
    .join(' | ');

/** Every `light-*` element of the manifest, with what the typings need. */
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('light-'))
  .map((declaration) => {
    const fields = (declaration.members ?? []).filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        !member.readonly &&
        !member.privacy &&
        !member.name.startsWith('#') &&
        !member.name.startsWith('_'),
    );
    return {
      tag: declaration.tagName,
      className: declaration.name,
      summary: declaration.summary ?? '',
      description: declaration.description ?? '',
      fields: fields.map((field) => ({ name: field.name, description: field.description ?? '' })),
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const field = fields.find((f) => f.name === attribute.fieldName);
        const typeText = attribute.type?.text ?? field?.type?.text ?? '';
        return {
          name: attribute.name,
          fieldName: attribute.fieldName,
          description: attribute.description ?? field?.description ?? '',
          type: baseType(typeText),
          values: valuesOf(typeText),
        };
      }),
      events: (declaration.events ?? [])
        .filter((event) => event.name?.startsWith('light-'))
        .map((event) => ({ name: event.name, description: event.description ?? '' })),
    };
  })
  .sort((a, b) => a.tag.localeCompare(b.tag));

if (!elements.length) throw new Error('custom-elements.json lists no light-* element: run `npm run analyze` first.');

const quote = (text) => JSON.stringify(text);
const doc = (text, indent) => {
  const lines = text.trim().split('\n');
  if (!text.trim()) return '';
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line.replace(/\*\//g, '*\\/')}`.trimEnd()).join('\n')}\n${indent} */\n`;
};

/** The attribute form of an attribute whose name differs from its property (`page-size` beside `pageSize`). */
function attributeType(attribute) {
  if (attribute.values) return attribute.values.map(quote).join(' | ');
  if (attribute.type === 'boolean') return 'boolean';
  if (attribute.type === 'number') return 'number | string';
  return 'string';
}

const header = `// Generated by scripts/framework-types.mjs from custom-elements.json. Do not edit.\n`;

/** Shared by the React and Vue typings: a tag's own props (properties, then the attributes spelled differently). */
function propsInterface(element, name, indent = '') {
  const lines = [`${indent}interface ${name} {`];
  for (const field of element.fields) {
    if (field.description) lines.push(doc(field.description, `${indent}  `).trimEnd());
    lines.push(`${indent}  ${field.name}?: Prop<${quote(element.tag)}, ${quote(field.name)}>;`);
  }
  for (const attribute of element.attributes) {
    if (attribute.name === attribute.fieldName) continue;
    lines.push(`${indent}  /** Attribute form of \`${attribute.fieldName}\`. */`);
    lines.push(`${indent}  ${quote(attribute.name)}?: ${attributeType(attribute)};`);
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

const helpers = `/** The element class registered for a tag. */
type ElementOf<T extends string> = T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : HTMLElement;
/** A property's type, read from the element class. */
type Prop<T extends string, K extends string> = K extends keyof ElementOf<T> ? ElementOf<T>[K] : unknown;
/** A \`light-*\` event's type, read from \`GlobalEventHandlersEventMap\` (where each element declares its events). */
type LightEventOf<N extends string> = N extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[N]
  : CustomEvent<unknown>;
`;

function reactTypes() {
  const parts = [
    header,
    `/**
 * JSX types for Light Elements in React 19, which sets properties on custom elements and listens to their events
 * through \`on<event-name>\` props (\`onlight-error\`, \`onlight-invoice-select\`):
 *
 *   import type {} from 'light-elements/react';
 *   <light-invoices page-size={10} onlight-invoice-select={(event) => event.detail.invoiceNumber} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import './index.js';
`,
    helpers,
  ];
  for (const element of elements) {
    parts.push(propsInterface(element, `${element.className}Props`));
    const events = element.events.map(
      (event) =>
        `${doc(event.description, '  ')}  ${quote(`on${event.name}`)}?: (event: LightEventOf<${quote(event.name)}>) => void;`,
    );
    parts.push(`interface ${element.className}Events {\n${events.join('\n')}\n}`);
  }
  const intrinsic = elements.map(
    (element) =>
      `${doc(element.summary, '      ')}      ${quote(element.tag)}: Omit<DetailedHTMLProps<HTMLAttributes<ElementOf<${quote(element.tag)}>>, ElementOf<${quote(element.tag)}>>, keyof ${element.className}Props> &
        ${element.className}Props &
        ${element.className}Events;`,
  );
  parts.push(`declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic.join('\n')}
    }
  }
}
`);
  return parts.join('\n');
}

function vueTypes() {
  const parts = [
    header,
    `/**
 * Vue 3 template types for Light Elements (vue-tsc, Volar): props and \`@light-*\` listeners of every tag.
 * Tell Vue's compiler the tags are custom elements: \`compilerOptions.isCustomElement: (tag) => tag.startsWith('light-')\`.
 *
 *   // env.d.ts
 *   import type {} from 'light-elements/vue';
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import './index.js';
`,
    helpers,
    `type EventMap = { [name: string]: Event };
type VueEmit<T extends EventMap> = EmitFn<{ [K in keyof T]: (event: T[K]) => void }>;
/** A custom element as Vue's template checker sees a component (the pattern Vue's docs recommend). */
type DefineCustomElement<E extends HTMLElement, Props, Events extends EventMap> = new () => E & {
  /** @deprecated For template type checking only: not a real property of the element. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated For template type checking only: not a real property of the element. */
  $emit: VueEmit<Events>;
};
`,
  ];
  for (const element of elements) {
    parts.push(propsInterface(element, `${element.className}Props`));
    const events = element.events.map((event) => `  ${quote(event.name)}: LightEventOf<${quote(event.name)}>;`);
    parts.push(`type ${element.className}Events = {\n${events.join('\n')}\n};`);
  }
  const components = elements.map(
    (element) =>
      `${doc(element.summary, '    ')}    ${quote(element.tag)}: DefineCustomElement<ElementOf<${quote(element.tag)}>, ${element.className}Props, ${element.className}Events>;`,
  );
  parts.push(`declare module 'vue' {
  interface GlobalComponents {
${components.join('\n')}
  }
}
`);
  return parts.join('\n');
}

function vscodeData() {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: [element.summary, element.description].filter(Boolean).join('\n\n') || element.tag,
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: attribute.description || undefined,
        ...(attribute.values
          ? { values: attribute.values.map((value) => ({ name: value })) }
          : attribute.type === 'boolean'
            ? { valueSet: 'v' }
            : {}),
      })),
    })),
  };
}

function write(relative, text) {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`framework-types: wrote ${relative}`);
}

write('dist/types/react.d.ts', reactTypes());
write('dist/types/vue.d.ts', vueTypes());
write('dist/vscode.html-custom-data.json', `${JSON.stringify(vscodeData(), null, 2)}\n`);
