import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getAllDocuments, getDocuments } from '../../api/endpoints.js';
import { orNone } from '../../api/errors.js';
import type { Account, IsoDate, Location, LocationDocument, LocationDocuments } from '../../api/types.js';
import { AccountController } from '../../core/account-controller.js';
import { formatDate } from '../../core/format.js';
import { LightDataElement } from '../../core/light-element.js';
import { renderEmptyState, renderSkeleton, renderTaskError } from '../../core/templates.js';
import { resolveLocation } from '../../core/location.js';
import { safeHttpUrl } from '../../core/url.js';
import {
  activeDocuments,
  groupDocuments,
  isPdfUrl,
  knownKind,
  type DocumentGroup,
  type DocumentSet,
} from './document-groups.js';
import { documentsMsg as msg } from './light-documents.messages.js';
import { documentsStyles } from './light-documents.styles.js';

export type DocumentsView = 'current' | 'all';

const VIEWS: readonly DocumentsView[] = ['current', 'all'];

/**
 * The customer's plan documents for a service location: the Electricity Facts Label, Terms of Service and Your
 * Rights as a Customer of the plan in force, with the contract's start and end dates; and, in a second tab, every
 * document set — upcoming (such as a renewal that starts later), current and past — labelled with its plan and
 * dates. Links open in a new tab and say which document they are; a document whose address is not a web link
 * is listed without a link.
 *
 * @tag light-documents
 * @summary Active and historical plan documents (EFL, TOS, YRAC) for a service location.
 *
 * @fires light-error - When documents cannot be loaded or the element is not configured.
 *
 * @csspart base - The element's box.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart panel - Each tab panel.
 * @csspart contract - The contract's plan and dates.
 * @csspart list - A list of documents.
 * @csspart link - A document link.
 * @csspart group - A group of the all-documents view (upcoming, current, past).
 * @csspart set - One contract's documents in a group.
 * @csspart empty - The empty state.
 * @csspart error - The error box.
 * @csspart button - Buttons (retry).
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --light-color-primary - Links and the selected tab.
 * @cssprop --light-color-divider - Separators.
 */
export class LightDocuments extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), documentsStyles];

  /** The service location whose documents to show. Unset: the account's first location. */
  @property({ attribute: 'location-uuid' }) locationUuid?: string;

  /** The tab shown: `current` (the documents in force) or `all` (past, current and upcoming). */
  @property({ reflect: true }) view: DocumentsView = 'current';

  /** Set once the all-documents view has been shown, so it loads only when wanted. */
  @state() private allWanted = false;
  @state() private announcement = '';

  readonly #account = new AccountController(this, () => this.client);

  readonly #current = new Task(this, {
    task: async ([client, locationUuid], { signal }): Promise<LocationDocuments | null | typeof initialState> => {
      if (!client || !locationUuid) return initialState;
      return orNone(getDocuments(client, locationUuid, { signal }), null);
    },
    args: () => [this.client, this.#location()?.uuid] as const,
    onComplete: (documents) => {
      if (this.#currentView() !== 'current') return;
      const count = documents ? activeDocuments(documents).length : 0;
      this.announcement = count
        ? msg(this.resolvedLocale, 'loadedCurrent', { count })
        : msg(this.resolvedLocale, 'emptyTitle');
    },
  });

  readonly #all = new Task(this, {
    task: async ([client, locationUuid, wanted], { signal }): Promise<LocationDocument[] | typeof initialState> => {
      if (!client || !locationUuid || !wanted) return initialState;
      return orNone(getAllDocuments(client, locationUuid, { signal }), []);
    },
    args: () => [this.client, this.#location()?.uuid, this.allWanted] as const,
    onComplete: (documents) => {
      if (this.#currentView() !== 'all') return;
      const groups = groupDocuments(documents as LocationDocument[]).length;
      const count = (documents as LocationDocument[]).length;
      this.announcement = count
        ? msg(this.resolvedLocale, 'loadedAll', { count, groups })
        : msg(this.resolvedLocale, 'emptyTitle');
    },
  });

  protected override get watchedTasks() {
    return [this.#account.task, this.#current, this.#all];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#currentView() === 'all' && !this.allWanted) this.allWanted = true;
  }

  #currentView(): DocumentsView {
    return VIEWS.includes(this.view) ? this.view : 'current';
  }

  #location(account: Account | undefined = this.#account.value): Location | null {
    return resolveLocation(account, this.locationUuid);
  }

  // Rendering ----------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<section class="documents surface" part="base" aria-labelledby="title">
      <h2 id="title">${msg(locale, 'title')}</h2>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.#renderBody()}
    </section>`;
  }

  #renderBody(): unknown {
    const locale = this.resolvedLocale;
    const accountTask = this.#account.task;
    const account = this.#account.value;
    if (!account) {
      if (accountTask.status === TaskStatus.ERROR) {
        return renderTaskError(accountTask, locale);
      }
      return renderSkeleton(locale, 3);
    }
    const location = this.#location(account);
    if (!location) return renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyNoLocation'));
    const view = this.#currentView();
    return html`<div
        class="tabs"
        role="tablist"
        aria-label=${msg(locale, 'tabsLabel')}
        part="tabs"
        @keydown=${this.#onTabKey}
      >
        ${VIEWS.map(
          (v) =>
            html`<button
              type="button"
              role="tab"
              class="tab"
              part="tab"
              id="tab-${v}"
              aria-selected=${v === view ? 'true' : 'false'}
              aria-controls="panel-${v}"
              tabindex=${v === view ? '0' : '-1'}
              @click=${() => this.#show(v)}
            >
              ${msg(locale, v === 'current' ? 'currentTab' : 'allTab')}
            </button>`,
        )}
      </div>
      ${VIEWS.map(
        (v) =>
          html`<div
            class="panel"
            role="tabpanel"
            id="panel-${v}"
            aria-labelledby="tab-${v}"
            tabindex="0"
            part="panel"
            ?hidden=${v !== view}
          >
            ${v !== view ? nothing : v === 'current' ? this.#renderCurrent(location) : this.#renderAll()}
          </div>`,
      )}`;
  }

  #renderCurrent(location: Location): unknown {
    const locale = this.resolvedLocale;
    const task = this.#current;
    if (task.status === TaskStatus.ERROR) {
      return renderTaskError(task, locale);
    }
    if (task.status !== TaskStatus.COMPLETE) return renderSkeleton(locale, 3);
    const documents = task.value;
    const list = documents ? activeDocuments(documents) : [];
    const start = documents?.contract_start ?? null;
    const end = documents?.contract_end ?? null;
    if (!documents || (!list.length && !formatDate(start) && !formatDate(end))) {
      return renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyNoDocuments'));
    }
    const planName = location.plan_name;
    const period = this.#period(start, end);
    return html`<dl class="contract" part="contract">
        ${
          planName
            ? html`<div>
                <dt>${msg(locale, 'plan')}</dt>
                <dd>${planName}</dd>
              </div>`
            : nothing
        }
        ${
          period
            ? html`<div>
                <dt>${msg(locale, 'contract')}</dt>
                <dd>${period}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        list.length
          ? html`<ul class="doc-list" part="list" aria-label=${msg(locale, 'currentList')}>
              ${list.map((d) => this.#renderDocument(d.kind, null, d.url, planName || msg(locale, 'yourPlan')))}
            </ul>`
          : nothing
      }`;
  }

  #renderAll(): unknown {
    const locale = this.resolvedLocale;
    const task = this.#all;
    if (task.status === TaskStatus.ERROR) {
      return renderTaskError(task, locale);
    }
    if (task.status !== TaskStatus.COMPLETE || !task.value) return renderSkeleton(locale, 5);
    const groups = groupDocuments(task.value);
    if (!groups.length) return renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyNoDocuments'));
    return groups.map((group) => this.#renderGroup(group));
  }

  #renderGroup(group: DocumentGroup): TemplateResult {
    const locale = this.resolvedLocale;
    const id = `group-${group.state}`;
    return html`<section class="group group-${group.state}" part="group" aria-labelledby=${id}>
      <h3 id=${id}>${msg(locale, group.state)}</h3>
      ${group.state === 'queued' ? html`<p class="muted hint">${msg(locale, 'queuedHint')}</p>` : nothing}
      ${group.sets.map((set, i) => this.#renderSet(set, `${id}-${i}`))}
    </section>`;
  }

  #renderSet(set: DocumentSet, id: string): TemplateResult {
    const locale = this.resolvedLocale;
    const planName = set.planName || msg(locale, 'unnamedPlan');
    const period = this.#period(set.startDate, set.endDate);
    const which = period ? `${planName}, ${period}` : planName;
    return html`<div class="set" part="set" role="group" aria-labelledby=${id}>
      <h4 id=${id}>${planName}${period ? html` <span class="period muted">${period}</span>` : nothing}</h4>
      <ul class="doc-list" part="list">
        ${set.documents.map((doc) => this.#renderDocument(doc.kind, doc.name, doc.url, which))}
      </ul>
    </div>`;
  }

  /** One document: a link that says which document it is, or its name and a note when the URL is not http(s). */
  #renderDocument(kind: string, name: string | null, rawUrl: string | null, which: string): TemplateResult {
    const locale = this.resolvedLocale;
    const known = knownKind(kind);
    const label = known ? msg(locale, known) : name || msg(locale, 'document');
    const url = safeHttpUrl(rawUrl);
    if (!url) {
      return html`<li class="doc no-link">
        <span class="doc-name">${label}</span>
        <span class="note muted">${msg(locale, 'noLink')}</span>
      </li>`;
    }
    const details = [isPdfUrl(url) ? msg(locale, 'pdf') : '', msg(locale, 'opensInNewTab')].filter(Boolean).join(', ');
    return html`<li class="doc">
      <a href=${url} target="_blank" rel="noopener noreferrer" part="link"
        >${label}<span class="visually-hidden">, ${which} (${details})</span
        ><span class="arrow" aria-hidden="true">&nbsp;↗</span></a
      >
    </li>`;
  }

  #period(start: IsoDate | null, end: IsoDate | null): string {
    const locale = this.resolvedLocale;
    const from = formatDate(start, locale);
    const to = formatDate(end, locale);
    if (from && to) return msg(locale, 'period', { from, to });
    if (from) return msg(locale, 'from', { date: from });
    if (to) return msg(locale, 'until', { date: to });
    return '';
  }

  // Behaviour ----------------------------------------------------------------------------------------------------

  #show(view: DocumentsView): void {
    if (view === this.view) return;
    this.view = view;
    // A view that still has to load is announced when it arrives; clear the previous view's message meanwhile.
    const loaded =
      view === 'all' ? this.#all.status === TaskStatus.COMPLETE : this.#current.status === TaskStatus.COMPLETE;
    if (!loaded) this.announcement = '';
  }

  /** Arrow keys, Home and End move between tabs and show the focused one (the ARIA tabs pattern). */
  #onTabKey(event: KeyboardEvent): void {
    const index = VIEWS.indexOf(this.#currentView());
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % VIEWS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + VIEWS.length) % VIEWS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? VIEWS.length - 1
              : -1;
    if (next === -1) return;
    event.preventDefault();
    this.#show(VIEWS[next]);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${VIEWS[next]}`)?.focus());
  }
}
