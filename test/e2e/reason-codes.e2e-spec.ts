import { CATALOGS, Locale } from '@leadrelay/core';
import { User } from '@leadrelay/identity';
import { Offer, OfferStatus } from '@leadrelay/distribution';
import { DEFAULT_REASON_CODES, LeadStage, ReasonCode, ReasonCodeKind } from '@leadrelay/leads';
import {
  DECLINE,
  aLead,
  aQualifiedLead,
  anAcceptedLead,
  distribute,
  pendingOfferOf,
  storedEventTypes,
  storedLead,
} from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam, everyRole } from '../factories/team.factories';
import { codeOf, extensionsOf, gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type {
  CreateReasonCodeInput,
  DeclineOfferInput,
  ReasonCodeLabelInput,
  UpdateReasonCodeInput,
} from '../support/graphql/generated/graphql';

graphql(`
  fragment ReasonCodesFields on ReasonCode {
    id
    key
    kind
    label
    labels {
      locale
      text
    }
    commentRequired
    followUp
    retired
  }
`);
const REASON_CODES = graphql(`
  query ReasonCodesReasonCodes($kind: ReasonCodeKind, $includeRetired: Boolean! = false) {
    reasonCodes(kind: $kind, includeRetired: $includeRetired) {
      ...ReasonCodesFields
    }
  }
`);
const CREATE = graphql(`
  mutation ReasonCodesCreate($input: CreateReasonCodeInput!) {
    createReasonCode(input: $input) {
      ...ReasonCodesFields
    }
  }
`);
const UPDATE = graphql(`
  mutation ReasonCodesUpdate($input: UpdateReasonCodeInput!) {
    updateReasonCode(input: $input) {
      ...ReasonCodesFields
    }
  }
`);
const RETIRE = graphql(`
  mutation ReasonCodesRetire($id: ID!) {
    retireReasonCode(id: $id) {
      ...ReasonCodesFields
    }
  }
`);
const DISQUALIFY = graphql(`
  mutation ReasonCodesDisqualify($input: DisqualifyLeadInput!) {
    disqualifyLead(input: $input) {
      id
      stage
    }
  }
`);
const RETURN = graphql(`
  mutation ReasonCodesReturn($input: ReturnLeadInput!) {
    returnLead(input: $input) {
      id
      stage
    }
  }
`);
const LOST = graphql(`
  mutation ReasonCodesLost($input: CloseLeadLostInput!) {
    closeLeadLost(input: $input) {
      id
      stage
    }
  }
`);
const EVENTS = graphql(`
  query ReasonCodesEvents($id: ID!) {
    lead(id: $id) {
      events {
        type
        comment
        reasonCode {
          key
          retired
        }
      }
    }
  }
`);

interface CodeModel {
  id: string;
  key: string;
  kind: string;
  label: string;
  labels: { locale: string; text: string }[];
  commentRequired: boolean;
  followUp: string;
  retired: boolean;
}

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

let suffix = 0;
const aKey = () => `TEST_CODE_${Date.now()}_${suffix++}`;

describe('reason codes', () => {
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

  const codesOf = async (token: string, kind?: ReasonCodeKind, includeRetired = false) =>
    (await gql(api, REASON_CODES, { kind, includeRetired }, token)).reasonCodes;

  async function storedCode(id: string): Promise<ReasonCode> {
    return (await ownerEm()).findOneOrFail(ReasonCode, { id }, { filters: false });
  }

  /** Labels as the API gives them, from a language -> text map. */
  const labelsOf = (labels: { de: string; en: string }): ReasonCodeLabelInput[] => [
    { locale: 'DE', text: labels.de },
    { locale: 'EN', text: labels.en },
  ];
  const catalogLabels = (kind: ReasonCodeKind, key: string) =>
    labelsOf({
      de: (CATALOGS[Locale.DE].reasonCode[kind] as Record<string, string>)[key]!,
      en: (CATALOGS[Locale.EN].reasonCode[kind] as Record<string, string>)[key]!,
    });

  it('lists the default catalogue of each kind with its labels from the text catalogs, for every role', async () => {
    for (const kind of Object.values(ReasonCodeKind)) {
      const expected = DEFAULT_REASON_CODES.filter((code) => code.kind === kind)
        .map(({ key, commentRequired, followUp }) => ({
          key,
          kind,
          // The tenant's language (German) for users who chose none.
          label: catalogLabels(kind, key)[0]!.text,
          labels: catalogLabels(kind, key),
          commentRequired,
          followUp,
        }))
        .sort(byKey);
      for (const [, member] of everyRole(vendor, partner)) {
        const listed = await codesOf(member.token, kind);
        const shown = listed.map(({ key, kind, label, labels, commentRequired, followUp }) => ({
          key,
          kind,
          label,
          labels,
          commentRequired,
          followUp,
        }));
        expect(shown.sort(byKey)).toEqual(expected);
        expect(listed.every((code) => !code.retired)).toBe(true);
      }
    }
    expect((await codesOf(vendor.admin.token, ReasonCodeKind.DECLINE)).find((c) => c.key === 'OUT_OF_TERRITORY')).toMatchObject({
      label: 'Außerhalb unseres Gebiets',
      labels: labelsOf({ de: 'Außerhalb unseres Gebiets', en: 'Outside our territory' }),
    });
  });

  it("gives `label` in the viewer's own language", async () => {
    const em = await ownerEm();
    await em.nativeUpdate(User, { id: partner.sales.user.id }, { locale: Locale.EN });
    try {
      const outside = (codes: CodeModel[]) => codes.find((c) => c.key === 'OUT_OF_TERRITORY')?.label;
      expect(outside(await codesOf(partner.sales.token, ReasonCodeKind.DECLINE))).toBe('Outside our territory');
      expect(outside(await codesOf(partner.admin.token, ReasonCodeKind.DECLINE))).toBe('Außerhalb unseres Gebiets');
    } finally {
      await em.nativeUpdate(User, { id: partner.sales.user.id }, { locale: null });
    }
  });

  it('lets only the vendor admin create, change and retire codes', async () => {
    const input: CreateReasonCodeInput = {
      key: aKey(),
      kind: 'DECLINE',
      labels: labelsOf({ de: 'Preis zu hoch', en: 'Price too high' }),
      commentRequired: true,
      followUp: 'RE_OFFER',
    };
    for (const [role, member] of everyRole(vendor, partner).filter(([role]) => role !== 'VENDOR_ADMIN')) {
      expect([role, codeOf(await api.graphql(CREATE, { input }, member.token))]).toEqual([role, 'FORBIDDEN']);
    }
    expect((await codesOf(vendor.admin.token, ReasonCodeKind.DECLINE)).map((c) => c.key)).not.toContain(input.key);

    const created = (await gql(api, CREATE, { input }, vendor.admin.token)).createReasonCode;
    expect(created).toMatchObject({ ...input, label: 'Preis zu hoch', retired: false });
    expect(await storedCode(created.id)).toMatchObject({ labels: { de: 'Preis zu hoch', en: 'Price too high' } });
    expect(codeOf(await api.graphql(CREATE, { input }, vendor.admin.token))).toBe('CONFLICT');

    const change: UpdateReasonCodeInput = { id: created.id, labels: [{ locale: 'EN', text: 'Price far too high' }] };
    for (const [role, member] of everyRole(vendor, partner).filter(([role]) => role !== 'VENDOR_ADMIN')) {
      expect([role, codeOf(await api.graphql(UPDATE, { input: change }, member.token))]).toEqual([role, 'FORBIDDEN']);
      expect([role, codeOf(await api.graphql(RETIRE, { id: created.id }, member.token))]).toEqual([role, 'FORBIDDEN']);
    }
    expect(await storedCode(created.id)).toMatchObject({ labels: { en: 'Price too high' }, retiredAt: null });

    const updated = (await gql(api, UPDATE, { input: change }, vendor.admin.token)).updateReasonCode;
    expect(updated).toMatchObject({
      key: input.key,
      kind: 'DECLINE',
      label: 'Preis zu hoch',
      labels: labelsOf({ de: 'Preis zu hoch', en: 'Price far too high' }),
    });

    const retired = (await gql(api, RETIRE, { id: created.id }, vendor.admin.token)).retireReasonCode;
    expect(retired.retired).toBe(true);
    expect((await codesOf(partner.sales.token, ReasonCodeKind.DECLINE)).map((c) => c.key)).not.toContain(input.key);
    expect((await codesOf(vendor.admin.token, ReasonCodeKind.DECLINE, true)).find((c) => c.key === input.key)).toMatchObject({
      retired: true,
    });
    // Retired, never deleted.
    expect(await storedCode(created.id)).toMatchObject({
      key: input.key,
      labels: { de: 'Preis zu hoch', en: 'Price far too high' },
    });
  });

  it("keeps a default code's own words per language: the other languages stay the catalog's", async () => {
    const [code] = (await codesOf(vendor.admin.token, ReasonCodeKind.DECLINE)).filter((c) => c.key === 'NOT_OUR_FIELD');
    const reworded = (
      await gql(
        api,
        UPDATE,
        { input: { id: code!.id, labels: [{ locale: 'DE', text: 'Nicht unser Metier' }] } },
        vendor.admin.token,
      )
    ).updateReasonCode;
    expect(reworded).toMatchObject({
      label: 'Nicht unser Metier',
      labels: labelsOf({ de: 'Nicht unser Metier', en: 'Not our field' }),
    });
    expect((await storedCode(code!.id)).labels).toEqual({ de: 'Nicht unser Metier' });
    // Another tenant's default code reads as before.
    const other = await aVendorTeam(api);
    expect((await codesOf(other.admin.token, ReasonCodeKind.DECLINE)).find((c) => c.key === 'NOT_OUR_FIELD')?.label).toBe(
      'Nicht unser Fachgebiet',
    );
  });

  it('refuses a new code without a label in every language, or with one language twice, naming labels', async () => {
    const refused = async (labels: ReasonCodeLabelInput[]) =>
      extensionsOf(
        await api.graphql(CREATE, { input: { key: aKey(), kind: 'RETURN', labels, followUp: 'NURTURE' } }, vendor.admin.token),
      );
    expect(await refused([{ locale: 'DE', text: 'Insolvent' }])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'labels',
      problems: [{ field: 'labels', message: expect.stringContaining('Add one for EN') }],
    });
    expect(
      await refused([
        { locale: 'DE', text: 'Insolvent' },
        { locale: 'DE', text: 'Pleite' },
      ]),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'labels' });
    const [code] = await codesOf(vendor.admin.token, ReasonCodeKind.RETURN);
    expect(
      extensionsOf(
        await api.graphql(
          UPDATE,
          {
            input: {
              id: code!.id,
              labels: [
                { locale: 'EN', text: 'A' },
                { locale: 'EN', text: 'B' },
              ],
            },
          },
          vendor.admin.token,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'labels' });
  });

  describe('choosing a reason', () => {
    async function anOffer() {
      const lead = await aQualifiedLead(vendor.tenant);
      await distribute(api, vendor.channel.token, lead.id, [partner.partner.id], 'EXCLUSIVE');
      const offer = await pendingOfferOf(api, partner.admin.token, lead.id);
      return { lead: await storedLead(lead.id), offer };
    }

    /** The refused decline wrote nothing: the offer is PENDING, the lead unchanged, no new history line. */
    async function expectDeclineRefused(input: Omit<DeclineOfferInput, 'offerId'>, field: string) {
      const { lead, offer } = await anOffer();
      const linesBefore = await storedEventTypes(lead.id);
      const refused = await api.graphql(DECLINE, { input: { offerId: offer.id, ...input } }, partner.admin.token);
      expect(extensionsOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const stored = await (await ownerEm()).findOneOrFail(Offer, { id: offer.id }, { filters: false });
      expect(stored.status).toBe(OfferStatus.PENDING);
      expect(stored.declineReason).toBeNull();
      expect((await storedLead(lead.id)).version).toBe(lead.version);
      expect(await storedEventTypes(lead.id)).toEqual(linesBefore);
      return offer;
    }

    it('refuses a code of another kind, naming reasonCode', async () => {
      await expectDeclineRefused({ reasonCode: 'NOT_A_LEAD' }, 'reasonCode');
      await expectDeclineRefused({ reasonCode: 'NO_SUCH_CODE' }, 'reasonCode');
    });

    it('refuses a retired code, naming reasonCode', async () => {
      const created = await gql(
        api,
        CREATE,
        { input: { key: aKey(), kind: 'DECLINE', labels: labelsOf({ de: 'Alt', en: 'Old' }), followUp: 'RE_OFFER' } },
        vendor.admin.token,
      );
      await gql(api, RETIRE, { id: created.createReasonCode.id }, vendor.admin.token);
      await expectDeclineRefused({ reasonCode: created.createReasonCode.key }, 'reasonCode');
    });

    it('refuses a code that needs a comment without one, naming comment', async () => {
      const offer = await expectDeclineRefused({ reasonCode: 'OTHER' }, 'comment');
      await expectDeclineRefused({ reasonCode: 'OTHER', comment: '   ' }, 'comment');
      const declined = await api.graphql(
        DECLINE,
        { input: { offerId: offer.id, reasonCode: 'OTHER', comment: 'Kunde ist Mitbewerber' } },
        partner.admin.token,
      );
      expect(codeOf(declined)).toBeUndefined();
    });

    it('checks the kind, retirement and comment on disqualify, return and close lost too', async () => {
      const fresh = await aLead(vendor.tenant, { stage: LeadStage.NEW });
      expect(
        extensionsOf(
          await api.graphql(DISQUALIFY, { input: { leadId: fresh.id, reasonCode: 'NO_BUDGET' } }, vendor.marketing.token),
        ),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reasonCode',
      });
      expect((await storedLead(fresh.id)).stage).toBe(LeadStage.NEW);

      const { lead } = await anAcceptedLead(api, vendor.tenant, vendor.channel.token, partner.partner, partner.sales);
      const accepted = await storedLead(lead.id);
      expect(
        extensionsOf(await api.graphql(RETURN, { input: { leadId: lead.id, reasonCode: 'OTHER' } }, partner.sales.token)),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'comment',
      });
      expect(
        extensionsOf(await api.graphql(LOST, { input: { leadId: lead.id, reasonCode: 'NO_CAPACITY' } }, partner.sales.token)),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonCode' });
      const after = await storedLead(lead.id);
      expect({ stage: after.stage, version: after.version, holder: after.holdingPartnerId }).toEqual({
        stage: LeadStage.ACCEPTED,
        version: accepted.version,
        holder: partner.partner.id,
      });
    });

    it('keeps a retired code on the history lines that name it', async () => {
      const created = await gql(
        api,
        CREATE,
        { input: { key: aKey(), kind: 'DECLINE', labels: labelsOf({ de: 'Urlaub', en: 'On holiday' }), followUp: 'RE_OFFER' } },
        vendor.admin.token,
      );
      const { lead, offer } = await anOffer();
      await gql(api, DECLINE, { input: { offerId: offer.id, reasonCode: created.createReasonCode.key } }, partner.admin.token);
      await gql(api, RETIRE, { id: created.createReasonCode.id }, vendor.admin.token);
      const events = await gql(api, EVENTS, { id: lead.id }, vendor.channel.token);
      expect(events.lead.events.find((e) => e.type === 'offer.declined')?.reasonCode).toEqual({
        key: created.createReasonCode.key,
        retired: true,
      });
    });
  });
});
