import request from 'supertest';
import { Lead, LeadEvent, LeadEventType, LeadStage, ScoringModel } from '@leadrelay/leads';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam, everyRole } from '../factories/team.factories';
import { distribute, offersOf } from '../factories/lead.factories';
import { codeOf, extensionsOf, gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type {
  ContactPersonInput,
  CreateLeadInput,
  InterestInput,
  LeadSource,
  Locale,
  UpdateScoringModelInput,
} from '../support/graphql/generated/graphql';

const CREATE_KEY = graphql(`
  mutation LeadScoringCreateKey($input: CreateIntakeKeyInput!) {
    createIntakeKey(input: $input) {
      secret
    }
  }
`);
const LEAD = graphql(`
  query LeadScoringLead($id: ID!, $language: Locale) {
    lead(id: $id) {
      id
      stage
      score
      grade
      version
      scoring {
        fit
        engagement
        grade
        level
        cell
        modelVersion
        overridden
      }
      scoreExplanation(language: $language) {
        modelVersion
        fit {
          score
          lines {
            kind
            group
            rule
            label
            points
          }
        }
        engagement {
          score
          lines {
            kind
            group
            rule
            label
            points
          }
        }
      }
      events {
        type
        actorName
        data
      }
    }
  }
`);
const CREATE_LEAD = graphql(`
  mutation LeadScoringCreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      stage
      version
      scoring {
        fit
        engagement
        cell
      }
    }
  }
`);
const UPDATE_LEAD = graphql(`
  mutation LeadScoringUpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      id
      stage
      version
      scoring {
        fit
        cell
        modelVersion
      }
    }
  }
`);
const RECORD = graphql(`
  mutation LeadScoringRecord($input: RecordEngagementInput!) {
    recordEngagement(input: $input) {
      id
      stage
      scoring {
        engagement
        level
        cell
      }
    }
  }
`);
const MODEL = graphql(`
  query LeadScoringModel($version: Int) {
    scoringModel(version: $version) {
      version
      createdByName
      groups {
        key
        axis
        cap
        rules {
          key
          field
          operator
          values
          min
          max
          points
        }
      }
      engagement {
        kind
        points
        halfLifeDays
      }
      engagementCap
      grades {
        a
        b
        c
      }
      levels {
        one
        two
      }
      autoQualification {
        fit
        engagement
      }
    }
  }
`);
const UPDATE_MODEL = graphql(`
  mutation LeadScoringUpdateModel($input: UpdateScoringModelInput!) {
    updateScoringModel(input: $input) {
      version
      createdByName
    }
  }
`);
const QUALIFY = graphql(`
  mutation LeadScoringQualify($input: QualifyLeadInput!) {
    qualifyLead(input: $input) {
      id
      stage
      score
      grade
      scoring {
        overridden
        cell
        fit
      }
    }
  }
`);
const TEASERS = graphql(`
  query LeadScoringTeasers($leadId: ID!) {
    offers(filter: { leadId: $leadId }) {
      nodes {
        teaser {
          score
          grade
          cell
        }
      }
    }
  }
`);

let counter = 0;
/** A lead that fits the default model well: medium-sized, a decision maker with a senior position, complete data. */
function aFittingLead(
  overrides: { interest?: Partial<InterestInput>; source?: LeadSource; contact?: Partial<ContactPersonInput> } = {},
): CreateLeadInput {
  counter += 1;
  return {
    source: overrides.source ?? 'WEB_FORM',
    company: {
      name: `Passend ${counter} GmbH`,
      industry: 'Logistik',
      employeeBand: 'MEDIUM',
      annualRevenue: 12_000_000,
      country: 'DE',
      postalCode: '20095',
      website: `passend-${counter}.example`,
    },
    contact: {
      lastName: `Kunde${counter}`,
      email: `einkauf@passend-${counter}.example`,
      phone: '+49 40 123456',
      position: 'Geschäftsführerin',
      decisionMaker: true,
      ...overrides.contact,
    },
    interest: { requestType: 'QUOTE_REQUEST', ...overrides.interest },
    consent: { given: true },
  };
}

describe('lead scoring', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let partner: PartnerTeam;

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    partner = await aPartnerTeam(api, vendor.tenant);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const leadAs = async (id: string, token = vendor.marketing.token, language?: Locale) =>
    (await gql(api, LEAD, { id, language }, token)).lead;
  const create = async (input: ReturnType<typeof aFittingLead>) =>
    (await gql(api, CREATE_LEAD, { input }, vendor.marketing.token)).createLead;

  it('scores a lead posted to the intake, explains it, and qualifies it by itself above both thresholds', async () => {
    const { secret } = (await gql(api, CREATE_KEY, { input: { name: 'Messe', source: 'TRADE_FAIR' } }, vendor.admin.token))
      .createIntakeKey;
    const posted = await request(api.app.getHttpServer())
      .post('/intake/leads')
      .set('X-Intake-Key', secret)
      .send({
        companyName: 'Messe Treffer GmbH',
        industry: 'Logistik',
        employeeBand: 'MEDIUM',
        annualRevenue: 12000000,
        country: 'DE',
        postalCode: '20095',
        website: 'messe-treffer.example',
        lastName: 'Treffer',
        email: 'leitung@messe-treffer.example',
        phone: '+49 40 99999',
        position: 'Geschäftsführer',
        decisionMaker: true,
        requestType: 'DEMO',
        consent: true,
      })
      .expect(201);

    const lead = await leadAs(posted.body.id);
    // Fit: size 20 + revenue 15 + contact 25 (15 + 10) + completeness 20 = 80; engagement: demo 35 + trade fair 15 = 50.
    expect(lead).toMatchObject({
      stage: LeadStage.QUALIFIED,
      score: 80,
      grade: 'A',
      scoring: { fit: 80, engagement: 50, grade: 'A', level: 2, cell: 'A2', modelVersion: 1, overridden: false },
    });
    expect(lead.scoreExplanation!.fit.lines.map((l) => [l.rule, l.points])).toEqual([
      ['size-medium-or-larger', 20],
      ['revenue-10m-plus', 15],
      ['decision-maker', 15],
      ['senior-position', 10],
      ['email-present', 7],
      ['phone-present', 7],
      ['website-present', 6],
    ]);
    expect(lead.scoreExplanation!.engagement).toEqual({
      score: 50,
      lines: [
        { kind: 'RULE', group: 'request-type', rule: 'demo', label: 'Art der Anfrage ist Demo-Anfrage', points: 35 },
        {
          kind: 'RULE',
          group: 'source',
          rule: 'personal-contact',
          label: 'Quelle ist Messe, Empfehlung, Vom Partner erfasst',
          points: 15,
        },
      ],
    });
    const english = await leadAs(posted.body.id, vendor.marketing.token, 'EN');
    expect(english.scoreExplanation!.fit.lines[0]!.label).toBe(
      'Company size is 50–249 employees, 250–999 employees, 1,000 employees or more',
    );

    const scored = lead.events.find((e) => e.type === LeadEventType.LEAD_SCORED)!;
    expect(scored).toMatchObject({
      actorName: 'LeadRelay',
      data: { cause: 'created', modelVersion: 1, fit: 80, engagement: 50, cell: 'A2' },
    });
    const qualified = lead.events.find((e) => e.type === LeadEventType.LEAD_QUALIFIED)!;
    expect(qualified).toMatchObject({ actorName: 'LeadRelay', data: { automatic: true, modelVersion: 1, cell: 'A2' } });
    expect(lead.events.map((e) => e.type)).toEqual([
      LeadEventType.LEAD_CREATED,
      LeadEventType.LEAD_SCORED,
      LeadEventType.LEAD_QUALIFIED,
    ]);
  });

  it('moves a lead above the fit threshold only to NURTURING, and leaves one below it to a person', async () => {
    const nurtured = await create(aFittingLead({ interest: { requestType: 'QUOTE_REQUEST' } }));
    expect(nurtured.stage).toBe(LeadStage.NURTURING);
    const line = (await leadAs(nurtured.id)).events.find((e) => e.type === LeadEventType.LEAD_NURTURED)!;
    expect(line).toMatchObject({ actorName: 'LeadRelay', data: { automatic: true } });

    const waiting = await create(
      aFittingLead({ contact: { decisionMaker: false, position: 'Sachbearbeitung', phone: undefined } }),
    );
    expect(waiting.stage).toBe(LeadStage.NEW);
  });

  it('re-scores on an engagement and on changed data, each change a history line; a NEW lead then qualifies by itself', async () => {
    const input = aFittingLead({
      contact: { decisionMaker: false, position: 'Sachbearbeitung' },
      interest: { requestType: 'DEMO' },
    });
    const lead = await create(input);
    expect(lead.stage).toBe(LeadStage.NEW);
    const before = await leadAs(lead.id);
    expect(before.scoring).toMatchObject({ fit: 55, engagement: 45 });

    const engaged = await gql(
      api,
      RECORD,
      { input: { leadId: lead.id, kind: 'WEBINAR', detail: 'Webinar Wärmepumpen im Bestand' } },
      vendor.marketing.token,
    );
    expect(engaged.recordEngagement).toMatchObject({ stage: LeadStage.NEW, scoring: { engagement: 60, cell: 'B1' } });

    const { version } = await leadAs(lead.id);
    const updated = await gql(
      api,
      UPDATE_LEAD,
      { input: { id: lead.id, version, contact: { ...input.contact, decisionMaker: true } } },
      vendor.marketing.token,
    );
    expect(updated.updateLead.stage).toBe(LeadStage.QUALIFIED);
    const after = await leadAs(lead.id);
    expect(after.events.filter((e) => e.type === LeadEventType.LEAD_SCORED).map((e) => e.data.cause)).toEqual([
      'created',
      'engagement',
      'updated',
    ]);
    expect(after.events.find((e) => e.data.cause === 'updated')!.data).toMatchObject({
      fit: 70,
      previous: { fit: 55, engagement: 60, cell: 'B1', modelVersion: 1 },
    });
  });

  it('writes no score line when a change leaves the score as it was', async () => {
    const input = aFittingLead({ contact: { decisionMaker: false, position: 'Sachbearbeitung' } });
    const lead = await create(input);
    await gql(
      api,
      UPDATE_LEAD,
      { input: { id: lead.id, version: lead.version, company: { ...input.company, name: 'Umbenannt GmbH' } } },
      vendor.marketing.token,
    );
    const events = (await leadAs(lead.id)).events.map((e) => e.type);
    expect(events.filter((t) => t === LeadEventType.LEAD_SCORED)).toHaveLength(1);
    expect(events).toContain(LeadEventType.LEAD_UPDATED);
  });

  it('fades an engagement by its age: a webinar one half-life ago counts half', async () => {
    const lead = await create(aFittingLead({ contact: { decisionMaker: false, position: 'Sachbearbeitung' } }));
    const monthAgo = new Date(Date.now() - 30 * 86_400_000);
    await gql(
      api,
      RECORD,
      { input: { leadId: lead.id, kind: 'WEBINAR', occurredAt: monthAgo.toISOString() } },
      vendor.marketing.token,
    );
    const { scoreExplanation } = await leadAs(lead.id);
    expect(scoreExplanation!.engagement.lines).toContainEqual({
      kind: 'ENGAGEMENT',
      group: 'engagement',
      rule: null,
      label: '1 × Webinar (Halbwertszeit 30 Tage)',
      points: 7.5,
    });
    expect(scoreExplanation!.engagement.score).toBe(48); // 30 + 10 + 7.5, rounded
  });

  it('refuses engagements in the future or older than a year, and partners recording them', async () => {
    const lead = await create(aFittingLead());
    const future = await api.graphql(
      RECORD,
      { input: { leadId: lead.id, kind: 'DOWNLOAD', occurredAt: new Date(Date.now() + 3_600_000).toISOString() } },
      vendor.marketing.token,
    );
    expect(extensionsOf(future)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
    const ancient = await api.graphql(
      RECORD,
      { input: { leadId: lead.id, kind: 'DOWNLOAD', occurredAt: new Date('2020-01-01').toISOString() } },
      vendor.marketing.token,
    );
    expect(extensionsOf(ancient)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
    expect(codeOf(await api.graphql(RECORD, { input: { leadId: lead.id, kind: 'DOWNLOAD' } }, partner.admin.token))).toBe(
      'NOT_FOUND',
    );
  });

  it('keeps a manual qualification as an override, recorded as such, through later re-scores', async () => {
    const input = aFittingLead({ contact: { decisionMaker: false, position: 'Sachbearbeitung' } });
    const lead = await create(input);
    const qualified = await gql(api, QUALIFY, { input: { leadId: lead.id, score: 90, grade: 'A' } }, vendor.marketing.token);
    expect(qualified.qualifyLead).toEqual({
      id: lead.id,
      stage: 'QUALIFIED',
      score: 90,
      grade: 'A',
      scoring: { overridden: true, cell: 'A2', fit: 55 },
    });
    const line = (await leadAs(lead.id)).events.find((e) => e.type === LeadEventType.LEAD_QUALIFIED)!;
    expect(line.actorName).not.toBe('LeadRelay');
    expect(line.data).toMatchObject({
      score: 90,
      grade: 'A',
      manual: true,
      overrides: true,
      computed: { fit: 55, grade: 'B', modelVersion: 1 },
    });

    await gql(api, RECORD, { input: { leadId: lead.id, kind: 'DOWNLOAD' } }, vendor.marketing.token);
    const after = await leadAs(lead.id);
    expect(after).toMatchObject({ stage: 'QUALIFIED', score: 90, grade: 'A', scoring: { fit: 55, overridden: true } });
  });

  it('shows partners grade and cell in the teaser, never the rules', async () => {
    const { id } = await create(aFittingLead({ source: 'REFERRAL', interest: { requestType: 'DEMO' } }));
    expect((await leadAs(id)).stage).toBe(LeadStage.QUALIFIED);
    await distribute(api, vendor.channel.token, id, [partner.partner.id]);
    const teasers = await gql(api, TEASERS, { leadId: id }, partner.sales.token);
    expect(teasers.offers.nodes).toEqual([{ teaser: { score: 80, grade: 'A', cell: 'A2' } }]);

    const [offer] = await offersOf(api, partner.sales.token, id);
    await gql(
      api,
      graphql(`
        mutation LeadScoringAcceptOffer($id: ID!) {
          acceptOffer(id: $id) {
            id
          }
        }
      `),
      { id: offer!.id },
      partner.sales.token,
    );
    const held = await leadAs(id, partner.sales.token);
    expect(held.scoreExplanation).toBeNull();
    expect(held.scoring!.cell).toBe('A2');
  });

  describe('the scoring model', () => {
    const aModelInput = (overrides: Partial<UpdateScoringModelInput> = {}): UpdateScoringModelInput => ({
      groups: [
        {
          key: 'industry',
          axis: 'FIT',
          cap: 40,
          rules: [{ key: 'logistics', field: 'INDUSTRY', operator: 'IN', values: ['Logistik'], points: 40 }],
        },
        {
          key: 'free-mail',
          axis: 'FIT',
          cap: 10,
          rules: [{ key: 'free-mail-address', field: 'EMAIL', operator: 'FREE_MAIL', points: -10 }],
        },
        {
          key: 'request',
          axis: 'ENGAGEMENT',
          cap: 30,
          rules: [{ key: 'quote', field: 'REQUEST_TYPE', operator: 'IN', values: ['QUOTE_REQUEST'], points: 30 }],
        },
      ],
      engagement: [{ kind: 'NEWSLETTER_CLICK', points: 5, halfLifeDays: 14 }],
      engagementCap: 20,
      grades: { a: 70, b: 40, c: 20 },
      levels: { one: 60, two: 25 },
      ...overrides,
    });

    it('is read by vendor users and saved by the vendor admin only, as the next version', async () => {
      const team = await aVendorTeam(api);
      const partnerTeam = await aPartnerTeam(api, team.tenant);
      const current = await gql(api, MODEL, {}, team.channel.token);
      expect(current.scoringModel).toMatchObject({ version: 1, createdByName: 'LeadRelay' });
      for (const [role, member] of everyRole(team, partnerTeam)) {
        if (role === 'VENDOR_ADMIN') continue;
        expect([role, codeOf(await api.graphql(UPDATE_MODEL, { input: aModelInput() }, member.token))]).toEqual([
          role,
          'FORBIDDEN',
        ]);
      }
      expect(codeOf(await api.graphql(MODEL, {}, partnerTeam.admin.token))).toBe('FORBIDDEN');

      const saved = await gql(api, UPDATE_MODEL, { input: aModelInput() }, team.admin.token);
      expect(saved.updateScoringModel).toEqual({ version: 2, createdByName: team.admin.user.name });
      const old = await gql(api, MODEL, { version: 1 }, team.marketing.token);
      expect(old.scoringModel.groups.map((g) => g.key)).toContain('company-size');
      const now = await gql(api, MODEL, {}, team.marketing.token);
      expect(now.scoringModel).toMatchObject({ version: 2, autoQualification: null });

      // Scored by version 2: a free-mail address costs points now that the model says so, and nothing moves by itself.
      const lead = await gql(
        api,
        CREATE_LEAD,
        { input: { ...aFittingLead(), contact: { lastName: 'Frei', email: 'max.frei@gmail.com' } } },
        team.marketing.token,
      );
      expect(lead.createLead).toMatchObject({ stage: 'NEW', scoring: { fit: 30, engagement: 30, cell: 'C2' } });
    });

    it('re-scores a lead scored by the old version with the new one when its data changes', async () => {
      const team = await aVendorTeam(api);
      const input = aFittingLead();
      const lead = await gql(api, CREATE_LEAD, { input }, team.marketing.token);
      await gql(api, UPDATE_MODEL, { input: aModelInput() }, team.admin.token);
      const updated = await gql(
        api,
        UPDATE_LEAD,
        {
          input: {
            id: lead.createLead.id,
            version: lead.createLead.version,
            contact: { ...input.contact, phone: '+49 40 654321' },
          },
        },
        team.marketing.token,
      );
      expect(updated.updateLead.scoring).toEqual({ fit: 40, cell: 'B2', modelVersion: 2 });
      const events = (await leadAs(lead.createLead.id, team.marketing.token)).events.filter(
        (e) => e.type === LeadEventType.LEAD_SCORED,
      );
      expect(events.map((e) => [e.data.modelVersion, e.data.cause])).toEqual([
        [1, 'created'],
        [2, 'updated'],
      ]);
    });

    it('refuses a wrong model naming the field, and saves nothing', async () => {
      const team = await aVendorTeam(api);
      const attempts: [Record<string, unknown>, string][] = [
        [
          {
            groups: [
              {
                key: 'x',
                axis: 'FIT',
                cap: 10,
                rules: [{ key: 'r', field: 'ANNUAL_REVENUE', operator: 'IN', values: ['1'], points: 5 }],
              },
            ],
          },
          'groups.0.rules.0.operator',
        ],
        [
          {
            groups: [
              {
                key: 'x',
                axis: 'FIT',
                cap: 10,
                rules: [{ key: 'r', field: 'NO_SUCH_FIELD', operator: 'IN', values: ['1'], points: 5 }],
              },
            ],
          },
          '',
        ],
        [{ engagement: [{ kind: 'WEBINAR', points: 5, halfLifeDays: -3 }] }, 'engagement.0.halfLifeDays'],
        [{ grades: { a: 40, b: 50, c: 20 } }, 'grades'],
        [
          {
            groups: [{ key: 'x', axis: 'FIT', cap: 10, rules: [{ key: 'r', field: 'PHONE', operator: 'PRESENT', points: 500 }] }],
          },
          'groups.0.rules.0.points',
        ],
        [{ groups: Array.from({ length: 21 }, (_, i) => ({ key: `g${i}`, axis: 'FIT', cap: 1, rules: [] })) }, 'groups'],
      ];
      for (const [overrides, field] of attempts) {
        // Some attempts are wrong on purpose where the types would refuse them (an unknown field): cast.
        const refused = await api.graphql(
          UPDATE_MODEL,
          { input: aModelInput(overrides as Partial<UpdateScoringModelInput>) },
          team.admin.token,
        );
        expect(codeOf(refused)).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
        if (field) expect(extensionsOf(refused).field).toBe(field);
      }
      const stored = await (await ownerEm()).find(ScoringModel, { tenantId: team.tenant.id }, { filters: false });
      expect(stored.map((m) => m.version)).toEqual([1]);
    });
  });

  it('stores the score with the lead and its lines with the model version', async () => {
    const { id } = await create(aFittingLead());
    const em = await ownerEm();
    const stored = await em.findOneOrFail(Lead, { id }, { filters: false });
    expect(stored.scoring).toMatchObject({ modelVersion: 1, fit: 80, engagement: 40, cell: 'A2' });
    const lines = await em.find(LeadEvent, { lead: id, type: LeadEventType.LEAD_SCORED }, { filters: false });
    expect(lines).toHaveLength(1);
  });
});
