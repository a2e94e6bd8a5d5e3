import { expect } from '@open-wc/testing';
import {
  ageOn,
  checkIdentity,
  type IdentityForm,
  normalizePhone,
  normalizeSsn,
  startDateAllowed,
  startDateToSend,
} from '../../src/elements/enrollment/enrollment-forms.js';

const TODAY = '2026-12-01';

const form = (overrides: Partial<IdentityForm> = {}): IdentityForm => ({
  first_name: 'Ana',
  last_name: 'Garza',
  phone_number: '(214) 555-0100',
  email: 'ana@example.com',
  date_of_birth: '1990-05-17',
  ...overrides,
});

describe('enrollment forms', () => {
  describe('normalizePhone', () => {
    it('accepts 10 digits with any punctuation', () => {
      expect(normalizePhone('2145550100')).to.equal('2145550100');
      expect(normalizePhone('(214) 555-0100')).to.equal('2145550100');
      expect(normalizePhone('214.555.0100')).to.equal('2145550100');
      expect(normalizePhone(' 214 555 0100 ')).to.equal('2145550100');
    });

    it('accepts a leading 1 on 11 digits and drops it', () => {
      expect(normalizePhone('1 214 555 0100')).to.equal('2145550100');
      expect(normalizePhone('+1 (214) 555-0100')).to.equal('2145550100');
    });

    it('refuses the wrong number of digits', () => {
      expect(normalizePhone('')).to.equal(null);
      expect(normalizePhone('214555010')).to.equal(null);
      expect(normalizePhone('21455501000')).to.equal(null);
      expect(normalizePhone('121455501000')).to.equal(null);
    });

    it('refuses an area code or exchange starting with 0 or 1', () => {
      expect(normalizePhone('0145550100')).to.equal(null);
      expect(normalizePhone('1145550100')).to.equal(null);
      expect(normalizePhone('2140550100')).to.equal(null);
      expect(normalizePhone('2141550100')).to.equal(null);
    });

    it('does not drop a leading digit other than 1 on 11 digits', () => {
      expect(normalizePhone('22145550100')).to.equal(null);
    });
  });

  describe('ageOn', () => {
    it('counts whole years', () => {
      expect(ageOn('1990-05-17', TODAY)).to.equal(36);
    });

    it('turns a year older on the birthday, not the day before', () => {
      expect(ageOn('2008-12-01', TODAY)).to.equal(18);
      expect(ageOn('2008-12-02', TODAY)).to.equal(17);
      expect(ageOn('2008-11-30', TODAY)).to.equal(18);
    });

    it('looks at the month before the day', () => {
      expect(ageOn('2000-11-30', '2026-12-01')).to.equal(26);
      expect(ageOn('2000-01-15', '2026-02-01')).to.equal(26);
      expect(ageOn('2000-03-01', '2026-02-28')).to.equal(25);
    });

    it('is NaN when either date is not a date', () => {
      expect(ageOn('not a date', TODAY)).to.be.NaN;
      expect(ageOn('1990-02-30', TODAY)).to.be.NaN;
      expect(ageOn('1990-05-17', '')).to.be.NaN;
    });
  });

  describe('checkIdentity', () => {
    it('finds nothing wrong with a complete adult form', () => {
      expect(checkIdentity(form(), TODAY)).to.deep.equal([]);
    });

    it('requires first and last names, ignoring blanks', () => {
      expect(checkIdentity(form({ first_name: '' }), TODAY)).to.deep.equal(['first_name']);
      expect(checkIdentity(form({ last_name: '   ' }), TODAY)).to.deep.equal(['last_name']);
    });

    it('requires a US phone number', () => {
      expect(checkIdentity(form({ phone_number: '555-0100' }), TODAY)).to.deep.equal(['phone_number']);
      expect(checkIdentity(form({ phone_number: '' }), TODAY)).to.deep.equal(['phone_number']);
    });

    it('requires an email with a local part, an @ and a dotted domain; surrounding blanks are allowed', () => {
      expect(checkIdentity(form({ email: ' ana@example.com ' }), TODAY)).to.deep.equal([]);
      for (const email of ['', 'ana', 'ana@example', '@example.com', 'ana@@example.com', 'a na@example.com']) {
        expect(checkIdentity(form({ email }), TODAY), email).to.deep.equal(['email']);
      }
    });

    it('requires a real date of birth', () => {
      expect(checkIdentity(form({ date_of_birth: '' }), TODAY)).to.deep.equal(['date_of_birth']);
      expect(checkIdentity(form({ date_of_birth: '1990-02-30' }), TODAY)).to.deep.equal(['date_of_birth']);
      expect(checkIdentity(form({ date_of_birth: '05/17/1990' }), TODAY)).to.deep.equal(['date_of_birth']);
    });

    it('refuses a date of birth in the future as a date problem, not an age problem', () => {
      expect(checkIdentity(form({ date_of_birth: '2026-12-02' }), TODAY)).to.deep.equal(['date_of_birth']);
    });

    it('requires the customer to be 18 today', () => {
      expect(checkIdentity(form({ date_of_birth: '2008-12-02' }), TODAY)).to.deep.equal(['date_of_birth_age']);
      expect(checkIdentity(form({ date_of_birth: '2008-12-01' }), TODAY)).to.deep.equal([]);
      expect(checkIdentity(form({ date_of_birth: TODAY }), TODAY)).to.deep.equal(['date_of_birth_age']);
    });

    it('lists every problem in the order of the fields', () => {
      const empty = { first_name: '', last_name: '', phone_number: '', email: '', date_of_birth: '' };
      expect(checkIdentity(empty, TODAY)).to.deep.equal([
        'first_name',
        'last_name',
        'phone_number',
        'email',
        'date_of_birth',
      ]);
      expect(checkIdentity(form({ email: 'x', date_of_birth: '2010-01-01', first_name: ' ' }), TODAY)).to.deep.equal([
        'first_name',
        'email',
        'date_of_birth_age',
      ]);
    });
  });

  describe('normalizeSsn', () => {
    it('accepts 9 digits, with dashes or spaces', () => {
      expect(normalizeSsn('123456789')).to.equal('123456789');
      expect(normalizeSsn('123-45-6789')).to.equal('123456789');
      expect(normalizeSsn(' 123 45 6789 ')).to.equal('123456789');
    });

    it('refuses anything but 9 digits', () => {
      for (const value of ['', '12345678', '1234567890', '123-45-678x', '123.45.6789', 'abc-de-fghi']) {
        expect(normalizeSsn(value), value).to.equal(null);
      }
    });

    it('refuses impossible area numbers: 000, 666 and 9xx', () => {
      expect(normalizeSsn('000-12-3456')).to.equal(null);
      expect(normalizeSsn('666-12-3456')).to.equal(null);
      expect(normalizeSsn('900-12-3456')).to.equal(null);
      expect(normalizeSsn('999-12-3456')).to.equal(null);
      expect(normalizeSsn('665-12-3456')).to.equal('665123456');
      expect(normalizeSsn('899-12-3456')).to.equal('899123456');
    });

    it('refuses a group of 00 or a serial of 0000', () => {
      expect(normalizeSsn('123-00-4567')).to.equal(null);
      expect(normalizeSsn('123-45-0000')).to.equal(null);
      expect(normalizeSsn('123-01-0001')).to.equal('123010001');
    });
  });

  describe('startDateToSend', () => {
    const plan = (earliest: string | null, latest: string | null) => ({
      earliest_start_date: earliest,
      latest_start_date: latest,
    });

    it("sends the customer's choice inside a window", () => {
      expect(startDateToSend(plan('2026-12-05', '2027-01-05'), '2026-12-20')).to.equal('2026-12-20');
    });

    it('sends the fixed day of a one-day, half-open or reversed window, whatever was chosen', () => {
      expect(startDateToSend(plan('2026-12-05', '2026-12-05'), '2026-12-20')).to.equal('2026-12-05');
      expect(startDateToSend(plan('2026-12-05', null), '2026-12-20')).to.equal('2026-12-05');
      expect(startDateToSend(plan('2026-12-05', '2026-12-01'), '')).to.equal('2026-12-05');
    });

    it('falls back to the choice when the window names no day', () => {
      expect(startDateToSend(plan(null, null), '2026-12-20')).to.equal('2026-12-20');
      expect(startDateToSend(plan('not a date', '2027-01-05'), '2026-12-20')).to.equal('2026-12-20');
    });
  });

  describe('startDateAllowed', () => {
    it('allows a date inside the window, bounds included', () => {
      expect(startDateAllowed('2026-12-10', '2026-12-05', '2027-01-05')).to.equal(true);
      expect(startDateAllowed('2026-12-05', '2026-12-05', '2027-01-05')).to.equal(true);
      expect(startDateAllowed('2027-01-05', '2026-12-05', '2027-01-05')).to.equal(true);
    });

    it('refuses a date outside the window', () => {
      expect(startDateAllowed('2026-12-04', '2026-12-05', '2027-01-05')).to.equal(false);
      expect(startDateAllowed('2027-01-06', '2026-12-05', '2027-01-05')).to.equal(false);
    });

    it('treats a missing bound as open', () => {
      expect(startDateAllowed('2020-01-01', null, '2027-01-05')).to.equal(true);
      expect(startDateAllowed('2099-01-01', '2026-12-05', null)).to.equal(true);
      expect(startDateAllowed('2099-01-01', null, null)).to.equal(true);
    });

    it('refuses something that is not a date', () => {
      expect(startDateAllowed('', null, null)).to.equal(false);
      expect(startDateAllowed('2026-02-30', null, null)).to.equal(false);
    });
  });
});
