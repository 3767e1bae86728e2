import { Role } from '@leadrelay/core';
import { Partner, PartnerStatus } from '@leadrelay/partners';
import { aMember, aPartner, aStaffedTenant, aTenant, loginAs } from '../factories/identity.factories';
import { closeOwnerOrm, countRows, ownerEm, readRow } from '../support/owner-orm';
import { type GraphQLResult, type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { CreatePartnerInput, UpdatePartnerInput } from '../support/graphql/generated/graphql';

graphql(`
  fragment PartnersFields on Partner {
    id
    name
    tier
    status
    city
    territories {
      country
      postalCodePrefixes
    }
    competencies
    capacity
    version
  }
`);
const CREATE = graphql(`
  mutation PartnersCreate($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      ...PartnersFields
    }
  }
`);
const UPDATE = graphql(`
  mutation PartnersUpdate($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      ...PartnersFields
    }
  }
`);
const PARTNERS = graphql(`
  query PartnersPartners($first: Int!, $after: String) {
    partners(first: $first, after: $after) {
      nodes {
        id
        name
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      totalCount
    }
  }
`);
const PARTNER = graphql(`
  query PartnersPartner($id: ID!) {
    partner(id: $id) {
      id
      name
    }
  }
`);

type Page = {
  nodes: { name: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
};

const codesOf = (result: GraphQLResult) => result.errors?.map((e) => e.extensions.code);

describe('partners', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  /** A tenant and its vendor admin, logged in. */
  async function asVendorAdmin() {
    const tenant = await aTenant();
    const token = await loginAs(api, await aMember(tenant, Role.VENDOR_ADMIN));
    const create = (input: CreatePartnerInput) => api.graphql(CREATE, { input }, token);
    const update = (input: UpdatePartnerInput) => api.graphql(UPDATE, { input }, token);
    return { tenant, token, create, update };
  }

  it('a vendor admin creates a partner, stored in its tenant', async () => {
    const { tenant, create } = await asVendorAdmin();
    const result = await create({
      name: '  Hansa Haustechnik ',
      tier: 'GOLD',
      city: 'Hamburg',
      territories: [{ country: 'de', postalCodePrefixes: ['20', '21'] }],
      competencies: ['heat pumps'],
      capacity: 12,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createPartner).toMatchObject({
      name: 'Hansa Haustechnik',
      tier: 'GOLD',
      status: 'ACTIVE',
      city: 'Hamburg',
      territories: [{ country: 'DE', postalCodePrefixes: ['20', '21'] }],
      competencies: ['heat pumps'],
      capacity: 12,
      version: 1,
    });
    const row = await readRow(Partner, { id: result.data!.createPartner.id });
    expect(row).toMatchObject({ tenantId: tenant.id, name: 'Hansa Haustechnik', capacity: 12 });
  });

  it.each([Role.CHANNEL_MANAGER, Role.MARKETING, Role.DIRECT_SALES, Role.PARTNER_ADMIN, Role.PARTNER_SALES])(
    '%s may not create a partner (FORBIDDEN, nothing written)',
    async (role) => {
      const { tenant, staff } = await aStaffedTenant();
      const before = await countRows(Partner, { tenantId: tenant.id });
      const result = await api.graphql(CREATE, { input: { name: 'Not allowed' } }, await loginAs(api, staff[role]));
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect(await countRows(Partner, { tenantId: tenant.id })).toBe(before);
    },
  );

  it('a channel manager may read partners but not change them', async () => {
    const { p1, staff } = await aStaffedTenant();
    const token = await loginAs(api, staff[Role.CHANNEL_MANAGER]);
    expect((await api.graphql(PARTNER, { id: p1.id }, token)).data).toEqual({ partner: { id: p1.id, name: p1.name } });
    expect(codesOf(await api.graphql(UPDATE, { input: { id: p1.id, status: 'PAUSED' } }, token))).toEqual(['FORBIDDEN']);
    expect((await readRow(Partner, { id: p1.id })).status).toBe(PartnerStatus.ACTIVE);
  });

  it('a vendor admin pauses a partner and resumes it', async () => {
    const { tenant, update } = await asVendorAdmin();
    const partner = await aPartner(tenant);
    const paused = await update({ id: partner.id, status: 'PAUSED' });
    expect(paused.data!.updatePartner).toMatchObject({ status: 'PAUSED', version: partner.version + 1 });
    expect((await readRow(Partner, { id: partner.id })).status).toBe(PartnerStatus.PAUSED);

    const resumed = await update({ id: partner.id, status: 'ACTIVE' });
    expect(resumed.data!.updatePartner.status).toBe('ACTIVE');
  });

  it.each(['ACTIVE', 'PAUSED', 'INVITED'] as const)('an ENDED partner cannot become %s again: CONFLICT', async (status) => {
    const { tenant, update } = await asVendorAdmin();
    const partner = await aPartner(tenant);
    expect((await update({ id: partner.id, status: 'ENDED' })).data!.updatePartner.status).toBe('ENDED');

    const resumed = await update({ id: partner.id, status, name: 'Back again' });
    expect(codesOf(resumed)).toEqual(['CONFLICT']);
    expect(await readRow(Partner, { id: partner.id })).toMatchObject({ status: PartnerStatus.ENDED, name: partner.name });
  });

  it("refuses a second partner of the same name in a tenant (CONFLICT), but not in another tenant's", async () => {
    const { tenant, create, update } = await asVendorAdmin();
    const existing = await aPartner(tenant);
    const before = await countRows(Partner, { tenantId: tenant.id });

    const twin = await create({ name: existing.name });
    expect(codesOf(twin)).toEqual(['CONFLICT']);
    expect(twin.errors![0]!.extensions.field).toBe('name');
    expect(await countRows(Partner, { tenantId: tenant.id })).toBe(before);

    const other = await aPartner(tenant);
    const renamed = await update({ id: other.id, name: existing.name });
    expect(codesOf(renamed)).toEqual(['CONFLICT']);
    expect((await readRow(Partner, { id: other.id })).name).toBe(other.name);

    const elsewhere = await asVendorAdmin();
    expect((await elsewhere.create({ name: existing.name })).data?.createPartner.name).toBe(existing.name);
  });

  it('refuses a change based on a stale version (CONFLICT) and keeps the newer change', async () => {
    const { tenant, update } = await asVendorAdmin();
    const partner = await aPartner(tenant, { capacity: 5 });
    const read = partner.version;

    const first = await update({ id: partner.id, version: read, capacity: 7 });
    expect(first.data!.updatePartner).toMatchObject({ capacity: 7, version: read + 1 });

    const stale = await update({ id: partner.id, version: read, capacity: 9, city: 'Overwritten' });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions.field).toBe('version');
    expect(await readRow(Partner, { id: partner.id })).toMatchObject({ capacity: 7, version: read + 1, city: null });
  });

  it('pages through partners with first, after and pageInfo', async () => {
    const { tenant, token } = await asVendorAdmin();
    const names = ['Partner 1', 'Partner 2', 'Partner 3', 'Partner 4', 'Partner 5'];
    for (const name of [...names].reverse()) {
      await aPartner(tenant, { name });
    }
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const result: GraphQLResult<{ partners: Page }> = await api.graphql(PARTNERS, { first: 2, after }, token);
      expect(result.errors).toBeUndefined();
      pages.push(result.data!.partners);
      after = result.data!.partners.pageInfo.hasNextPage ? result.data!.partners.pageInfo.endCursor : null;
    } while (after && pages.length < 10);

    expect(pages.map((page) => page.nodes.map((node) => node.name))).toEqual([
      names.slice(0, 2),
      names.slice(2, 4),
      names.slice(4),
    ]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
    expect(pages.map((page) => page.totalCount)).toEqual([5, 5, 5]);
    expect(pages.map((page) => page.pageInfo.startCursor)).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
    expect(pages[1]!.pageInfo.startCursor).not.toBe(pages[1]!.pageInfo.endCursor);
    expect(pages[2]!.pageInfo.startCursor).toBe(pages[2]!.pageInfo.endCursor);
  });

  it('says whether items really lie before a page, not merely whether `after` was given', async () => {
    const { tenant, token } = await asVendorAdmin();
    const partners = [];
    for (const name of ['Partner 1', 'Partner 2', 'Partner 3', 'Partner 4']) {
      partners.push(await aPartner(tenant, { name }));
    }
    const page = async (after: string | null) => {
      const result = await api.graphql(PARTNERS, { first: 2, after }, token);
      expect(result.errors).toBeUndefined();
      return result.data!.partners;
    };
    const first = await page(null);
    const last = await page(first.pageInfo.endCursor);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });

    // Past the end: an empty page, and the whole list lies before it.
    expect(await page(last.pageInfo.endCursor)).toEqual({
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
      totalCount: 4,
    });

    // The first page's partners are gone: the page after its cursor is now the first.
    await (await ownerEm()).nativeDelete(Partner, { id: { $in: [partners[0]!.id, partners[1]!.id] } }, { filters: false });
    expect(await page(first.pageInfo.endCursor)).toMatchObject({
      nodes: [{ name: 'Partner 3' }, { name: 'Partner 4' }],
      pageInfo: { hasPreviousPage: false, hasNextPage: false },
    });
  });

  it.each([Role.PARTNER_ADMIN, Role.PARTNER_SALES])('%s sees only its own partner in partners', async (role) => {
    const { p1, staff } = await aStaffedTenant();
    const token = await loginAs(api, staff[role]);
    const result = await api.graphql(PARTNERS, { first: 100 }, token);
    expect(result.data?.partners).toEqual({
      nodes: [{ id: p1.id, name: p1.name }],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: expect.any(String), endCursor: expect.any(String) },
      totalCount: 1,
    });
    expect((await api.graphql(PARTNER, { id: p1.id }, token)).data).toEqual({ partner: { id: p1.id, name: p1.name } });
  });
});
