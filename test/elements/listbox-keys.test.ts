import { expect } from '@open-wc/testing';
import { listboxKey, type ListboxState } from '../../src/elements/address-search/listbox-keys.js';

const state = (overrides: Partial<ListboxState> = {}): ListboxState => ({
  open: true,
  activeIndex: -1,
  count: 3,
  hasText: true,
  ...overrides,
});

describe('listbox keys', () => {
  it('opens a closed list on the first or last suggestion', () => {
    expect(listboxKey('ArrowDown', state({ open: false }))).to.deep.equal({ kind: 'move', activeIndex: 0 });
    expect(listboxKey('ArrowUp', state({ open: false }))).to.deep.equal({ kind: 'move', activeIndex: 2 });
  });

  it('moves through an open list, wrapping at both ends', () => {
    expect(listboxKey('ArrowDown', state({ activeIndex: 0 }))).to.deep.equal({ kind: 'move', activeIndex: 1 });
    expect(listboxKey('ArrowDown', state({ activeIndex: 2 }))).to.deep.equal({ kind: 'move', activeIndex: 0 });
    expect(listboxKey('ArrowUp', state({ activeIndex: 0 }))).to.deep.equal({ kind: 'move', activeIndex: 2 });
    expect(listboxKey('ArrowUp', state({ activeIndex: -1 }))).to.deep.equal({ kind: 'move', activeIndex: 1 });
    expect(listboxKey('ArrowDown', state({ activeIndex: -1 }))).to.deep.equal({ kind: 'move', activeIndex: 0 });
  });

  it('leaves the arrows alone without suggestions', () => {
    expect(listboxKey('ArrowDown', state({ count: 0 }))).to.equal(null);
    expect(listboxKey('ArrowUp', state({ count: 0, open: false }))).to.equal(null);
  });

  it('jumps with Home and End only while the list is open', () => {
    expect(listboxKey('Home', state({ activeIndex: 2 }))).to.deep.equal({ kind: 'move', activeIndex: 0 });
    expect(listboxKey('End', state({ activeIndex: 0 }))).to.deep.equal({ kind: 'move', activeIndex: 2 });
    expect(listboxKey('Home', state({ open: false }))).to.equal(null);
    expect(listboxKey('End', state({ count: 0 }))).to.equal(null);
  });

  it('chooses the active suggestion with Enter, else lets Enter through', () => {
    expect(listboxKey('Enter', state({ activeIndex: 1 }))).to.deep.equal({ kind: 'choose', index: 1 });
    expect(listboxKey('Enter', state({ activeIndex: -1 }))).to.equal(null);
    expect(listboxKey('Enter', state({ open: false, activeIndex: 1 }))).to.equal(null);
  });

  it('closes the list with Escape, or clears the field once it is closed', () => {
    expect(listboxKey('Escape', state())).to.deep.equal({ kind: 'close' });
    expect(listboxKey('Escape', state({ open: false }))).to.deep.equal({ kind: 'clear' });
    expect(listboxKey('Escape', state({ open: false, hasText: false }))).to.equal(null);
  });

  it('closes the list when Tab leaves, and ignores other keys', () => {
    expect(listboxKey('Tab', state())).to.deep.equal({ kind: 'leave' });
    expect(listboxKey('Tab', state({ open: false, count: 0 }))).to.deep.equal({ kind: 'leave' });
    expect(listboxKey('a', state())).to.equal(null);
    expect(listboxKey('ArrowLeft', state())).to.equal(null);
  });
});
