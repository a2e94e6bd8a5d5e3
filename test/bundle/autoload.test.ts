import { expect, waitUntil } from '@open-wc/testing';
import { Autoloader } from '../../src/bundle/autoload.js';

let unique = 0;

/** A tag no test has defined, and a loader that defines it. */
function tagAndLoader() {
  const tag = `light-autoload-test-${++unique}`;
  const loader = async () => customElements.define(tag, class extends HTMLElement {});
  return { tag, loader };
}

describe('Autoloader', () => {
  afterEach(() =>
    document.querySelectorAll('link[rel="modulepreload"][href*="autoload-test"]').forEach((l) => l.remove()),
  );

  it("asks for every file of a tag's code at once, each file once, relative to the script", async () => {
    const { tag, loader } = tagAndLoader();
    const other = tagAndLoader();
    const base = 'https://cdn.example/light/light-elements.js';
    const files = ['chunks/autoload-test-a.js', 'chunks/autoload-test-b.js'];
    const autoloader = new Autoloader(
      { [tag]: loader, [other.tag]: other.loader },
      { chunks: { files, tags: { [tag]: [0, 1], [other.tag]: [1] } }, base },
    );
    await autoloader.load(tag);
    await autoloader.load(other.tag);
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"][href*="autoload-test"]')];
    expect(links.map((l) => l.href)).to.deep.equal([
      'https://cdn.example/light/chunks/autoload-test-a.js',
      'https://cdn.example/light/chunks/autoload-test-b.js',
    ]);
  });

  it('tells of each element of a known tag it finds before loading its code', async () => {
    const { tag, loader } = tagAndLoader();
    const seen: Element[] = [];
    const autoloader = new Autoloader({ [tag]: loader }, { onElement: (element) => seen.push(element) });
    const element = document.createElement(tag);
    document.body.append(element);
    autoloader.observe(document);
    await waitUntil(() => customElements.get(tag), 'defined');
    expect(seen).to.deep.equal([element]);
    element.remove();
  });
});
