/**
 * Where a flow stands and what follows from it, as pure functions: which link to load first, what each problem
 * reports and whether it can be retried, why the flow closed, and whether Escape closes the modal.
 */
import { LightApiError, type LightErrorCode } from '../../api/errors.js';
import { isUsableUntil, linkDeadline } from './flow-link.js';

/**
 * Why a flow closed: `flow` the flow itself asked to (the customer finished or left it), `user` the customer closed
 * it here (close button, Escape) or the page called `close()`, `expired` its link had expired, `error` it could not
 * be shown (refused link, failed provider, load timeout).
 */
export type FlowCloseReason = 'flow' | 'user' | 'expired' | 'error';

/** What stopped a flow from showing. */
export type FlowProblem =
  | 'expired'
  | 'refused'
  | 'provider'
  | 'provider-signed-out'
  | 'provider-offline'
  | 'provider-timeout'
  | 'timeout'
  | 'missing';

/** Where a flow stands: not running, getting a link, loading or showing it, or stopped by a problem. */
export type FlowState =
  | { status: 'idle' }
  | { status: 'fetching' }
  | { status: 'loading' | 'ready'; link: URL }
  | { status: 'error'; problem: FlowProblem; link?: URL };

export const IDLE: FlowState = { status: 'idle' };

/** The `light-error` each problem reports: a code and a sentence for the partner's logs (never the link). */
const PROBLEM_ERRORS: Record<FlowProblem, [LightErrorCode, string]> = {
  expired: ['auth', 'The flow login link has expired.'],
  refused: ['config', 'The flow login link was refused: only https links (http on localhost) may be framed.'],
  provider: ['auth', 'The flow provider failed or did not return { login_link, expires_at }.'],
  'provider-signed-out': ['auth', "The partner's backend answered 401: the customer is not signed in there."],
  'provider-offline': ['network', 'The flow provider could not reach the network.'],
  'provider-timeout': ['timeout', 'The flow provider did not answer within provider-timeout.'],
  timeout: ['timeout', 'The flow did not finish loading within load-timeout.'],
  missing: ['config', 'No flow link: set src, or a flowProvider.'],
};

/** The error a problem reports (`light-error`): its code and a sentence that never carries the link. */
export function problemError(problem: FlowProblem, retryable: boolean, cause?: unknown): LightApiError {
  const [code, message] = PROBLEM_ERRORS[problem];
  return new LightApiError(code, message, { retryable, cause });
}

/** Where the flow's link can come from. */
export interface LinkSources {
  /** A `flowProvider` is set. */
  provider: boolean;
  /** A `src` is set. */
  src: boolean;
}

/**
 * Whether a retry could help: after a load timeout, with any link to try again; after a problem that needs a new
 * link (expired, provider failed or slow), only with a provider to ask for one.
 */
export function canRetry(problem: FlowProblem, sources: LinkSources): boolean {
  if (problem === 'timeout') return sources.provider || sources.src;
  const needsNewLink =
    problem === 'provider' || problem === 'provider-offline' || problem === 'provider-timeout' || problem === 'expired';
  return needsNewLink && sources.provider;
}

/**
 * What a failed provider call means: the browser is offline or the request never reached a server (`fetch`
 * rejects with a `TypeError`, the API client with a `network` error), the partner's backend answered 401 (the
 * customer's session there has ended: only signing in again helps), or the provider failed otherwise.
 */
export function providerProblem(
  error: unknown,
  online: boolean,
): 'provider' | 'provider-signed-out' | 'provider-offline' {
  const lostConnection =
    !online || error instanceof TypeError || (error instanceof LightApiError && error.code === 'network');
  if (lostConnection) return 'provider-offline';
  return error instanceof LightApiError && error.status === 401 ? 'provider-signed-out' : 'provider';
}

/** What a run does first. */
export type StartPlan = 'src' | 'provider' | 'expired' | 'missing';

/**
 * How a run gets its link: a `src` still fresh (measured from `srcReceivedAt`) unless `fresh` asks for a new
 * link and a provider can give one; else the provider; else the `src` has expired, or there is no link at all.
 */
export function startPlan(options: {
  src: string | undefined;
  expiresAt: string | undefined;
  srcReceivedAt: number;
  provider: boolean;
  fresh: boolean;
  now: number;
}): StartPlan {
  const { src, provider } = options;
  const srcUsable =
    src &&
    isUsableUntil(linkDeadline(options.expiresAt, { receivedAt: options.srcReceivedAt, fresh: false }), options.now);
  if (srcUsable && !(options.fresh && provider)) return 'src';
  if (provider) return 'provider';
  return src ? 'expired' : 'missing';
}

/** Why a flow closes when nothing more specific said so: `user`, or its problem's reason if it failed. */
export function closeReason(flow: FlowState): FlowCloseReason {
  if (flow.status !== 'error') return 'user';
  return flow.problem === 'expired' ? 'expired' : 'error';
}

/**
 * Whether Escape closes the modal: with `close-on-escape`, or whenever the flow itself is not showing (it is
 * still loading, or could not be shown), so that Escape is a way out too.
 */
export function escapeCloses(closeOnEscape: boolean, flow: FlowState): boolean {
  return closeOnEscape || flow.status !== 'ready';
}
