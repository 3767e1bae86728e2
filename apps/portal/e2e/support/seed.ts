// Data for the stories, made through the same GraphQL API the portal uses, as the people who would make it.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';

export const PASSWORD = 'leadrelay-demo';
export const TENANTS = { nordlicht: '6f1b2c3d-0000-4000-8000-000000000001', acme: '6f1b2c3d-0000-4000-8000-000000000002' };
export const PARTNERS = {
  hansa: '6f1b2c3d-0000-4000-8000-000000000011',
  isar: '6f1b2c3d-0000-4000-8000-000000000012',
  rhein: '6f1b2c3d-0000-4000-8000-000000000013',
};

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions: { code: string } }[];
}

/** A person's GraphQL session over the API (a login of its own, not the browser's). */
export class Api {
  private token?: string;

  constructor(
    private readonly request: APIRequestContext,
    readonly email: string,
    private readonly tenantId?: string,
  ) {}

  async call<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    this.token ??= await this.login();
    const response = await this.request.post('/graphql', {
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      data: { query, variables },
    });
    const body = (await response.json()) as Answer<T>;
    if (body.errors) throw new Error(`${this.email}: ${body.errors.map((e) => `${e.extensions.code} ${e.message}`).join('; ')}`);
    return body.data!;
  }

  private async login(): Promise<string> {
    const response = await this.request.post('/graphql', {
      data: {
        query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: { email: this.email, password: PASSWORD, tenantId: this.tenantId } },
      },
    });
    const body = (await response.json()) as Answer<{ login: { accessToken: string } }>;
    if (!body.data) throw new Error(`login of ${this.email} failed: ${JSON.stringify(body.errors)}`);
    return body.data.login.accessToken;
  }
}

/** A made-up but unique industry: the teaser's title, so a story finds its own offer among others. */
export const uniqueIndustry = (word: string) => `${word} ${randomUUID().slice(0, 6)}`;

export interface SeededLead {
  id: string;
  company: string;
  industry: string;
  contact: { firstName: string; lastName: string; email: string };
}

/** A qualified lead of Nordlicht in Hamburg, with consent, made by its channel manager. */
export async function aQualifiedLead(channel: Api, industry = uniqueIndustry('Brauerei')): Promise<SeededLead> {
  const suffix = randomUUID().slice(0, 6);
  const contact = { firstName: 'Greta', lastName: `Ohlsen-${suffix}`, email: `greta.${suffix}@kunde.example` };
  const company = `Kunde ${suffix} GmbH`;
  const { createLead } = await channel.call<{ createLead: { id: string } }>(
    `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
    {
      input: {
        source: 'WEB_FORM',
        company: {
          name: company,
          country: 'DE',
          postalCode: '20095',
          city: 'Hamburg',
          street: 'Kai 1',
          industry,
          employeeBand: 'SMALL',
        },
        contact: { ...contact, phone: '+49 40 123456' },
        interest: { requestType: 'QUOTE_REQUEST', productLine: 'Wärmepumpe L' },
        consent: { given: true },
      },
    },
  );
  await channel.call(`mutation ($input: QualifyLeadInput!) { qualifyLead(input: $input) { id } }`, {
    input: { leadId: createLead.id, score: 80, grade: 'A' },
  });
  return { id: createLead.id, company, industry, contact };
}

export async function distribute(
  channel: Api,
  leadId: string,
  partnerIds: string[],
  mode: 'EXCLUSIVE' | 'SHARED',
  expiresAt?: string,
): Promise<void> {
  await channel.call(`mutation ($input: DistributeLeadInput!) { distributeLead(input: $input) { id } }`, {
    input: { leadId, partnerIds, mode, expiresAt },
  });
}

/** The partner's pending offer of a lead. */
export async function offerOf(partner: Api, leadId: string): Promise<string> {
  const { offers } = await partner.call<{ offers: { nodes: { id: string }[] } }>(
    `query ($leadId: ID) { offers(filter: { leadId: $leadId, status: [PENDING] }) { nodes { id } } }`,
    { leadId },
  );
  return offers.nodes[0]!.id;
}

export async function accept(partner: Api, leadId: string): Promise<void> {
  await partner.call(`mutation ($id: ID!) { acceptOffer(id: $id) { id } }`, { id: await offerOf(partner, leadId) });
}
