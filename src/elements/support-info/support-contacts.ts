/**
 * A support contact as the lines the element shows: each value from the API as text, with a link only when the
 * value is one (a dialable phone number, a plain email address, an http(s) web address).
 */
import type { SupportContact, SupportInfo } from '../../api/types.js';
import { mailtoHref, telHref } from './contact-links.js';
import { safeHttpUrl } from '../../core/url.js';

export type ContactKind = 'phone' | 'email' | 'web';

export interface ContactLine {
  kind: ContactKind;
  /** The API's value, trimmed, shown as text. */
  text: string;
  /** The link for it, or `null` when the value is not a valid phone number, email address or web link. */
  href: string | null;
  /** What the line shows: `text`, but a web link as its site and path (`oncor.com/outages`). */
  label: string;
}

const LINKS: Record<ContactKind, (value: string) => string | null> = {
  phone: telHref,
  email: mailtoHref,
  web: safeHttpUrl,
};

/** The phone, email and web lines of a contact, in that order, skipping the empty ones. */
export function contactLines(contact: SupportContact | null): ContactLine[] {
  if (!contact) return [];
  const values: Array<[ContactKind, string | null]> = [
    ['phone', contact.phone],
    ['email', contact.email],
    ['web', contact.url],
  ];
  return values.flatMap(([kind, value]) => {
    const text = value?.trim();
    if (!text) return [];
    const href = LINKS[kind](text);
    return [{ kind, text, href, label: kind === 'web' && href ? siteOf(href) : text }];
  });
}

/** A web address as a customer reads it: no scheme, no `www.`, no query; the path when there is one. */
export function siteOf(href: string): string {
  const url = new URL(href);
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.host.replace(/^www\./, '')}${path}`;
}

/** Whether a contact has anything to show: a name or a way to reach it. */
export function hasContact(contact: SupportContact | null): contact is SupportContact {
  return Boolean(contact && (contact.name.trim() || contactLines(contact).length));
}

/** Whether support info holds no contact at all (the element's empty state). */
export function isEmptySupportInfo(info: SupportInfo): boolean {
  return !hasContact(info.support) && !hasContact(info.tdu);
}
