import { expect } from '@open-wc/testing';
import type { LocationDocument } from '../../src/api/types.js';
import {
  activeDocuments,
  documentState,
  groupDocuments,
  isPdfUrl,
  knownKind,
} from '../../src/elements/documents/document-groups.js';

const doc = (
  kind: string,
  state: string,
  plan: string,
  start: string | null,
  end: string | null,
): LocationDocument => ({
  kind,
  name: `${kind} (${plan})`,
  url: `https://example.com/${plan}/${kind}.pdf`,
  state,
  start_date: start,
  end_date: end,
  plan_name: plan,
});

describe('document groups', () => {
  it('groups by state (upcoming, current, past, other), then by contract', () => {
    const documents = [
      doc('yrac', 'past', 'Saver 6', '2024-01-01', '2024-06-30'),
      doc('efl', 'active', 'Simple 12', '2024-07-01', '2025-06-30'),
      doc('tos', 'active', 'Simple 12', '2024-07-01', '2025-06-30'),
      doc('efl', 'queued', 'Green 12', '2025-07-01', '2026-06-30'),
      doc('efl', 'past', 'Saver 6', '2024-01-01', '2024-06-30'),
      doc('efl', 'past', 'Simple 12', '2023-01-01', '2023-12-31'),
      doc('efl', 'archived?', 'Mystery', null, null),
    ];
    const groups = groupDocuments(documents);
    expect(groups.map((g) => g.state)).to.deep.equal(['queued', 'active', 'past', 'other']);
    expect(groups[1].sets).to.have.length(1);
    expect(groups[1].sets[0].documents.map((d) => d.kind)).to.deep.equal(['efl', 'tos']);
    // Past: newest contract first; inside a contract, EFL before YRAC whatever the API's order.
    expect(groups[2].sets.map((s) => s.startDate)).to.deep.equal(['2024-01-01', '2023-01-01']);
    expect(groups[2].sets[0].documents.map((d) => d.kind)).to.deep.equal(['efl', 'yrac']);
    expect(groups[3].sets[0]).to.deep.include({ planName: 'Mystery', startDate: null, endDate: null });
    expect(groups.flatMap((g) => g.sets.flatMap((s) => s.documents))).to.have.length(documents.length);
  });

  it('keeps contracts of the same plan apart by their dates', () => {
    const groups = groupDocuments([
      doc('efl', 'past', 'Simple 12', '2022-01-01', '2022-12-31'),
      doc('efl', 'past', 'Simple 12', '2023-01-01', '2023-12-31'),
    ]);
    expect(groups[0].sets).to.have.length(2);
  });

  it('orders upcoming contracts soonest first and puts unknown dates last', () => {
    const groups = groupDocuments([
      doc('efl', 'queued', 'Later', '2027-01-01', null),
      doc('efl', 'queued', 'Undated', null, null),
      doc('efl', 'queued', 'Sooner', '2026-01-01', null),
    ]);
    expect(groups[0].sets.map((s) => s.planName)).to.deep.equal(['Sooner', 'Later', 'Undated']);
  });

  it('keeps unknown kinds after the known ones, in the order given', () => {
    const groups = groupDocuments([
      doc('welcome-letter', 'active', 'P', '2025-01-01', null),
      doc('yrac', 'active', 'P', '2025-01-01', null),
      doc('addendum', 'active', 'P', '2025-01-01', null),
      doc('EFL', 'active', 'P', '2025-01-01', null),
    ]);
    expect(groups[0].sets[0].documents.map((d) => d.kind)).to.deep.equal(['EFL', 'yrac', 'welcome-letter', 'addendum']);
  });

  it('reads states and kinds tolerantly', () => {
    expect(documentState('Queued')).to.equal('queued');
    expect(documentState('future')).to.equal('queued');
    expect(documentState('current')).to.equal('active');
    expect(documentState('expired')).to.equal('past');
    expect(documentState('')).to.equal('other');
    expect(documentState(null)).to.equal('other');
    expect(knownKind(' TOS ')).to.equal('tos');
    expect(knownKind('contract')).to.equal(null);
  });

  it('returns nothing for no documents', () => {
    expect(groupDocuments([])).to.deep.equal([]);
  });

  it('lists the active documents the API gave', () => {
    expect(
      activeDocuments({
        efl: 'https://x/efl.pdf',
        tos: null,
        yrac: 'javascript:alert(1)',
        contract_start: null,
        contract_end: null,
      }),
    ).to.deep.equal([
      { kind: 'efl', url: 'https://x/efl.pdf' },
      { kind: 'yrac', url: 'javascript:alert(1)' },
    ]);
  });

  it('says PDF only for .pdf paths', () => {
    expect(isPdfUrl('https://example.com/docs/efl.PDF?v=2')).to.equal(true);
    expect(isPdfUrl('https://example.com/docs/efl')).to.equal(false);
    expect(isPdfUrl('https://example.com/pdf')).to.equal(false);
    expect(isPdfUrl('not a url')).to.equal(false);
  });
});
