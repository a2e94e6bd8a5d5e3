/**
 * Min/max decimation: thousands of points drawn in a few hundred pixels keep, for each pixel column, only the
 * lowest and the highest value that fall in it, in the order they occur. Whatever is drawn between them is
 * hidden inside that column anyway, so the drawing looks the same and every peak (and trough) survives, at no
 * more than two points per column. Pure: numbers in, numbers out.
 */
import { coord } from '../../core/chart/chart-scale.js';
import type { Geometry, SeriesDrawing } from './usage-geometry.js';
import { oncePer, type SeriesKey, type UsagePoint } from './usage-series.js';

/** The points to draw: `x[i]`, `value[i]` for `i < length`; a `NaN` value marks a gap (the line breaks there). */
export interface Decimated {
  x: Float64Array;
  value: Float64Array;
  length: number;
}

/**
 * Decimates the points (`positions[i]`, `values[i]`, positions ascending) over the pixel span `[left, right]`,
 * one column per pixel (or `columns` of them). Points with a missing or non-finite value or position are left
 * out, and the line breaks where they were (a gap in the data stays a gap); positions outside the span fall in
 * its first or last column. Each column's points sit at the column's middle.
 */
export function decimateMinMax(
  positions: ArrayLike<number>,
  values: ArrayLike<number | null | undefined>,
  left: number,
  right: number,
  columns = Math.ceil(right - left),
): Decimated {
  const count = Number.isFinite(columns) && columns >= 1 ? Math.min(Math.floor(columns), 1 << 16) : 0;
  const span = right - left;
  if (count === 0 || !(span > 0) || !Number.isFinite(span))
    return { x: new Float64Array(0), value: new Float64Array(0), length: 0 };
  const min = new Float64Array(count).fill(Infinity);
  const max = new Float64Array(count).fill(-Infinity);
  const minAt = new Int32Array(count).fill(-1);
  const maxAt = new Int32Array(count).fill(-1);
  /** 1 where a point without a value came before the column's first point: the line breaks there. */
  const breakBefore = new Uint8Array(count);
  let missing = false;
  const n = Math.min(positions.length, values.length);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const p = positions[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || !Number.isFinite(p)) {
      missing = true;
      continue;
    }
    const c = Math.max(0, Math.min(count - 1, Math.floor(((p - left) / span) * count)));
    if (missing && minAt[c] < 0) breakBefore[c] = 1;
    missing = false;
    if (v < min[c]) {
      min[c] = v;
      minAt[c] = i;
    }
    if (v > max[c]) {
      max[c] = v;
      maxAt[c] = i;
    }
  }
  const x = new Float64Array(count * 3);
  const value = new Float64Array(count * 3);
  let length = 0;
  const width = span / count;
  for (let c = 0; c < count; c++) {
    if (minAt[c] < 0) continue;
    const middle = left + (c + 0.5) * width;
    if (breakBefore[c] && length > 0) {
      x[length] = middle;
      value[length++] = NaN;
    }
    const first = minAt[c] <= maxAt[c] ? min[c] : max[c];
    const second = minAt[c] <= maxAt[c] ? max[c] : min[c];
    x[length] = middle;
    value[length++] = first;
    if (second !== first) {
      x[length] = middle;
      value[length++] = second;
    }
  }
  return { x: x.subarray(0, length), value: value.subarray(0, length), length };
}

/**
 * The decimated points as SVG path data: a line through them, broken at gaps; with `baseline`, each run closed
 * down to it as a filled area.
 */
export function decimatedPath(points: Decimated, y: (value: number) => number, baseline?: number): string {
  let d = '';
  let open = false;
  // The column's x as text, written once for its two points.
  let lastX = NaN;
  let x = '';
  const base = baseline === undefined ? '' : coord(baseline);
  const close = () => {
    if (open && base) d += `L${x} ${base}Z`;
    open = false;
  };
  for (let i = 0; i < points.length; i++) {
    const v = points.value[i];
    if (v !== v) {
      close();
      continue;
    }
    if (points.x[i] !== lastX) {
      lastX = points.x[i];
      x = coord(lastX);
    }
    const py = coord(y(v));
    if (!open) {
      open = true;
      d += base ? `M${x} ${base}L${x} ${py}` : `M${x} ${py}`;
    } else d += `L${x} ${py}`;
  }
  close();
  return d;
}

/**
 * Every series of the drawing's points as one path, decimated to its lowest and highest value in each of
 * `columns` columns of `[left, right]` (one per device pixel): about two points a column, every peak kept.
 * Consumption is a filled area down to `baseline`, the others lines; a `null` value breaks the path. Writes each
 * point's middle into `centers` (for the pointer and the keyboard, which still reach every point); `count` is the
 * points with a value.
 */
export function columnPaths(
  { points, keys, x, y, baseline, centers }: SeriesDrawing,
  [left, right]: readonly [number, number],
  columns: number,
): Geometry['series'] {
  for (let i = 0; i < points.length; i++) centers[i] = (x(points[i].start) + x(points[i].end)) / 2;
  return keys.map((key) => {
    const { values, count } = seriesValues(points, key);
    const decimated = decimateMinMax(centers, values, left, right, columns);
    const d = decimatedPath(decimated, y, key === 'consumption' ? baseline : undefined);
    return { key, d, count, decimated: true };
  });
}

const valuesOf = oncePer(
  (_points: readonly UsagePoint[]) => new Map<SeriesKey, { values: Float64Array; count: number }>(),
);

/** A series' values as numbers (`NaN` for none) and how many there are; read once per list of points. */
function seriesValues(points: readonly UsagePoint[], key: SeriesKey): { values: Float64Array; count: number } {
  const byKey = valuesOf(points);
  let found = byKey.get(key);
  if (!found) {
    const values = new Float64Array(points.length);
    let count = 0;
    for (let i = 0; i < points.length; i++) {
      const value = points[i][key];
      values[i] = value === null ? NaN : value;
      if (value !== null) count++;
    }
    byKey.set(key, (found = { values, count }));
  }
  return found;
}
