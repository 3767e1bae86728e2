import { ValidationPipe } from '@nestjs/common';
import { type VendorTeam, aVendorTeam } from '../factories/team.factories';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const OFFERS = graphql(`
  query RememberedArgumentsOffers($first: Int!, $status: [OfferStatus!]) {
    offers(first: $first, filter: { status: $status }) {
      totalCount
    }
  }
`);

/**
 * A whole arguments class that passed validation is remembered by its JSON (validation.ts): the
 * same arguments again are not validated again; arguments that failed are refused every time.
 */
describe('remembered arguments', () => {
  let api: TestApi;
  let team: VendorTeam;
  let validate: jest.SpyInstance;

  beforeAll(async () => {
    api = await createTestApi();
    team = await aVendorTeam(api);
  }, 60_000);

  afterAll(() => api.close());

  beforeEach(() => {
    validate = jest.spyOn(ValidationPipe.prototype as unknown as { validate: () => unknown }, 'validate');
  });
  afterEach(() => validate.mockRestore());

  const validatedOffersArgs = () => validate.mock.calls.filter(([args]) => (args as object).constructor.name === 'OffersArgs');

  it('validates the same arguments once, and other arguments again', async () => {
    const variables = { first: 7, status: ['PENDING' as const] };
    for (let i = 0; i < 3; i++) expect((await api.graphql(OFFERS, variables, team.channel.token)).errors).toBeUndefined();
    expect(validatedOffersArgs()).toHaveLength(1);
    expect((await api.graphql(OFFERS, { ...variables, first: 8 }, team.channel.token)).errors).toBeUndefined();
    expect(validatedOffersArgs()).toHaveLength(2);
    // What was remembered is shared by the requests that receive it: frozen.
    expect(Object.isFrozen(validatedOffersArgs()[0]![0])).toBe(true);
    expect(Object.isFrozen((validatedOffersArgs()[0]![0] as { filter: { status: string[] } }).filter.status)).toBe(true);
  });

  it('refuses arguments out of bounds every time, naming the field', async () => {
    for (let i = 0; i < 2; i++) {
      const result = await api.graphql(OFFERS, { first: 101 }, team.channel.token);
      expect(result.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(result.errors![0]!.extensions)).toContain('first');
    }
    expect(validatedOffersArgs()).toHaveLength(2);
  });
});
