import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { LightApiError } from '../../src/api/errors.js';
import { toServiceAddress } from '../../src/api/normalize.js';
import {
  renderAddressBlock,
  renderAddressSearch,
  renderConfirm,
  renderConfirmed,
  renderEsiSearch,
  type AddressSearchView,
  type EsiSearchView,
} from '../../src/elements/address-search/address-search.templates.js';

const show = (template: TemplateResult) => {
  const root = document.createElement('div');
  render(template, root);
  return root;
};

const home = toServiceAddress({
  address_1: '1200 Main St',
  address_2: 'Apt 4',
  city: 'Dallas',
  postal_code: '75201',
  esi_id: '10443720000000001',
  utility: 'Oncor',
});
const other = toServiceAddress({ address_1: '1201 Main St', city: 'Dallas', postal_code: '75201', esi_id: '2' });

const noop = () => undefined;
const addressView = (overrides: Partial<AddressSearchView> = {}): AddressSearchView => ({
  label: undefined,
  text: '1200 main',
  results: [home, other],
  status: 'done',
  error: null,
  open: true,
  activeIndex: -1,
  answered: '1200 main',
  minChars: 3,
  disabled: false,
  required: false,
  onInput: noop,
  onKeyDown: noop,
  onFocus: noop,
  onBlur: noop,
  onHover: noop,
  onChoose: noop,
  onRetry: noop,
  onUseEsiId: noop,
  ...overrides,
});

const esiView = (overrides: Partial<EsiSearchView> = {}): EsiSearchView => ({
  text: '',
  fieldError: null,
  matches: null,
  status: 'idle',
  error: null,
  disabled: false,
  onInput: noop,
  onSubmit: noop,
  onRetry: noop,
  onUseAddress: noop,
  onChoose: noop,
  ...overrides,
});

describe('address search templates', () => {
  describe('address search', () => {
    it('expands the combobox over its suggestions, pointing at the active one', () => {
      const root = show(renderAddressSearch('en', addressView({ activeIndex: 1 })));
      const input = root.querySelector('#input')!;
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-1');
      const options = root.querySelectorAll('[role="option"]');
      expect(options.length).to.equal(2);
      expect(options[1].getAttribute('aria-selected')).to.equal('true');
      expect(options[1].classList.contains('active')).to.equal(true);
      expect(options[0].textContent).to.contain('Oncor');
    });

    it('keeps the list hidden and collapsed while closed', () => {
      const root = show(renderAddressSearch('en', addressView({ open: false, activeIndex: 1 })));
      expect(root.querySelector('#input')!.getAttribute('aria-expanded')).to.equal('false');
      expect(root.querySelector('#input')!.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(root.querySelector<HTMLElement>('#listbox')!.hidden).to.equal(true);
      expect(root.querySelectorAll('[role="option"]').length).to.equal(0);
    });

    it('uses the partner label for the field and the list', () => {
      const root = show(renderAddressSearch('en', addressView({ label: 'Where do you live?' })));
      expect(root.querySelector('#label')!.textContent).to.equal('Where do you live?');
      expect(root.querySelector('#listbox')!.getAttribute('aria-label')).to.equal('Where do you live?');
    });

    it('says there is no match only for the text that was searched', () => {
      const answered = show(renderAddressSearch('en', addressView({ results: [], text: '1200 main ' })));
      expect(answered.querySelector('[part="empty"]')).to.exist;
      const typing = show(renderAddressSearch('en', addressView({ results: [], text: '1200 main s' })));
      expect(typing.querySelector('[part="empty"]')).to.equal(null);
    });

    it('shows loading on the field, and a failed search with its retry', () => {
      const loading = show(renderAddressSearch('en', addressView({ status: 'loading' })));
      expect(loading.querySelector('#input')!.getAttribute('aria-busy')).to.equal('true');
      expect(loading.querySelector('.spinner')).to.exist;
      let retried = 0;
      const failed = show(
        renderAddressSearch(
          'en',
          addressView({
            status: 'error',
            error: new LightApiError('network', 'offline'),
            onRetry: () => void retried++,
          }),
        ),
      );
      failed.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      expect(retried).to.equal(1);
    });

    it('chooses and hovers suggestions by pointer, and keeps focus in the field', () => {
      const chosen: string[] = [];
      const hovered: number[] = [];
      const root = show(
        renderAddressSearch(
          'en',
          addressView({ onChoose: (a) => chosen.push(a.esi_id), onHover: (i) => hovered.push(i) }),
        ),
      );
      const option = root.querySelectorAll<HTMLElement>('[role="option"]')[1];
      option.dispatchEvent(new MouseEvent('mousemove'));
      const down = new MouseEvent('mousedown', { cancelable: true });
      option.dispatchEvent(down);
      option.click();
      expect(hovered).to.deep.equal([1]);
      expect(down.defaultPrevented).to.equal(true);
      expect(chosen).to.deep.equal(['2']);
    });

    it('offers the search by ESI ID', () => {
      let used = 0;
      const root = show(renderAddressSearch('en', addressView({ onUseEsiId: () => void used++ })));
      root.querySelector<HTMLButtonElement>('button.link')!.click();
      expect(used).to.equal(1);
    });
  });

  describe('ESI ID search', () => {
    it('links the field to its error', () => {
      const root = show(renderEsiSearch('en', esiView({ fieldError: 'An ESI ID contains only digits.' })));
      const input = root.querySelector('#esi')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('esi-hint esi-error');
      expect(root.querySelector('#esi-error')!.textContent).to.equal('An ESI ID contains only digits.');
    });

    it('submits without leaving the page, and passes what is typed', () => {
      let submitted = 0;
      const typed: string[] = [];
      const root = show(
        renderEsiSearch('en', esiView({ onSubmit: () => void submitted++, onInput: (v) => typed.push(v) })),
      );
      const input = root.querySelector<HTMLInputElement>('#esi')!;
      input.value = '1044';
      input.dispatchEvent(new InputEvent('input'));
      const submit = new SubmitEvent('submit', { cancelable: true });
      root.querySelector('form')!.dispatchEvent(submit);
      expect(submit.defaultPrevented).to.equal(true);
      expect([submitted, typed]).to.deep.equal([1, ['1044']]);
    });

    it('disables the search while it runs', () => {
      const root = show(renderEsiSearch('en', esiView({ status: 'loading' })));
      const submit = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
      expect(submit.disabled).to.equal(true);
      expect(submit.textContent!.trim()).to.equal('Searching…');
    });

    it('says when nothing matched, and lists the matches to choose from', () => {
      const none = show(renderEsiSearch('en', esiView({ matches: [] })));
      expect(none.querySelector('[role="alert"]')).to.exist;
      const chosen: string[] = [];
      const some = show(
        renderEsiSearch('en', esiView({ matches: [home, other], onChoose: (a) => chosen.push(a.esi_id) })),
      );
      const buttons = some.querySelectorAll<HTMLButtonElement>('.match');
      expect(buttons.length).to.equal(2);
      buttons[0].click();
      expect(chosen).to.deep.equal(['10443720000000001']);
    });
  });

  describe('confirmation', () => {
    it('shows the address as the utility has it, with its ESI ID and utility', () => {
      const text = show(renderAddressBlock('en', home)).textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('1200 Main St Apt 4');
      expect(text).to.contain('Dallas, TX 75201');
      expect(text).to.contain('10443720000000001');
      expect(text).to.contain('Utility: Oncor');
      expect(show(renderAddressBlock('en', other)).textContent).not.to.contain('Utility');
    });

    it('asks to confirm the chosen address or choose again', () => {
      const calls: string[] = [];
      const root = show(
        renderConfirm('en', home, { onConfirm: () => calls.push('yes'), onUnselect: () => calls.push('no') }),
      );
      expect(root.querySelector('#confirm-title')).to.exist;
      const [yes, no] = root.querySelectorAll<HTMLButtonElement>('button');
      yes.click();
      no.click();
      expect(calls).to.deep.equal(['yes', 'no']);
    });

    it('offers to change a confirmed address unless disabled', () => {
      let changed = 0;
      const root = show(renderConfirmed('en', home, { disabled: false, onUnselect: () => void changed++ }));
      expect(root.querySelector('#confirmed-title')).to.exist;
      root.querySelector<HTMLButtonElement>('button')!.click();
      expect(changed).to.equal(1);
      const off = show(renderConfirmed('en', home, { disabled: true, onUnselect: noop }));
      expect(off.querySelector<HTMLButtonElement>('button')!.disabled).to.equal(true);
    });
  });
});
