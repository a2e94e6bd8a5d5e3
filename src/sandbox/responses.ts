/**
 * How the sandbox answers: JSON bodies, and one error shape for every failure, `{ "error": "A sentence a person
 * can read." }`. The docs give an error only as its message (finalize's 422 "Cannot finalize enrollment"), and
 * Light's example app reads `body.error` as that string (`app/services/api.ts`), so nothing else is sent: a client
 * must branch on the HTTP status, never on a code in the body.
 */
import { record, type Json } from '../api/parse.js';

/** A failure a handler throws; the router turns it into an error response. */
export class SandboxError extends Error {
  override readonly name = 'SandboxError';
  readonly status: number;
  /** What kind of failure, for the sandbox's own use: it is not sent (the body holds the message only). */
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** 400: the request could not be read at all (not JSON, wrong content type). */
export const badRequest = (message: string) => new SandboxError(400, 'bad_request', message);
/** 422: the request was read but a value breaks a rule. */
export const invalid = (message: string) => new SandboxError(422, 'validation_error', message);
export const notFound = (message: string) => new SandboxError(404, 'not_found', message);
export const unauthorized = (message: string) => new SandboxError(401, 'unauthorized', message);

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** An error answer in the documented form, `{ "error": message }`. */
export function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error: message }, status, headers);
}

/** The request's JSON object body; an empty body reads as `{}`. */
export async function readJsonBody(request: Request): Promise<Json> {
  const text = await request.text();
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('The request body must be a JSON object.');
  }
  return record(value);
}

/**
 * An optional integer query parameter within [min, max]; a present but wrong value is a 422 that names it.
 */
export function intParam(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${name} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** A plausible email address (something@domain.tld). */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** A non-empty trimmed string field, or a 422 naming it. */
export function requiredText(body: Json, name: string, what = name): string {
  const value = body[name];
  if (typeof value !== 'string' || !value.trim()) throw invalid(`${what} is required.`);
  return value.trim();
}

/**
 * One page of `items` in the API's list shape, read from `limit` / `offset` query parameters.
 * `next_page_url` repeats the request's URL with the next offset.
 */
export function paginate<T>(items: readonly T[], url: URL, defaultLimit: number, maxLimit = 100) {
  const limit = intParam(url.searchParams, 'limit', 1, maxLimit) ?? defaultLimit;
  const offset = intParam(url.searchParams, 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0;
  const has_more = offset + limit < items.length;
  const next = new URL(url.pathname, url.origin);
  next.search = new URLSearchParams({ limit: String(limit), offset: String(offset + limit) }).toString();
  return {
    data: items.slice(offset, offset + limit),
    has_more,
    limit,
    offset,
    next_page_url: has_more ? next.toString() : null,
  };
}
