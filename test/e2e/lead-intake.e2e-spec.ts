import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Client as PgClient } from 'pg';
import request from 'supertest';
import { IntakeKey, IntakeService, Lead, LeadEvent, LeadEventType, LeadSource, LeadStage } from '@leadrelay/leads';
import { type VendorTeam, aVendorTeam, everyRole, aPartnerTeam } from '../factories/team.factories';
import { codeOf, gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const CREATE_KEY = graphql(`
  mutation LeadIntakeCreateKey($input: CreateIntakeKeyInput!) {
    createIntakeKey(input: $input) {
      secret
      intakeKey {
        id
        name
        source
        sourceDetail
        prefix
        leadsCreated
        lastUsedAt
        revokedAt
        createdAt
      }
    }
  }
`);
const KEYS = graphql(`
  query LeadIntakeKeys {
    intakeKeys {
      id
      name
      source
      sourceDetail
      prefix
      leadsCreated
      lastUsedAt
      revokedAt
      createdAt
    }
  }
`);
const REVOKE = graphql(`
  mutation LeadIntakeRevoke($id: ID!) {
    revokeIntakeKey(id: $id) {
      id
      revokedAt
    }
  }
`);

interface CreatedKey {
  secret: string;
  intakeKey: { id: string; name: string; source: string; prefix: string };
}

/** The driver as the ORM loaded it (its own copy of pg): every statement of a tenant transaction goes through its client's `query`. */
const nodePg = createRequire(createRequire(__filename).resolve('@mikro-orm/postgresql'))('pg') as { Client: typeof PgClient };

let counter = 0;
/** A lead as a web form posts it, unique per call. */
function aPost(overrides: Record<string, string | number | boolean> = {}): Record<string, string | number | boolean> {
  counter += 1;
  return {
    companyName: `Messebesucher ${counter} GmbH`,
    country: 'de',
    postalCode: '80331',
    city: 'München',
    firstName: 'Eva',
    lastName: `Berger${counter}`,
    email: `eva.berger.${counter}@messebesucher.example`,
    phone: '+49 89 123456',
    productLine: 'Wärmepumpen',
    message: 'Bitte um ein Angebot',
    requestType: 'quote_request',
    consent: true,
    ...overrides,
  };
}

async function leadsOf(tenantId: string): Promise<Lead[]> {
  return (await ownerEm()).find(Lead, { tenantId }, { filters: false });
}

describe('POST /intake/leads', () => {
  let api: TestApi;
  let vendor: VendorTeam;

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const post = () => request(api.app.getHttpServer()).post('/intake/leads');

  async function aKey(team: VendorTeam = vendor, input: Record<string, string> = {}): Promise<CreatedKey> {
    return (
      await gql(
        api,
        CREATE_KEY,
        { input: { name: 'Messe-Formular', source: 'TRADE_FAIR', sourceDetail: 'Messe Essen 2026', ...input } },
        team.admin.token,
      )
    ).createIntakeKey;
  }

  it('shows a new key once; the list and the database hold only its prefix and hash', async () => {
    const partner = await aPartnerTeam(api, vendor.tenant);
    for (const [role, member] of everyRole(vendor, partner).filter(([role]) => role !== 'VENDOR_ADMIN')) {
      const refused = await api.graphql(CREATE_KEY, { input: { name: 'x', source: 'API' } }, member.token);
      expect([role, codeOf(refused)]).toEqual([role, 'FORBIDDEN']);
    }

    const created = await aKey();
    expect(created.secret).toMatch(/^lrk_[0-9a-f]{32}_[A-Za-z0-9_-]{32}$/);
    expect(created.secret).toContain(vendor.tenant.id.replaceAll('-', ''));
    expect(created.intakeKey).toMatchObject({ name: 'Messe-Formular', source: 'TRADE_FAIR' });
    expect(created.secret).toContain(created.intakeKey.prefix);

    const listed = await api.graphql(KEYS, {}, vendor.admin.token);
    expect(listed.data!.intakeKeys.map((key) => key.id)).toContain(created.intakeKey.id);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const stored = await (await ownerEm()).findOneOrFail(IntakeKey, { id: created.intakeKey.id }, { filters: false });
    expect(stored.secretHash).toBe(createHash('sha256').update(created.secret).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(created.secret);
  });

  it("takes a JSON post (201 with the lead's id) as a lead of the key's source", async () => {
    const key = await aKey();
    const body = aPost({ website: 'messebesucher.example', employeeBand: 'small', budget: '25000' });
    const response = await post().set('X-Intake-Key', key.secret).send(body).expect(201);
    expect(response.body).toEqual({ id: expect.any(String), created: true });

    const em = await ownerEm();
    const lead = await em.findOneOrFail(Lead, { id: response.body.id }, { filters: false });
    expect(lead).toMatchObject({
      tenantId: vendor.tenant.id,
      source: LeadSource.TRADE_FAIR,
      sourceDetail: 'Messe Essen 2026',
      stage: LeadStage.NEW,
      company: { name: body.companyName, country: 'DE', postalCode: '80331', website: 'messebesucher.example' },
      contact: { lastName: body.lastName, email: body.email },
      interest: { requestType: 'QUOTE_REQUEST', description: 'Bitte um ein Angebot' },
      consent: { given: true },
    });
    expect(Number(lead.interest.budget)).toBe(25_000);
    const [created] = await em.find(LeadEvent, { lead: lead.id }, { filters: false });
    expect(created).toMatchObject({ type: 'lead.created', actorName: 'Intake: Messe-Formular', actorUserId: null });
    const stored = await em.findOneOrFail(IntakeKey, { id: key.intakeKey.id }, { filters: false });
    expect(stored.leadsCreated).toBe(1);
    expect(stored.lastUsedAt).toBeInstanceOf(Date);
  });

  it('takes an HTML form post with the key as a field and a checked consent box', async () => {
    const key = await aKey();
    const form = { ...aPost({ consent: 'on', decisionMaker: 'on' }), intakeKey: key.secret };
    const response = await post().type('form').send(form).expect(201);
    const lead = await (await ownerEm()).findOneOrFail(Lead, { id: response.body.id }, { filters: false });
    expect(lead.consent.given).toBe(true);
    expect(lead.contact.decisionMaker).toBe(true);
    expect(lead.source).toBe(LeadSource.TRADE_FAIR);

    const bearer = await post().set('Authorization', `Bearer ${key.secret}`).send(aPost()).expect(201);
    expect(bearer.body.created).toBe(true);
  });

  it('answers bad fields with 400 and every field error, and writes nothing', async () => {
    const key = await aKey();
    const before = await leadsOf(vendor.tenant.id);
    const response = await post()
      .set('X-Intake-Key', key.secret)
      .send(aPost({ companyName: '  ', country: 'Deutschland', email: 'kein-mail', requestType: 'CALL_ME' }))
      .expect(400);
    expect(response.body.code).toBe('BAD_USER_INPUT');
    expect([...new Set(response.body.errors.map((error: { field: string }) => error.field))].sort()).toEqual(
      ['companyName', 'country', 'email', 'requestType'].sort(),
    );
    const form = await post().type('form').send({ intakeKey: key.secret, lastName: 'Berger' }).expect(400);
    expect(form.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['companyName', 'country']),
    );
    expect(await leadsOf(vendor.tenant.id)).toHaveLength(before.length);
  });

  it('answers a missing, malformed, unknown or revoked key with 401 and writes nothing', async () => {
    const key = await aKey();
    const before = await leadsOf(vendor.tenant.id);
    await post().send(aPost()).expect(401);
    await post().set('X-Intake-Key', 'not-a-key').send(aPost()).expect(401);
    const unknown = `${key.secret.slice(0, -4)}AAAA`;
    await post().set('X-Intake-Key', unknown).send(aPost()).expect(401);

    await gql(api, REVOKE, { id: key.intakeKey.id }, vendor.admin.token);
    const revoked = await post().set('X-Intake-Key', key.secret).send(aPost()).expect(401);
    expect(revoked.body.code).toBe('UNAUTHENTICATED');
    expect(await leadsOf(vendor.tenant.id)).toHaveLength(before.length);
  });

  it("does not let a key of one tenant post into another by naming that tenant's id", async () => {
    const key = await aKey();
    const other = await aVendorTeam(api);
    const tampered = key.secret.replace(vendor.tenant.id.replaceAll('-', ''), other.tenant.id.replaceAll('-', ''));
    expect(tampered).not.toBe(key.secret);
    const before = await leadsOf(vendor.tenant.id);
    await post().set('X-Intake-Key', tampered).send(aPost()).expect(401);
    expect(await leadsOf(other.tenant.id)).toHaveLength(0);
    expect(await leadsOf(vendor.tenant.id)).toHaveLength(before.length);
  });

  it('answers a retry with the same Idempotency-Key or external reference with the first lead (200), creating one', async () => {
    const key = await aKey();
    const body = aPost();
    const first = await post().set('X-Intake-Key', key.secret).set('Idempotency-Key', `retry-${counter}`).send(body).expect(201);
    const again = await post().set('X-Intake-Key', key.secret).set('Idempotency-Key', `retry-${counter}`).send(body).expect(200);
    expect(again.body).toEqual({ id: first.body.id, created: false });

    const withReference = aPost({ externalReference: `CRM-${counter}` });
    const byReference = await post().set('X-Intake-Key', key.secret).send(withReference).expect(201);
    const repeated = await post().set('X-Intake-Key', key.secret).send(withReference).expect(200);
    expect(repeated.body).toEqual({ id: byReference.body.id, created: false });

    const leads = await leadsOf(vendor.tenant.id);
    expect(leads.filter((lead) => lead.contact.lastName === body.lastName)).toHaveLength(1);
    expect(leads.filter((lead) => lead.externalReference === withReference.externalReference)).toHaveLength(1);
  });

  it('answers retries sent at the same moment with one lead', async () => {
    const key = await aKey();
    const byHeader = { header: `parallel-${counter}`, body: aPost() };
    const byReference = { header: undefined, body: aPost({ externalReference: `CRM-parallel-${counter}` }) };
    for (const { header, body } of [byHeader, byReference]) {
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => {
          const call = post().set('X-Intake-Key', key.secret);
          return (header ? call.set('Idempotency-Key', header) : call).send(body);
        }),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 201]);
      expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
      const leads = await leadsOf(vendor.tenant.id);
      expect(leads.filter((lead) => lead.contact.lastName === body.lastName)).toHaveLength(1);
    }
  });

  it('takes posts sent at the same moment together, each answered with its own lead, and refuses an unknown key among them alone', async () => {
    const form = await aKey(vendor, { name: 'Formular A' });
    const fair = await aKey(vendor, { name: 'Formular B' });
    const unknown = `${form.secret.slice(0, -4)}${form.secret.endsWith('aaaa') ? 'bbbb' : 'aaaa'}`;
    const secrets = [...Array(6).fill(form.secret), ...Array(5).fill(fair.secret), unknown] as string[];
    const bodies = secrets.map(() => aPost());
    const logQuery = jest.spyOn(nodePg.Client.prototype, 'query');
    let transactions: number;
    let answers: request.Response[];
    try {
      answers = await Promise.all(secrets.map((secret, i) => post().set('X-Intake-Key', secret).send(bodies[i]!)));
      transactions = logQuery.mock.calls.filter(([query]) => /^begin\b/i.test(String(query))).length;
    } finally {
      logQuery.mockRestore();
    }
    expect(answers.map((answer) => answer.status)).toEqual([...Array(11).fill(201), 401]);
    expect(new Set(answers.slice(0, 11).map((answer) => answer.body.id)).size).toBe(11);
    // Group commit: the first post alone, those that came while it was written together. How many
    // come together depends on when they arrive (on a loaded machine they trickle in), but one by
    // one would be 12 transactions, and a batch that failed and was taken again one by one 13.
    expect(transactions).toBeLessThan(secrets.length);
    const em = await ownerEm();
    const leads = await em.find(Lead, { id: { $in: answers.slice(0, 11).map((a) => a.body.id as string) } }, { filters: false });
    expect(new Map(leads.map((lead) => [lead.id, lead.contact.lastName]))).toEqual(
      new Map(answers.slice(0, 11).map((answer, i) => [answer.body.id, bodies[i]!.lastName])),
    );
    const created = await em.find(
      LeadEvent,
      { lead: { $in: leads.map((lead) => lead.id) }, type: LeadEventType.LEAD_CREATED },
      { filters: false, populate: ['lead'] },
    );
    expect(new Map(created.map((line) => [line.lead.id, line.actorName]))).toEqual(
      new Map(answers.slice(0, 11).map((answer, i) => [answer.body.id, i < 6 ? 'Intake: Formular A' : 'Intake: Formular B'])),
    );
    const counted = await em.find(IntakeKey, { id: { $in: [form.intakeKey.id, fair.intakeKey.id] } }, { filters: false });
    expect(Object.fromEntries(counted.map((key) => [key.name, key.leadsCreated]))).toEqual({ 'Formular A': 6, 'Formular B': 5 });
  });

  it('counts every lead of posts from one key sent at the same moment', async () => {
    const key = await aKey();
    const answers = await Promise.all(Array.from({ length: 8 }, () => post().set('X-Intake-Key', key.secret).send(aPost())));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201));
    const stored = await (await ownerEm()).findOneOrFail(IntakeKey, { id: key.intakeKey.id }, { filters: false });
    expect(stored.leadsCreated).toBe(8);
  });

  it(`refuses the post after ${IntakeService.POSTS_PER_MINUTE} a minute from one key with 429 and Retry-After`, async () => {
    const key = await aKey();
    const body = aPost();
    for (let i = 0; i < IntakeService.POSTS_PER_MINUTE; i++) {
      await post()
        .set('X-Intake-Key', key.secret)
        .set('Idempotency-Key', `limit-${counter}`)
        .send(body)
        .expect(i === 0 ? 201 : 200);
    }
    const limited = await post()
      .set('X-Intake-Key', key.secret)
      .set('Idempotency-Key', `limit-${counter}`)
      .send(body)
      .expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another key is not held back by this one.
    await post()
      .set('X-Intake-Key', (await aKey()).secret)
      .send(aPost())
      .expect(201);
  });
});
