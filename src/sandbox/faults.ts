/**
 * Fault injection: make chosen requests slow, fail with a status, fail at the network level, or answer
 * unreadable JSON, per route and per call count.
 *
 * ```ts
 * sandbox.faults.add({ route: 'invoices', kind: 'status', status: 503, times: 1 });   // the next invoices call
 * sandbox.faults.add({ route: '*', kind: 'latency', delayMs: 50 });                 // every call, 50 ms late
 * sandbox.faults.add({ route: 'account', kind: 'status', status: 429, retryAfter: 1, after: 2 }); // from the 3rd
 * sandbox.faults.add({ route: '*', kind: 'status', status: 503, account: uuid });  // one account's calls only
 * ```
 */
import type { RouteName } from './context.js';

export type FaultKind = 'latency' | 'status' | 'network' | 'malformed' | 'slow';

export interface FaultSpec {
  /** A route name of the sandbox's route table (`routes.ts`), or `'*'` for every route. */
  route: RouteName | '*';
  /** Only requests with this method (any when omitted). */
  method?: string;
  /**
   * Only requests for this account (uuid): account-token requests whose token belongs to it, and app-token
   * requests naming it in the path. Any account when omitted.
   */
  account?: string;
  /** How many matching requests it affects (default: all). */
  times?: number;
  /** Matching requests to let through untouched first (default 0). */
  after?: number;
  /**
   * - `latency`: wait `delayMs` (default 300) before handling the request;
   * - `slow`: send the status and headers at once, the body after `delayMs` (default 1500);
   * - `status`: answer `status` (default 500) with the error JSON, `Retry-After` when `retryAfter` is set
   *   (429 gets `Retry-After: 1` by default);
   * - `network`: reject like an offline fetch (`TypeError: Failed to fetch`);
   * - `malformed`: answer 200 with a body that is not valid JSON.
   * Latency and slow bodies honour the request's AbortSignal.
   */
  kind: FaultKind;
  status?: number;
  /** Seconds, for `Retry-After`. */
  retryAfter?: number;
  delayMs?: number;
  /** Error message for `status` faults. */
  message?: string;
}

export interface Fault extends Readonly<FaultSpec> {
  readonly id: number;
  /** Matching requests seen so far. */
  readonly seen: number;
  /** Requests this fault changed so far. */
  readonly applied: number;
  /** Stops the fault. */
  remove(): void;
}

interface MutableFault extends FaultSpec {
  id: number;
  seen: number;
  applied: number;
  remove(): void;
}

export class FaultRegistry {
  #faults: MutableFault[] = [];
  #nextId = 1;

  /** Adds a fault; it applies to matching requests from now on, in the order faults were added. */
  add(spec: FaultSpec): Fault {
    if ((spec.times !== undefined && spec.times < 0) || (spec.after !== undefined && spec.after < 0)) {
      throw new RangeError('Fault times and after must not be negative.');
    }
    const fault: MutableFault = { ...spec, id: this.#nextId++, seen: 0, applied: 0, remove: () => this.remove(fault) };
    this.#faults.push(fault);
    return fault;
  }

  remove(fault: Fault | number): void {
    const id = typeof fault === 'number' ? fault : fault.id;
    this.#faults = this.#faults.filter((f) => f.id !== id);
  }

  clear(): void {
    this.#faults = [];
  }

  /** Faults still registered (including ones that have run out). */
  list(): readonly Fault[] {
    return [...this.#faults];
  }

  /**
   * Counts one request against every matching fault and returns the first that applies to it, if any.
   * Called once per request by the sandbox core, with the account the request is for when it names one.
   */
  take(route: RouteName, method: string, account: string | null = null): Fault | null {
    let chosen: MutableFault | null = null;
    for (const fault of this.#faults) {
      if (fault.route !== '*' && fault.route !== route) continue;
      if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) continue;
      if (fault.account !== undefined && fault.account !== account) continue;
      fault.seen++;
      const due = fault.seen > (fault.after ?? 0) && fault.applied < (fault.times ?? Infinity);
      if (due && !chosen) {
        fault.applied++;
        chosen = fault;
      }
    }
    return chosen;
  }
}
