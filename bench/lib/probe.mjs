/**
 * What the bench measures inside a page. A condition names a DOM state: `path` is a list of selectors, each
 * looked up in the shadow root (or, without one, the children) of the previous match; with `count`, the last
 * selector must match exactly that many elements. "Painted" is the animation frame after the first frame at which
 * the condition holds (checked only in animation-frame callbacks, so a chart drawn synchronously and one drawn
 * in a microtask are timed alike): the frame that showed the change has been produced by then.
 */

/** Init script: from the start of the page, watches for `condition` and keeps when it painted. */
export function installProbe(condition) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const holds = ({ path, count }) => {
    let scope = document;
    for (const selector of path.slice(0, -1)) {
      const found = scope.querySelector(selector);
      if (!found) return false;
      scope = found.shadowRoot ?? found;
    }
    const last = path[path.length - 1];
    return count === undefined ? !!scope.querySelector(last) : scope.querySelectorAll(last).length === count;
  };
  const whenPainted = async (wanted) => {
    do await frame();
    while (!holds(wanted));
    await frame();
    return performance.now();
  };
  window.__bench = { whenPainted, painted: whenPainted(condition) };
}

/** Resource timing of the page: name (path and query) and responseEnd, ms from navigation start. */
export function resources() {
  return performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return { path: url.pathname + url.search, end: entry.responseEnd };
  });
}

/** responseEnd of the first resource whose path matches `pattern` (null when none did). */
export function responseEnd(entries, pattern) {
  return entries.find((entry) => pattern.test(entry.path))?.end ?? null;
}

/** responseEnd of the last script the page loaded. */
export function lastScript(entries) {
  return Math.max(...entries.filter((entry) => /\.js($|\?)/.test(entry.path)).map((entry) => entry.end));
}
