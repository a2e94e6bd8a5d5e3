import { expect } from '@open-wc/testing';
import { mailtoHref, telHref } from '../../src/elements/support-info/contact-links.js';

describe('contact links', () => {
  it('gives a tel: link only for a number written with digits and punctuation', () => {
    expect(telHref('1-888-313-4747')).to.equal('tel:+18883134747');
    expect(telHref(' (713) 207-2222 ')).to.equal('tel:+17132072222');
    expect(telHref('+1 855 555 0142')).to.equal('tel:+18555550142');
    for (const bad of [
      '1-800-FLOWERS',
      '888-313-4747 ext. 2',
      'javascript:alert(1)//8883134747',
      '<script>8883134747</script>',
      '911',
      '012-555-0142',
      '555-0142',
      '+44 20 7946 0958',
      '',
      null,
      undefined,
    ]) {
      expect(telHref(bad), String(bad)).to.equal(null);
    }
  });

  it('gives a mailto: link only for a plain address', () => {
    expect(mailtoHref('support@sandbox-energy.example')).to.equal('mailto:support@sandbox-energy.example');
    expect(mailtoHref(' first.last+tag@mail.example.com ')).to.equal('mailto:first.last+tag@mail.example.com');
    for (const bad of [
      'help@example.com?bcc=everyone@example.com',
      'help@example.com&subject=x',
      'javascript:alert(1)@example.com',
      'a@b@example.com',
      'support at acme',
      'help@localhost',
      'he lp@example.com',
      '%0Ahelp@example.com',
      `${'a'.repeat(250)}@example.com`,
      '',
      null,
    ]) {
      expect(mailtoHref(bad), String(bad)).to.equal(null);
    }
  });
});
