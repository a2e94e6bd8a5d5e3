/**
 * The classic-script build: `<script src=".../light-elements.iife.js">` (with or without `async`).
 *
 * It defines `window.LightElements` at once — `configure()` may be called right after the tag — then loads the
 * module build that sits beside it (`light-elements.js`), which loads each element when its tag appears.
 * Calls made before the module arrives are replayed in order.
 */
interface LightElementsGlobal {
  configure?: (options: unknown) => void;
  ready?: Promise<unknown>;
  [key: string]: unknown;
}

const global = window as unknown as { LightElements?: LightElementsGlobal };

export {};

if (!global.LightElements) {
  const script = document.currentScript as HTMLScriptElement | null;
  const moduleUrl = new URL('light-elements.js', script?.src || document.baseURI).href;
  const queued: unknown[] = [];
  const api: LightElementsGlobal = {
    configure: (options: unknown) => void queued.push(options),
  };
  api.ready = import(/* @vite-ignore */ moduleUrl).then((module: { configure: (options: unknown) => void }) => {
    for (const options of queued) module.configure(options);
    Object.assign(api, module);
    return module;
  });
  global.LightElements = api;
}
