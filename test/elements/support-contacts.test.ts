import { expect } from '@open-wc/testing';
import {
  contactLines,
  hasContact,
  isEmptySupportInfo,
  siteOf,
} from '../../src/elements/support-info/support-contacts.js';

const contact = (over: Partial<{ name: string; phone: string | null; email: string | null; url: string | null }>) => ({
  name: '',
  phone: null,
  email: null,
  url: null,
  ...over,
});

describe('support contacts', () => {
  it('lists phone, email and website with links for valid values', () => {
    const lines = contactLines(
      contact({ name: 'Support', phone: '1-855-555-0142', email: 'help@example.com', url: 'https://example.com/help' }),
    );
    expect(lines).to.deep.equal([
      { kind: 'phone', text: '1-855-555-0142', href: 'tel:+18555550142', label: '1-855-555-0142' },
      { kind: 'email', text: 'help@example.com', href: 'mailto:help@example.com', label: 'help@example.com' },
      { kind: 'web', text: 'https://example.com/help', href: 'https://example.com/help', label: 'example.com/help' },
    ]);
  });

  it('keeps invalid values as text without a link, and skips empty ones', () => {
    const lines = contactLines(contact({ phone: 'call us', email: '  ', url: 'javascript:alert(1)' }));
    expect(lines).to.deep.equal([
      { kind: 'phone', text: 'call us', href: null, label: 'call us' },
      { kind: 'web', text: 'javascript:alert(1)', href: null, label: 'javascript:alert(1)' },
    ]);
    expect(contactLines(contact({ url: 'data:text/html,x' }))[0].href).to.equal(null);
    expect(contactLines(contact({ url: '//evil.example.com' }))[0].href).to.equal(null);
    expect(contactLines(null)).to.deep.equal([]);
  });

  it('shows a web link as its site and path', () => {
    expect(siteOf('https://www.oncor.com/')).to.equal('oncor.com');
    expect(siteOf('https://sandbox.light.dev/support?utm=x#top')).to.equal('sandbox.light.dev/support');
    expect(siteOf('http://example.com:8080/a/b/')).to.equal('example.com:8080/a/b');
  });

  it('tells an empty answer from one with a contact', () => {
    expect(hasContact(contact({ name: '  ' }))).to.equal(false);
    expect(hasContact(contact({ name: 'Oncor' }))).to.equal(true);
    expect(hasContact(contact({ phone: '1-888-313-4747' }))).to.equal(true);
    expect(isEmptySupportInfo({ support: null, tdu: null })).to.equal(true);
    expect(isEmptySupportInfo({ support: contact({}), tdu: null })).to.equal(true);
    expect(isEmptySupportInfo({ support: null, tdu: contact({ name: 'Oncor' }) })).to.equal(false);
  });
});
