import { expect } from '@open-wc/testing';
import type { Plan } from '../../src/api/types.js';
import {
  documentAbbreviation,
  isStartAllowed,
  linkedDocuments,
  PLAN_DOCUMENT_KEYS,
  planDocuments,
  serviceStartDate,
  startWindow,
  type StartWindow,
} from '../../src/core/plan-terms.js';

const plan = (overrides: Partial<Plan>): Plan =>
  ({ uuid: 'p', name: 'Plan', earliest_start_date: null, latest_start_date: null, ...overrides }) as Plan;

const windowOf = (earliest: string | null, latest: string | null): StartWindow =>
  startWindow({ earliest_start_date: earliest, latest_start_date: latest });

const docs = (efl: string | null, tos: string | null = null, yrac: string | null = null) =>
  planDocuments({ efl_url: efl, tos_url: tos, yrac_url: yrac });

describe('plan terms', () => {
  describe('startWindow', () => {
    // Moved from renewal-eligibility.test.ts with the rule.
    it('reads the start window: one day is fixed, a wider one is a range', () => {
      expect(startWindow(plan({ earliest_start_date: '2026-03-01', latest_start_date: '2026-03-01' }))).to.deep.equal({
        earliest: '2026-03-01',
        latest: '2026-03-01',
        fixed: true,
      });
      expect(startWindow(plan({ earliest_start_date: '2026-03-01', latest_start_date: '2026-03-15' }))).to.deep.equal({
        earliest: '2026-03-01',
        latest: '2026-03-15',
        fixed: false,
      });
      expect(startWindow(plan({ earliest_start_date: '2026-03-01', latest_start_date: null }))).to.deep.equal({
        earliest: '2026-03-01',
        latest: '2026-03-01',
        fixed: true,
      });
      expect(startWindow(plan({ earliest_start_date: 'garbage', latest_start_date: '2026-03-15' }))).to.deep.equal({
        earliest: null,
        latest: null,
        fixed: true,
      });
    });

    it('is a range only when both ends are real dates and the last is after the first', () => {
      expect(windowOf('2026-03-01', '2026-03-02')).to.deep.equal({
        earliest: '2026-03-01',
        latest: '2026-03-02',
        fixed: false,
      });
      // Across a month and a year end: compared as dates, not as numbers.
      expect(windowOf('2026-12-31', '2027-01-01').fixed).to.equal(false);
    });

    it('is fixed on the earliest day when the latest is missing, empty, not a date or impossible', () => {
      for (const latest of [null, '', 'soon', '2026-02-30', '03/15/2026']) {
        expect(windowOf('2026-03-01', latest), String(latest)).to.deep.equal({
          earliest: '2026-03-01',
          latest: '2026-03-01',
          fixed: true,
        });
      }
    });

    it('is fixed with no day when the earliest is missing or not a date, whatever the latest', () => {
      for (const earliest of [null, '', 'garbage', '2026-13-01', '2026-02-29']) {
        expect(windowOf(earliest, '2026-03-15'), String(earliest)).to.deep.equal({
          earliest: null,
          latest: null,
          fixed: true,
        });
      }
      expect(windowOf(null, null)).to.deep.equal({ earliest: null, latest: null, fixed: true });
    });

    it('is fixed on the earliest day when both are the same day (a typical renewal)', () => {
      expect(windowOf('2026-03-01', '2026-03-01')).to.deep.equal({
        earliest: '2026-03-01',
        latest: '2026-03-01',
        fixed: true,
      });
    });

    it('is fixed on the earliest day when the window is reversed', () => {
      expect(windowOf('2026-03-15', '2026-03-01')).to.deep.equal({
        earliest: '2026-03-15',
        latest: '2026-03-15',
        fixed: true,
      });
    });

    it('accepts a leap day that exists', () => {
      expect(windowOf('2028-02-29', '2028-03-10')).to.deep.equal({
        earliest: '2028-02-29',
        latest: '2028-03-10',
        fixed: false,
      });
    });
  });

  describe('isStartAllowed', () => {
    const wide = windowOf('2026-03-01', '2026-03-15');

    it('allows a date inside a range, both ends included', () => {
      expect(isStartAllowed(wide, '2026-03-01')).to.equal(true);
      expect(isStartAllowed(wide, '2026-03-10')).to.equal(true);
      expect(isStartAllowed(wide, '2026-03-15')).to.equal(true);
    });

    it('refuses the day before the first and the day after the last', () => {
      expect(isStartAllowed(wide, '2026-02-28')).to.equal(false);
      expect(isStartAllowed(wide, '2026-03-16')).to.equal(false);
    });

    it('refuses what is not a real date', () => {
      for (const date of ['', null, undefined, 'tomorrow', '2026-03-32', '2026-02-30']) {
        expect(isStartAllowed(wide, date), String(date)).to.equal(false);
      }
    });

    it('allows only its one day in a fixed window', () => {
      for (const fixed of [
        windowOf('2026-03-01', '2026-03-01'),
        windowOf('2026-03-01', null),
        windowOf('2026-03-01', '2026-02-01'),
      ]) {
        expect(isStartAllowed(fixed, '2026-03-01')).to.equal(true);
        expect(isStartAllowed(fixed, '2026-03-02')).to.equal(false);
        expect(isStartAllowed(fixed, '2026-02-28')).to.equal(false);
      }
    });

    it('allows nothing when the plan names no start day', () => {
      expect(isStartAllowed(windowOf(null, '2026-03-15'), '2026-03-10')).to.equal(false);
      expect(isStartAllowed(windowOf(null, null), '2026-03-10')).to.equal(false);
    });
  });

  describe('serviceStartDate', () => {
    // Moved from renewal-eligibility.test.ts with the rule (`isInWindow` is now `isStartAllowed`).
    it('sends the earliest start unless a date inside a wider window was chosen', () => {
      const single = startWindow(plan({ earliest_start_date: '2026-03-01', latest_start_date: '2026-03-01' }));
      expect(serviceStartDate(single, '2026-03-05')).to.equal('2026-03-01');
      const wide = startWindow(plan({ earliest_start_date: '2026-03-01', latest_start_date: '2026-03-15' }));
      expect(serviceStartDate(wide)).to.equal('2026-03-01');
      expect(serviceStartDate(wide, '2026-03-10')).to.equal('2026-03-10');
      expect(serviceStartDate(wide, '2026-03-16')).to.equal('2026-03-01');
      expect(isStartAllowed(wide, '2026-03-15')).to.equal(true);
      expect(isStartAllowed(wide, '2026-03-16')).to.equal(false);
      expect(isStartAllowed(wide, '2026-02-28')).to.equal(false);
      expect(isStartAllowed(wide, '')).to.equal(false);
    });

    it('sends a chosen date on either end of a range, and the earliest for one outside or not a date', () => {
      const wide = windowOf('2026-03-01', '2026-03-15');
      expect(serviceStartDate(wide, '2026-03-01')).to.equal('2026-03-01');
      expect(serviceStartDate(wide, '2026-03-15')).to.equal('2026-03-15');
      expect(serviceStartDate(wide, '2026-02-28')).to.equal('2026-03-01');
      expect(serviceStartDate(wide, null)).to.equal('2026-03-01');
      expect(serviceStartDate(wide, '')).to.equal('2026-03-01');
      expect(serviceStartDate(wide, '2026-03-32')).to.equal('2026-03-01');
    });

    it('sends the fixed day whatever was chosen, in every kind of fixed window', () => {
      expect(serviceStartDate(windowOf('2026-03-01', null), '2026-03-10')).to.equal('2026-03-01');
      expect(serviceStartDate(windowOf('2026-03-15', '2026-03-01'), '2026-03-10')).to.equal('2026-03-15');
      expect(serviceStartDate(windowOf('2026-03-01', 'garbage'), '2026-03-01')).to.equal('2026-03-01');
    });

    it('has nothing to send when the plan names no start day (the element supplies one)', () => {
      expect(serviceStartDate(windowOf(null, '2026-03-15'), '2026-03-10')).to.equal(null);
      expect(serviceStartDate(windowOf(null, null))).to.equal(null);
      expect(serviceStartDate(windowOf('garbage', null), '2026-03-10')).to.equal(null);
    });
  });

  describe('planDocuments', () => {
    it('lists the three documents in order, each with its http(s) URL', () => {
      expect(PLAN_DOCUMENT_KEYS).to.deep.equal(['efl', 'tos', 'yrac']);
      expect(PLAN_DOCUMENT_KEYS.map(documentAbbreviation)).to.deep.equal(['EFL', 'TOS', 'YRAC']);
      expect(
        docs('https://docs.example.com/efl/a.pdf', 'http://docs.example.com/tos', 'https://docs.example.com/YRAC.PDF'),
      ).to.deep.equal([
        { key: 'efl', url: 'https://docs.example.com/efl/a.pdf' },
        { key: 'tos', url: 'http://docs.example.com/tos' },
        { key: 'yrac', url: 'https://docs.example.com/YRAC.PDF' },
      ]);
    });

    it('keeps a document without a URL, with none', () => {
      expect(docs(null)).to.deep.equal([
        { key: 'efl', url: null },
        { key: 'tos', url: null },
        { key: 'yrac', url: null },
      ]);
      expect(linkedDocuments(docs(null))).to.deep.equal([]);
    });

    it('links nothing hostile: scripts, data, relative, protocol-relative, other schemes, garbage', () => {
      const hostile = [
        'javascript:window.__pwned=1',
        ' JavaScript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        '//evil.example.com/yrac',
        '/relative/efl.pdf',
        'efl.pdf',
        'ftp://docs.example.com/efl.pdf',
        'file:///etc/passwd',
        'vbscript:msgbox(1)',
        'http//missing-colon',
        '',
        '   ',
      ];
      for (const url of hostile) {
        expect(docs(url)[0], JSON.stringify(url)).to.deep.equal({ key: 'efl', url: null });
      }
    });

    it('normalizes the links it keeps (trimmed, as the browser parses them)', () => {
      expect(docs('  https://docs.example.com/a b.pdf ')[0]).to.deep.equal({
        key: 'efl',
        url: 'https://docs.example.com/a%20b.pdf',
      });
    });

    it('keeps only the linked documents, in order', () => {
      const linked = linkedDocuments(docs('javascript:x', 'https://docs.example.com/tos', null));
      expect(linked).to.deep.equal([{ key: 'tos', url: 'https://docs.example.com/tos' }]);
    });
  });
});
