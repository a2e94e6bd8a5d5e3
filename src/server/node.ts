/**
 * Node `http` and Express adapter: `(req, res)` → a Fetch `Request` → the handler → back onto `res`. Structural
 * types only, so it needs neither `@types/node` nor Express.
 */

/** The parts of Node's `IncomingMessage` (or Express's `req`) the adapter reads. */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string;
  url?: string;
  /** Express keeps the path before mounting here (`app.use('/energy', …)` strips it from `url`). */
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  /** A body a middleware already read: a Buffer/string (`express.raw`/`text`) or an object (`express.json`). */
  body?: unknown;
  /** A `net.Socket`, or a `tls.TLSSocket` (`encrypted: true`) behind https. Typed loosely: a `Socket` has no
   * `encrypted`, and a weak type would refuse Node's own `IncomingMessage`. */
  socket?: object;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string | string[]): unknown;
  end(body?: Uint8Array | string): unknown;
}

/** A Node/Express handler; `next` (Express) receives errors the adapter could not answer. */
export type NodeHandler = (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void) => void;

async function readStream(req: NodeRequestLike): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
  const body = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

async function bodyOf(req: NodeRequestLike): Promise<Uint8Array | string | undefined> {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return undefined;
  if (req.body instanceof Uint8Array || typeof req.body === 'string') return req.body;
  if (req.body !== undefined && req.body !== null && typeof req.body === 'object') {
    // An earlier JSON parser consumed the stream; an empty object from it may mean "no body".
    return JSON.stringify(req.body);
  }
  return readStream(req);
}

/**
 * Builds the Fetch `Request` for a Node request.
 * @param req the Node or Express request
 * @returns the Request
 */
export async function toFetchRequest(req: NodeRequestLike): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const host = headers.get('host') ?? 'localhost';
  const protocol = (req.socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http';
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${protocol}://${host}`);
  const body = await bodyOf(req);
  return new Request(url, {
    method: req.method ?? 'GET',
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : new Uint8Array(body),
  });
}

/**
 * Writes a Fetch `Response` onto a Node response.
 * @param response the Response
 * @param res the Node or Express response
 */
export async function writeFetchResponse(response: Response, res: NodeResponseLike): Promise<void> {
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.end(new Uint8Array(await response.arrayBuffer()));
}

/**
 * Adapts a Fetch handler (`createLightBackend(…)`) to Node's `http.createServer` and to Express:
 * `app.use('/energy', toNodeHandler(backend))` or `http.createServer(toNodeHandler(backend))`.
 * @param handler the Fetch handler
 * @returns a `(req, res, next?)` handler
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  return (req, res, next) => {
    toFetchRequest(req)
      .then(handler)
      .then((response) => writeFetchResponse(response, res))
      .catch((error: unknown) => {
        if (next) return next(error);
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ error: 'Internal error' }));
      });
  };
}

/** The same adapter under the name Express users look for. */
export const toExpressHandler = toNodeHandler;
