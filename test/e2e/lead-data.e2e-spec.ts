import { randomUUID } from 'node:crypto';
import { LeadStage } from '@leadrelay/leads';
import { aTenant } from '../factories/identity.factories';
import { aLead, storedEventTypes, storedLead } from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { codeOf, extensionsOf, gql } from '../support/graphql-results';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { CompanyInput, ContactPersonInput, CreateLeadInput } from '../support/graphql/generated/graphql';

const CREATE = graphql(`
  mutation LeadDataCreate($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      stage
      existingCustomer
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation LeadDataUpdate($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      id
      version
      company {
        name
      }
    }
  }
`);
const QUALIFY = graphql(`
  mutation LeadDataQualify($input: QualifyLeadInput!) {
    qualifyLead(input: $input) {
      id
      version
    }
  }
`);
const DUPLICATES = graphql(`
  query LeadDataDuplicates($id: ID!) {
    lead(id: $id) {
      id
      company {
        name
      }
      contact {
        email
      }
      duplicates {
        leadId
        matchedOn
        companyName
        stage
        createdAt
      }
    }
  }
`);

const aTag = () => randomUUID().slice(0, 8);

function aLeadInput(
  company: Partial<CompanyInput> & Pick<CompanyInput, 'name'>,
  contact: Partial<ContactPersonInput> = {},
): CreateLeadInput {
  return {
    source: 'CAMPAIGN',
    company: { country: 'DE', ...company },
    contact: { lastName: `Kontakt ${aTag()}`, ...contact },
    consent: { given: true },
  };
}

describe('lead data: stale writes, duplicates and existing customers', () => {
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

  const create = async (input: ReturnType<typeof aLeadInput>) =>
    (await gql(api, CREATE, { input }, vendor.marketing.token)).createLead;
  const duplicatesOf = async (id: string, token = vendor.channel.token) =>
    (await gql(api, DUPLICATES, { id }, token)).lead.duplicates;

  describe('updateLead with a stale version', () => {
    it('answers CONFLICT and overwrites nothing', async () => {
      const lead = await create(aLeadInput({ name: 'Erste Fassung GmbH' }));
      const updated = await gql(
        api,
        UPDATE,
        { input: { id: lead.id, version: lead.version, company: { name: 'Zweite Fassung GmbH', country: 'DE' } } },
        vendor.marketing.token,
      );
      expect(updated.updateLead.version).toBeGreaterThan(lead.version);
      const linesBefore = await storedEventTypes(lead.id);

      const stale = await api.graphql(
        UPDATE,
        { input: { id: lead.id, version: lead.version, company: { name: 'Veraltete Fassung GmbH', country: 'AT' } } },
        vendor.channel.token,
      );
      expect(extensionsOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'version' });
      const stored = await storedLead(lead.id);
      expect({ name: stored.company.name, country: stored.company.country, version: stored.version }).toEqual({
        name: 'Zweite Fassung GmbH',
        country: 'DE',
        version: updated.updateLead.version,
      });
      expect(await storedEventTypes(lead.id)).toEqual(linesBefore);
    });

    it('answers CONFLICT after a lifecycle move changed the lead since it was read', async () => {
      const lead = await create(aLeadInput({ name: 'Bewegt GmbH' }));
      await gql(api, QUALIFY, { input: { leadId: lead.id, score: 60, grade: 'B' } }, vendor.marketing.token);
      const stale = await api.graphql(
        UPDATE,
        { input: { id: lead.id, version: lead.version, contact: { lastName: 'Überschrieben' } } },
        vendor.marketing.token,
      );
      expect(codeOf(stale)).toBe('CONFLICT');
      const stored = await storedLead(lead.id);
      expect(stored.contact.lastName).not.toBe('Überschrieben');
      expect(stored.stage).toBe(LeadStage.QUALIFIED);
    });

    it('lets exactly one of two updates of the same version through when they arrive at once', async () => {
      for (let i = 0; i < 10; i++) {
        const lead = await create(aLeadInput({ name: `Gleichzeitig ${i} GmbH` }));
        const answers = await Promise.all(
          ['Fassung A GmbH', 'Fassung B GmbH'].map((name, j) =>
            api.graphql(
              UPDATE,
              { input: { id: lead.id, version: lead.version, company: { name, country: 'DE' } } },
              j === 0 ? vendor.marketing.token : vendor.channel.token,
            ),
          ),
        );
        expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
        const winner = answers.find((answer) => !answer.errors)!.data!.updateLead.company.name;
        const stored = await storedLead(lead.id);
        expect({ name: stored.company.name, version: stored.version }).toEqual({ name: winner, version: lead.version + 1 });
        expect((await storedEventTypes(lead.id)).filter((type) => type === 'lead.updated')).toHaveLength(1);
      }
    });
  });

  describe('duplicates', () => {
    it('lists an earlier lead with the same e-mail address, whatever its case', async () => {
      const tag = aTag();
      const first = await create(aLeadInput({ name: `Alpha ${tag} GmbH` }, { email: `Jan.Meyer.${tag}@gmail.com` }));
      const second = await create(aLeadInput({ name: `Beta ${tag} GmbH` }, { email: `jan.meyer.${tag}@GMAIL.com` }));
      expect(await duplicatesOf(second.id)).toEqual([
        expect.objectContaining({ leadId: first.id, matchedOn: ['EMAIL'], companyName: `Alpha ${tag} GmbH`, stage: 'NEW' }),
      ]);
      expect((await duplicatesOf(first.id)).map((match) => [match.leadId, match.matchedOn])).toEqual([[second.id, ['EMAIL']]]);
    });

    it('lists an earlier lead with the same web domain', async () => {
      const tag = aTag();
      const domain = `nordwind-${tag}.example`;
      const first = await create(aLeadInput({ name: `Nordwind ${tag} Handel`, website: `https://www.${domain}/kontakt` }));
      const second = await create(aLeadInput({ name: `NW ${tag} Service` }, { email: `einkauf@${domain}` }));
      expect((await duplicatesOf(second.id)).map((match) => [match.leadId, match.matchedOn])).toEqual([[first.id, ['DOMAIN']]]);
    });

    it('lists an earlier lead with the same company name, ignoring legal form and umlaut spelling', async () => {
      const tag = aTag();
      const first = await create(aLeadInput({ name: `Müller ${tag} & Söhne GmbH & Co. KG` }));
      const second = await create(aLeadInput({ name: `mueller ${tag} soehne` }));
      expect((await duplicatesOf(second.id)).map((match) => [match.leadId, match.matchedOn])).toEqual([
        [first.id, ['COMPANY_NAME']],
      ]);
    });

    it('merges nothing, matches nothing of another tenant, and shows partners no duplicates', async () => {
      const tag = aTag();
      const email = `dieselbe.${tag}@kontor.example`;
      const first = await create(aLeadInput({ name: `Kontor ${tag} AG` }, { email, firstName: 'Erste' }));
      const second = await create(aLeadInput({ name: `Kontor ${tag} AG` }, { email, firstName: 'Zweite' }));
      const foreign = await aLead(await aTenant(), { company: { name: `Kontor ${tag} AG` }, contact: { email } });
      const matches = await duplicatesOf(second.id);
      expect(matches.map((match) => [match.leadId, [...match.matchedOn].sort()])).toEqual([
        [first.id, ['COMPANY_NAME', 'DOMAIN', 'EMAIL']],
      ]);
      expect(matches.map((match) => match.leadId)).not.toContain(foreign.id);
      const [a, b] = [await storedLead(first.id), await storedLead(second.id)];
      expect([a.stage, a.contact.firstName, b.stage, b.contact.firstName]).toEqual([
        LeadStage.NEW,
        'Erste',
        LeadStage.NEW,
        'Zweite',
      ]);

      const held = await aLead(vendor.tenant, {
        stage: LeadStage.ACCEPTED,
        company: { name: `Kontor ${tag} AG` },
        holdingPartner: partner.partner,
        owner: partner.admin.user,
      });
      expect(await duplicatesOf(held.id, partner.admin.token)).toEqual([]);
      expect((await duplicatesOf(held.id)).map((match) => match.leadId).sort()).toEqual([first.id, second.id].sort());
    });
  });

  describe('existing customers', () => {
    it('flags a lead whose company already has a WON lead, by name or by web domain', async () => {
      const tag = aTag();
      const domain = `stammkunde-${tag}.example`;
      await aLead(vendor.tenant, { stage: LeadStage.WON, company: { name: `Stammkunde ${tag} GmbH`, website: domain } });
      const byName = await create(aLeadInput({ name: `Stammkunde ${tag} AG` }));
      const byDomain = await create(aLeadInput({ name: `Ganz anders ${tag} KG` }, { email: `neu@${domain}` }));
      const newcomer = await create(aLeadInput({ name: `Neukunde ${tag} GmbH` }));
      expect([byName.existingCustomer, byDomain.existingCustomer, newcomer.existingCustomer]).toEqual([true, true, false]);
      expect((await storedLead(byName.id)).stage).toBe(LeadStage.NEW);
    });

    it('does not flag a lead for a lead of the same company that is not WON', async () => {
      const tag = aTag();
      await aLead(vendor.tenant, { stage: LeadStage.IN_PROGRESS, company: { name: `Interessent ${tag} GmbH` } });
      const lead = await create(aLeadInput({ name: `Interessent ${tag} GmbH` }));
      expect(lead.existingCustomer).toBe(false);
    });
  });
});
