import { Locale, Role } from '@leadrelay/core';
import { User } from '@leadrelay/identity';
import { aMember, aTenant, loginAs } from '../factories/identity.factories';
import { closeOwnerOrm, readRow } from '../support/owner-orm';
import { type GraphQLResult, type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const SAVE = graphql(`
  mutation MySettingsSave($input: UpdateMySettingsInput!) {
    updateMySettings(input: $input) {
      id
      locale
    }
  }
`);
const ME = graphql(`
  query MySettingsMe {
    me {
      user {
        locale
      }
    }
  }
`);

const codesOf = (result: GraphQLResult) => result.errors?.map((e) => e.extensions.code);

/** A person's own settings: their language, for the portal and their mails, saved on their account. */
describe('updateMySettings', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('saves the language on the account (every tenant, every session), and null goes back to the tenant', async () => {
    const member = await aMember(await aTenant(), Role.MARKETING);
    const token = await loginAs(api, member);

    const saved = await api.graphql(SAVE, { input: { locale: 'EN' } }, token);
    expect(saved.data?.updateMySettings).toEqual({ id: member.user.id, locale: 'EN' });
    expect((await readRow(User, { id: member.user.id })).locale).toBe(Locale.EN);
    const again = await api.graphql(ME, {}, await loginAs(api, member));
    expect(again.data?.me.user.locale).toBe('EN');

    const cleared = await api.graphql(SAVE, { input: { locale: null } }, token);
    expect(cleared.data?.updateMySettings.locale).toBeNull();
    expect((await readRow(User, { id: member.user.id })).locale).toBeNull();
  });

  it('refuses a language LeadRelay has no catalog for (BAD_USER_INPUT on locale), and saves nothing', async () => {
    const member = await aMember(await aTenant(), Role.MARKETING);
    const token = await loginAs(api, member);
    await api.graphql(SAVE, { input: { locale: 'DE' } }, token);

    const refused = await api.graphql(SAVE, { input: { locale: 'FR' as never } }, token);
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect((await readRow(User, { id: member.user.id })).locale).toBe(Locale.DE);
  });

  it('refuses a caller without a session (UNAUTHENTICATED)', async () => {
    expect(codesOf(await api.graphql(SAVE, { input: { locale: 'EN' } }))).toEqual(['UNAUTHENTICATED']);
  });
});
