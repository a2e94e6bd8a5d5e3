import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SupportedLocale } from '../../core/i18n.js';
import { Remembered } from '../../core/memo.js';
import { computeGeometry, type Geometry } from './usage-geometry.js';
import type { ChartData } from './usage-period.js';
import { visibleSet } from './usage-text.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The plot's width, followed with a ResizeObserver on `.plot-area` (the host updates when it changes), and the
 * drawing for it, kept until the data, the width, the locale or the series shown change.
 */
export class UsagePlotController implements ReactiveController {
  readonly #host: Host;
  #width = 0;
  /** The width the drawing on screen was made for (none drawn yet: `undefined`). */
  #drawnAt?: number;
  #observer?: ResizeObserver;
  #observed?: Element;
  readonly #drawing = new Remembered<Geometry>();

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width <= 0) return;
      this.#width = width;
      // Only a drawing depends on the width: the first report, while the chart is still loading, costs no render.
      if (this.#drawnAt !== undefined && width !== this.#drawnAt) this.#host.requestUpdate();
    });
    if (this.#observed) this.#observer.observe(this.#observed);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdated(): void {
    const area = this.#host.renderRoot.querySelector('.plot-area') ?? undefined;
    if (area === this.#observed) return;
    if (this.#observed) this.#observer?.unobserve(this.#observed);
    this.#observed = area;
    if (area) this.#observer?.observe(area);
  }

  /** The drawing of `data` at the plot's width: the view's own (`data.draw`) or the shared one. */
  geometry(data: ChartData, hideExport: boolean, locale: SupportedLocale): Geometry {
    // Before the resize observer has reported, measure once (the skeleton holds the same space), so the first
    // drawing is already the right width instead of being drawn twice.
    const width = this.#width || this.#host.renderRoot.querySelector('.plot-area')?.clientWidth || 600;
    const draw = data.draw ?? computeGeometry;
    // What the drawing depends on: the same set (a period shown again from the cache) is not drawn again.
    // Thousands of points are drawn one column per device pixel: sharp on a phone, no wasted work on a monitor.
    const pixelRatio = Math.min(4, Math.max(1, globalThis.devicePixelRatio || 1));
    const { set, domain } = data;
    const key = [set, data.view === 'day', domain?.[0], domain?.[1], draw, width, pixelRatio, hideExport, locale];
    this.#drawnAt = width;
    return this.#drawing.get(key, () =>
      draw(visibleSet(set, hideExport), width, locale, { dayView: data.view === 'day', domain, pixelRatio }),
    );
  }
}
