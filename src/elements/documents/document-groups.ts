/**
 * The documents of a location, arranged for display: the active set (`documents`), and every set from
 * `all-documents` grouped as upcoming (queued, e.g. after a renewal), current and past, each set labelled with its
 * plan and dates. Pure: no DOM, no requests.
 */
import type { IsoDate, LocationDocument, LocationDocuments } from '../../api/types.js';

export type DocumentState = 'queued' | 'active' | 'past' | 'other';

/** Order of the groups on screen: what comes next, what applies now, then history. */
export const STATE_ORDER: readonly DocumentState[] = ['queued', 'active', 'past', 'other'];

/** The documents the docs name, in the order a customer expects them. */
export const KNOWN_KINDS = ['efl', 'tos', 'yrac'] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];

const STATE_ALIASES: Record<string, DocumentState> = {
  queued: 'queued',
  future: 'queued',
  upcoming: 'queued',
  scheduled: 'queued',
  pending: 'queued',
  active: 'active',
  current: 'active',
  past: 'past',
  expired: 'past',
  historical: 'past',
  inactive: 'past',
  ended: 'past',
};

/** The API's `state`, read tolerantly (unknown values land in `other` rather than being dropped). */
export function documentState(state: string | null | undefined): DocumentState {
  return STATE_ALIASES[(state ?? '').trim().toLowerCase()] ?? 'other';
}

/** `efl`, `tos`, `yrac`, or `null` for another kind of document. */
export function knownKind(kind: string | null | undefined): KnownKind | null {
  const value = (kind ?? '').trim().toLowerCase();
  return (KNOWN_KINDS as readonly string[]).includes(value) ? (value as KnownKind) : null;
}

/** One contract's documents: same plan, same dates. */
export interface DocumentSet {
  planName: string | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  documents: LocationDocument[];
}

export interface DocumentGroup {
  state: DocumentState;
  sets: DocumentSet[];
}

function kindRank(doc: LocationDocument): number {
  const kind = knownKind(doc.kind);
  return kind ? KNOWN_KINDS.indexOf(kind) : KNOWN_KINDS.length;
}

/** Compares ISO dates, missing ones last. */
function byDate(a: IsoDate | null, b: IsoDate | null, direction: 1 | -1): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -direction : direction;
}

/**
 * Groups `all-documents` by state, then by contract. Upcoming sets come soonest first, past sets newest first;
 * inside a set the EFL, TOS and YRAC come first, other documents after them in the API's order.
 * Empty groups are left out.
 */
export function groupDocuments(documents: readonly LocationDocument[]): DocumentGroup[] {
  const groups = new Map<DocumentState, Map<string, DocumentSet>>();
  for (const doc of documents) {
    const state = documentState(doc.state);
    let sets = groups.get(state);
    if (!sets) groups.set(state, (sets = new Map()));
    const key = JSON.stringify([doc.plan_name, doc.start_date, doc.end_date]);
    let set = sets.get(key);
    if (!set) {
      set = { planName: doc.plan_name, startDate: doc.start_date, endDate: doc.end_date, documents: [] };
      sets.set(key, set);
    }
    set.documents.push(doc);
  }
  return STATE_ORDER.filter((state) => groups.has(state)).map((state) => {
    const sets = [...groups.get(state)!.values()];
    if (state === 'queued') sets.sort((a, b) => byDate(a.startDate, b.startDate, 1));
    if (state === 'past') sets.sort((a, b) => byDate(a.startDate, b.startDate, -1));
    // Array.prototype.sort is stable: documents of the same rank keep the API's order.
    for (const set of sets) set.documents.sort((a, b) => kindRank(a) - kindRank(b));
    return { state, sets };
  });
}

/** The active documents as a list (only the ones the API gave a value for). */
export function activeDocuments(documents: LocationDocuments): Array<{ kind: KnownKind; url: string }> {
  return KNOWN_KINDS.flatMap((kind) => {
    const url = documents[kind];
    return url ? [{ kind, url }] : [];
  });
}

/** Whether a (safe) URL points at a PDF file, so its link can say so. */
export function isPdfUrl(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}
