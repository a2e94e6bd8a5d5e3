/**
 * What each library page does before it draws, as light-usage-chart does on a partner page: POST the token
 * endpoint, GET the account, GET its first location's intervals for the month, then draw. `start(draw)` runs that
 * for the bench month and exposes `window.benchShow(month)` for the warm runs, which draws another month (fetched
 * once, then from memory, as the element keeps the responses it has had). `draw(response, container)` gets the
 * parsed response and must end with `drawn(container, count)` once the series is on screen.
 */
const YEAR = 2026;
const MONTH = 10;

/** Marks the chart drawn with `count` points: the condition the bench waits for. */
export function drawn(container, count) {
  container.dataset.drawn = String(count);
}

async function getJson(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

export async function start(draw) {
  const container = document.getElementById('chart');
  const { token } = await getJson('/energy/token', { method: 'POST' });
  const headers = { Authorization: `Bearer ${token}` };
  const account = await getJson('/light-api/v1/account', { headers });
  const location = account.locations[0].uuid;
  const responses = new Map();
  const month = async (m) => {
    if (!responses.has(m)) {
      const query = `month=${m}&year=${YEAR}`;
      responses.set(
        m,
        await getJson(`/light-api/v1/account/locations/${location}/usage/intervals?${query}`, { headers }),
      );
    }
    return responses.get(m);
  };
  draw(await month(MONTH), container);
  window.benchShow = async (m) => draw(await month(m), container);
}
