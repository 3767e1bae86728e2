import { en } from '../i18n/en';
import { de } from '../i18n/de';
import { ERROR_CODES, errorMessageKey, fieldProblems, tenantChoices } from './errors';

const answer = (extensions: Record<string, unknown>) => ({
  graphQLErrors: [{ message: 'raw', extensions }] as never[],
  networkError: undefined,
});

describe('one error path: extensions.code to one catalog key', () => {
  it('maps every code the API sends to a message in both catalogs', () => {
    for (const code of ERROR_CODES) {
      const key = errorMessageKey(answer({ code })).replace('errors.', '') as keyof typeof en.errors;
      expect(key).toBe(code);
      expect(en.errors[key]).toBeTruthy();
      expect(de.errors[key]).toBeTruthy();
    }
  });

  it('says OFFER_TAKEN plainly, never the raw server message', () => {
    expect(errorMessageKey(answer({ code: 'OFFER_TAKEN' }))).toBe('errors.OFFER_TAKEN');
    expect(en.errors.OFFER_TAKEN).toMatch(/another partner/i);
  });

  it('says LAST_ADMIN with what to do, in both languages', () => {
    expect(errorMessageKey(answer({ code: 'LAST_ADMIN', role: 'PARTNER_ADMIN' }))).toBe('errors.LAST_ADMIN');
    expect(en.errors.LAST_ADMIN).toMatch(/Make someone else an administrator first/);
    expect(de.errors.LAST_ADMIN).toMatch(/Machen Sie zuerst jemand anderen zum Administrator/);
  });

  it('answers UNKNOWN for a code it does not know and NETWORK when the API cannot be reached', () => {
    expect(errorMessageKey(answer({ code: 'INTERNAL_SERVER_ERROR' }))).toBe('errors.UNKNOWN');
    expect(errorMessageKey({ graphQLErrors: [], networkError: new Error('offline') })).toBe('errors.NETWORK');
  });

  it("puts BAD_USER_INPUT's problems on the fields, by their last name", () => {
    const problems = [
      { field: 'input.comment', message: 'comment is required for this reason' },
      { field: 'input.company.name', message: 'name must not be empty' },
    ];
    expect(fieldProblems(answer({ code: 'BAD_USER_INPUT', problems }))).toEqual({
      comment: 'comment is required for this reason',
      name: 'name must not be empty',
    });
    expect(fieldProblems(answer({ code: 'CONFLICT' }))).toEqual({});
  });

  it('reads the vendors TENANT_REQUIRED lists', () => {
    const tenants = [{ tenantId: 't1', name: 'Nordlicht', role: 'PARTNER_ADMIN' }];
    expect(tenantChoices(answer({ code: 'TENANT_REQUIRED', tenants }))).toEqual(tenants);
    expect(tenantChoices(answer({ code: 'UNAUTHENTICATED' }))).toEqual([]);
  });
});
