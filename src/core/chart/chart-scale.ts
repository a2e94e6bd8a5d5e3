/**
 * Scale and path math for the bar and step charts (usage, plan comparison), kept free of the DOM so it can be tested on its own: "nice" axis ticks
 * (1, 2 or 5 × 10ⁿ), linear scales, band layout for bars, nearest-point search, and SVG path strings that draw a
 * whole series as one `<path>` (thousands of rects or steps in a single `d`, which is what keeps a month of
 * 15-minute data inside one frame).
 */

/** The "nice" step (1, 2 or 5 × 10ⁿ) closest to `span / count` from above. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  // Rounding error guard: 0.30000000000000004 / 0.1 must still count as 3, not a hair over.
  const epsilon = 1e-9;
  const nice = fraction <= 1 + epsilon ? 1 : fraction <= 2 + epsilon ? 2 : fraction <= 5 + epsilon ? 5 : 10;
  return nice * power;
}

export interface Ticks {
  /** Axis minimum (a multiple of `step`, ≤ the data minimum). */
  min: number;
  /** Axis maximum (a multiple of `step`, ≥ the data maximum). */
  max: number;
  step: number;
  values: number[];
}

/**
 * About `count` ticks covering `[min, max]` with a nice step. An empty or flat range still gets an axis: zero to
 * one nice unit above the value, so a month of zeros draws as zeros on a real axis, not as a broken chart.
 */
export function niceTicks(min: number, max: number, count = 5): Ticks {
  let lo = Number.isFinite(min) ? min : 0;
  let hi = Number.isFinite(max) ? max : 0;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (hi === lo) {
    if (hi === 0) hi = 1;
    else if (hi > 0) lo = 0;
    else hi = 0;
  }
  const step = niceStep(hi - lo, count);
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const values: number[] = [];
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = 0, v = first; v <= last + step / 2; i++, v = first + i * step) {
    values.push(Number(v.toFixed(decimals)));
  }
  return { min: values[0], max: values[values.length - 1], step, values };
}

export interface LinearScale {
  (value: number): number;
  invert(position: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** Maps `domain` linearly onto `range` (either may run backwards, as a y axis does). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.invert = (position: number) => (k === 0 ? d0 : d0 + (position - r0) / k);
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  return scale;
}

export interface Band {
  /** Left edge of band `i`. */
  start(i: number): number;
  /** Center of band `i`. */
  center(i: number): number;
  /** Width of one band, without the gap. */
  width: number;
  /** Distance from one band's start to the next. */
  step: number;
}

/** `count` equal bands across `[x0, x1]`, with `padding` (0–1) of each step left as a gap. */
export function bandScale(count: number, x0: number, x1: number, padding = 0.2): Band {
  const n = Math.max(1, count);
  const step = (x1 - x0) / n;
  const width = step * (1 - Math.min(0.9, Math.max(0, padding)));
  const inset = (step - width) / 2;
  return {
    start: (i) => x0 + i * step + inset,
    center: (i) => x0 + i * step + step / 2,
    width,
    step,
  };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Coordinates rounded to 0.1 px: enough for a crisp chart, and short strings for thousands of points. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * `round(value)` as path text: the characters `String(round(value))` gives, written from two integers. A drawing
 * writes thousands of coordinates, and V8 turns an integer into text several times faster than a fraction.
 */
export function coord(value: number): string {
  const tenths = Math.round(value * 10);
  const size = tenths < 0 ? -tenths : tenths;
  // NaN, the infinities and huge values (never a pixel) the slow way.
  if (!(size < 2 ** 30)) return String(round(value));
  const rest = size % 10;
  const whole = (size - rest) / 10;
  return `${tenths < 0 ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
}

/** Every rect as one path: `M x y h w v h h -w Z` each. Zero-height rects are kept (a zero is a value). */
export function rectsPath(rects: readonly Rect[]): string {
  let d = '';
  for (const r of rects) {
    const w = round(r.width);
    d += `M${coord(r.x)} ${coord(r.y)}h${coord(w)}v${coord(r.height)}h${coord(-w)}Z`;
  }
  return d;
}

export interface Step {
  /** Start and end of the step on the x axis (pixels). */
  x0: number;
  x1: number;
  /** Value, or `null` where there is no data (the path breaks there). */
  value: number | null;
}

/**
 * A step line through the values: flat across each step, vertical between neighbours. `null` values break it
 * into separate runs, so a gap in the data shows as a gap, never as a line to zero.
 */
export function stepLinePath(steps: readonly Step[], y: (value: number) => number): string {
  let d = '';
  let open = false;
  let lastX = NaN;
  for (const s of steps) {
    if (s.value === null) {
      open = false;
      continue;
    }
    const py = round(y(s.value));
    const x0 = round(s.x0);
    if (!open || x0 !== lastX) d += `M${coord(x0)} ${coord(py)}`;
    else d += `V${coord(py)}`;
    lastX = round(s.x1);
    d += `H${coord(lastX)}`;
    open = true;
  }
  return d;
}

/** The same steps closed down to `baseline`: a filled area, one closed shape per run of data. */
export function stepAreaPath(steps: readonly Step[], y: (value: number) => number, baseline: number): string {
  let d = '';
  let runStart = NaN;
  let lastX = NaN;
  const base = coord(baseline);
  const close = () => {
    if (!Number.isNaN(runStart)) d += `V${base}H${coord(runStart)}Z`;
    runStart = NaN;
  };
  for (const s of steps) {
    if (s.value === null) {
      close();
      continue;
    }
    const x0 = round(s.x0);
    const py = round(y(s.value));
    if (Number.isNaN(runStart) || x0 !== lastX) {
      close();
      runStart = x0;
      d += `M${coord(x0)} ${base}V${coord(py)}`;
    } else {
      d += `V${coord(py)}`;
    }
    lastX = round(s.x1);
    d += `H${coord(lastX)}`;
  }
  close();
  return d;
}

/** Index of the value in the ascending `sorted` closest to `x`, or -1 for an empty list. */
export function nearestIndex(sorted: ArrayLike<number>, x: number): number {
  const n = sorted.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(sorted[lo - 1] - x) <= Math.abs(sorted[lo] - x)) return lo - 1;
  return lo;
}

/** Indices `0…count-1` thinned so that labels at least `minGap` pixels apart fit in `width`. */
export function thinLabels(count: number, width: number, minGap: number): number[] {
  if (count <= 0) return [];
  const every = Math.max(1, Math.ceil((count * minGap) / Math.max(1, width)));
  const picked: number[] = [];
  for (let i = 0; i < count; i += every) picked.push(i);
  return picked;
}
