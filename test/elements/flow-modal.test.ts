import { expect } from '@open-wc/testing';
import { deepActiveElement, FlowModal } from '../../src/elements/flow-frame/flow-modal.js';

/** A host with a shadow root holding a dialog, and a button outside it that had focus before. */
function setUp(inside = '<button part="button loading-close">Close</button>') {
  const opener = document.createElement('button');
  opener.textContent = 'Open';
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<dialog>${inside}</dialog>`;
  document.body.append(opener, host);
  opener.focus();
  const modal = new FlowModal(() => root);
  return { opener, host, root, modal, dialog: root.querySelector('dialog')! };
}

describe('FlowModal', () => {
  let cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const step of cleanup) step();
    cleanup = [];
  });

  function mounted(inside?: string) {
    const setup = setUp(inside);
    cleanup.push(() => {
      setup.modal.sync(false);
      setup.host.remove();
      setup.opener.remove();
    });
    return setup;
  }

  it('shows the dialog with the page locked, and gives focus back when it hides', () => {
    const { opener, modal, dialog } = mounted();
    const overflow = document.body.style.overflow;
    modal.sync(true);
    expect(dialog.open).to.equal(true);
    expect(document.body.style.overflow).to.equal('hidden');
    modal.sync(false);
    expect(dialog.open).to.equal(false);
    expect(document.body.style.overflow).to.equal(overflow);
    expect(document.activeElement).to.equal(opener);
  });

  it('waits on the way out until there is a frame or an error to focus', () => {
    const { root, modal } = mounted();
    modal.sync(true);
    modal.focusInto();
    expect(deepActiveElement()).to.equal(root.querySelector('[part~="loading-close"]'));
    expect(modal.hasFocus()).to.equal(true);
    const error = document.createElement('div');
    error.setAttribute('part', 'error');
    error.tabIndex = -1;
    root.querySelector('dialog')!.append(error);
    modal.focusInto();
    expect(deepActiveElement()).to.equal(error);
  });

  it('puts focus back in the modal when what had it went away', () => {
    const { root, modal } = mounted('<div part="error" tabindex="-1">Failed</div>');
    modal.sync(true);
    modal.focusInto();
    const error = root.querySelector<HTMLElement>('[part~="error"]')!;
    expect(deepActiveElement()).to.equal(error);
    error.remove();
    const retry = document.createElement('div');
    retry.setAttribute('part', 'error');
    retry.tabIndex = -1;
    root.querySelector('dialog')!.append(retry);
    modal.focusInto();
    expect(deepActiveElement(), 'nothing pending: focus is left alone').to.not.equal(retry);
    modal.refocus();
    modal.focusInto();
    expect(deepActiveElement()).to.equal(retry);
  });

  it('releases the page on release() without moving focus', () => {
    const { modal } = mounted();
    const overflow = document.body.style.overflow;
    modal.sync(true);
    modal.release();
    expect(document.body.style.overflow).to.equal(overflow);
  });
});

describe('deepActiveElement', () => {
  it('looks through open shadow roots', () => {
    const host = document.createElement('div');
    const inner = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    inner.focus();
    expect(deepActiveElement()).to.equal(inner);
    host.remove();
  });
});
