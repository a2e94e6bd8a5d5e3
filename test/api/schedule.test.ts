import { expect } from '@open-wc/testing';
import { manualScheduler, schedule, SCHEDULER_KEY, setScheduler, type Scheduler } from '../../src/api/schedule.js';
import { manualScheduler as fromIndex, setScheduler as setFromIndex } from '../../src/index.js';

type Host = { [key: symbol]: unknown };
const host = globalThis as unknown as Host;

describe('schedule', () => {
  afterEach(() => setScheduler());

  it('keeps the scheduler on globalThis under Symbol.for, so every copy of the library shares it', () => {
    expect(SCHEDULER_KEY).to.equal(Symbol.for('light-elements.scheduler'));
    const asked: number[] = [];
    // What a second copy would do: set the hook by its well-known key.
    host[Symbol.for('light-elements.scheduler')] = ((_fn, ms) => (asked.push(ms), () => undefined)) as Scheduler;
    schedule(() => undefined, 42);
    expect(asked).to.deep.equal([42]);
    setFromIndex(fromIndex());
    expect(typeof host[SCHEDULER_KEY]).to.equal('function');
  });

  it('refuses what is not a scheduler, and goes back to real timers with no argument', () => {
    expect(() => setScheduler(5 as unknown as Scheduler)).to.throw(TypeError);
    setScheduler(manualScheduler());
    setScheduler();
    expect(SCHEDULER_KEY in host).to.equal(false);
    let ran = false;
    const cancel = schedule(() => (ran = true), 0);
    cancel();
    expect(ran).to.equal(false);
  });

  it('runs manual timers in the order they fall due, only when time is moved on', () => {
    const timers = manualScheduler();
    setScheduler(timers);
    const ran: string[] = [];
    schedule(() => ran.push('b'), 20);
    schedule(() => ran.push('a'), 10);
    schedule(() => ran.push('a2'), 10);
    const cancel = schedule(() => ran.push('never'), 15);
    schedule(() => schedule(() => ran.push('c, set by d'), 5), 20);
    cancel();
    expect(timers.pending).to.equal(4);
    expect(timers.advance(9)).to.equal(0);
    expect(timers.advance(16)).to.equal(5);
    expect(ran).to.deep.equal(['a', 'a2', 'b', 'c, set by d']);
    expect(timers.delays).to.deep.equal([20, 10, 10, 15, 20, 5]);
    expect(timers.pending).to.equal(0);
  });
});
