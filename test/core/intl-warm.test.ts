import { expect } from '@open-wc/testing';
import { warmIntlWhenIdle } from '../../src/core/i18n.js';

describe('warmIntlWhenIdle', () => {
  it('makes one number and one date formatter when the main thread is idle, and only once a page', () => {
    const idle: Array<() => void> = [];
    const made: string[] = [];
    const { requestIdleCallback } = window;
    const { NumberFormat, DateTimeFormat } = Intl;
    window.requestIdleCallback = (run: IdleRequestCallback) => idle.push(() => run({} as IdleDeadline));
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        made.push('number');
      }
    } as typeof Intl.NumberFormat;
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        made.push('date');
      }
    } as typeof Intl.DateTimeFormat;
    try {
      warmIntlWhenIdle();
      warmIntlWhenIdle();
      expect(made, 'nothing on the caller’s time').to.deep.equal([]);
      expect(idle).to.have.length(1);
      idle[0]();
      expect(made).to.deep.equal(['number', 'date']);
      warmIntlWhenIdle();
      expect(idle).to.have.length(1);
    } finally {
      window.requestIdleCallback = requestIdleCallback;
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
