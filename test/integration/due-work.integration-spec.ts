import { Locale } from '@leadrelay/core';
import { DueWorkService, Offer, OfferStatus, addBusinessHours, calendarOf } from '@leadrelay/distribution';
import { LeadEvent, LeadStage } from '@leadrelay/leads';
import { Notification, NotificationKind } from '@leadrelay/notifications';
import { PartnerTier } from '@leadrelay/partners';
import { aQualifiedLead, accept, anAcceptedLead, distribute, offersOf, storedLead } from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const seconds = (n: number) => n * 1000;

async function eventsOf(leadId: string, type: string): Promise<LeadEvent[]> {
  return (await ownerEm()).find(LeadEvent, { lead: leadId, type: type as LeadEvent['type'] }, { filters: false });
}

async function notificationsOf(leadId: string, kind: NotificationKind): Promise<Notification[]> {
  const em = await ownerEm();
  const all = await em.find(Notification, { kind }, { filters: false });
  return all.filter((n) => n.data.leadId === leadId);
}

/**
 * The deadline sweep, called with the moment it runs at (no sleeping for real hours): expiries,
 * unplaced leads, reminders and escalations, each exactly once, each with its notifications.
 */
describe('due work: deadlines that pass', () => {
  let api: TestApi;
  let dueWork: DueWorkService;
  let vendor: VendorTeam;
  let hansa: PartnerTeam;
  let isar: PartnerTeam;

  beforeAll(async () => {
    api = await createTestApi();
    dueWork = api.app.get(DueWorkService);
  });

  // A tenant of its own for every test: a sweep covers the whole tenant.
  beforeEach(async () => {
    vendor = await aVendorTeam(api);
    hansa = await aPartnerTeam(api, vendor.tenant, { tier: PartnerTier.GOLD });
    isar = await aPartnerTeam(api, vendor.tenant, { tier: PartnerTier.SILVER });
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('expires pending offers at their deadline, once, and leaves the lead UNPLACED with notices to partners and channel managers', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    const expiresAt = new Date(Date.now() + seconds(60));
    await distribute(api, vendor.channel.token, lead.id, [hansa.partner.id, isar.partner.id], 'SHARED', { expiresAt });

    expect(await dueWork.run(vendor.tenant.id, new Date(expiresAt.getTime() - 1))).toMatchObject({ expired: 0, unplaced: 0 });
    expect((await storedLead(lead.id)).stage).toBe(LeadStage.OFFERED);

    const report = await dueWork.run(vendor.tenant.id, expiresAt);
    expect(report).toMatchObject({ expired: 2, unplaced: 1 });
    expect((await offersOf(api, vendor.channel.token, lead.id)).map((o) => o.status)).toEqual(['EXPIRED', 'EXPIRED']);
    expect((await storedLead(lead.id)).stage).toBe(LeadStage.UNPLACED);
    expect(await eventsOf(lead.id, 'offer.expired')).toHaveLength(2);
    expect(await eventsOf(lead.id, 'lead.unplaced')).toHaveLength(1);

    // Each partner user hears that its offer expired; the channel manager hears once that the lead is unplaced.
    const expiredNotices = await notificationsOf(lead.id, NotificationKind.OFFER_EXPIRED);
    expect(expiredNotices.map((n) => n.userId).sort()).toEqual(
      [hansa.admin.user.id, hansa.sales.user.id, isar.admin.user.id, isar.sales.user.id].sort(),
    );
    expect(expiredNotices.every((n) => n.data.companyName === null && n.locale === Locale.DE)).toBe(true);
    expect((await notificationsOf(lead.id, NotificationKind.LEAD_UNPLACED)).map((n) => n.userId)).toEqual([
      vendor.channel.user.id,
    ]);

    // A second pass at the same or a later moment changes nothing.
    expect(await dueWork.run(vendor.tenant.id, new Date(expiresAt.getTime() + seconds(3600)))).toMatchObject({
      expired: 0,
      unplaced: 0,
    });
    expect(await eventsOf(lead.id, 'offer.expired')).toHaveLength(2);
  });

  it('leaves an accepted offer alone: the round was won, nothing expires', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    const expiresAt = new Date(Date.now() + seconds(60));
    await distribute(api, vendor.channel.token, lead.id, [hansa.partner.id, isar.partner.id], 'SHARED', { expiresAt });
    const hansaOffer = (await offersOf(api, hansa.sales.token, lead.id))[0]!;
    await accept(api, hansa.sales.token, hansaOffer.id);

    expect(await dueWork.run(vendor.tenant.id, expiresAt)).toMatchObject({ expired: 0, unplaced: 0 });
    const statuses = Object.fromEntries(
      (await offersOf(api, vendor.channel.token, lead.id)).map((o) => [o.partner.id, o.status]),
    );
    expect(statuses).toEqual({ [hansa.partner.id]: 'ACCEPTED', [isar.partner.id]: 'CLOSED' });
    expect((await storedLead(lead.id)).stage).toBe(LeadStage.ACCEPTED);
  });

  it('counts the acceptance deadline in business hours per tier and reminds halfway and two business hours before it, once each', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [hansa.partner.id, isar.partner.id], 'SHARED');
    const em = await ownerEm();
    const offers = await em.find(Offer, { lead: lead.id }, { filters: false, populate: ['partner'] });
    const tenant = vendor.tenant;
    const gold = offers.find((o) => o.partner.id === hansa.partner.id)!;
    const silver = offers.find((o) => o.partner.id === isar.partner.id)!;
    expect(gold.expiresAt).toEqual(addBusinessHours(gold.offeredAt, 8, calendarOf(tenant)));
    expect(silver.expiresAt).toEqual(addBusinessHours(silver.offeredAt, 16, calendarOf(tenant)));
    expect(gold.remindHalfwayAt).toEqual(addBusinessHours(gold.offeredAt, 4, calendarOf(tenant)));
    expect(silver.remindBeforeEndAt).toEqual(addBusinessHours(silver.offeredAt, 14, calendarOf(tenant)));

    // Isar's sales rep does not want reminders.
    await gql(
      api,
      graphql(`
        mutation DueWorkUpdateNotificationPreferences {
          updateNotificationPreferences(input: { disabled: [REMINDERS] }) {
            disabled
          }
        }
      `),
      {},
      isar.sales.token,
    );
    // In time order: Hansa (GOLD, 8 h) is reminded after 4 and 6 business hours and expires after 8,
    // when Isar (SILVER, 16 h) gets its halfway reminder; Isar's last reminder comes after 14.
    expect(await dueWork.run(tenant.id, gold.remindHalfwayAt!)).toMatchObject({ offerReminders: 1 });
    expect(await dueWork.run(tenant.id, gold.remindHalfwayAt!)).toMatchObject({ offerReminders: 0 });
    expect(await dueWork.run(tenant.id, gold.remindBeforeEndAt!)).toMatchObject({ offerReminders: 1 });
    expect(await dueWork.run(tenant.id, silver.remindHalfwayAt!)).toMatchObject({ offerReminders: 1, expired: 1 });
    expect(await dueWork.run(tenant.id, silver.remindBeforeEndAt!)).toMatchObject({ offerReminders: 1, expired: 0 });

    expect(await eventsOf(lead.id, 'offer.reminded')).toHaveLength(4);
    const notified = (await notificationsOf(lead.id, NotificationKind.OFFER_REMINDER)).map((n) => n.userId);
    expect(notified).toContain(isar.admin.user.id);
    expect(notified).not.toContain(isar.sales.user.id);
  });

  it('reminds the holder once when no progress is recorded in time, then escalates once to the channel managers and lists the lead as stale', async () => {
    const { lead } = await anAcceptedLead(api, vendor.tenant, vendor.channel.token, hansa.partner, hansa.sales);
    const accepted = await storedLead(lead.id);
    const calendar = calendarOf(vendor.tenant);
    expect(accepted.workReminderDueAt).toEqual(addBusinessHours(accepted.acceptedAt!, 16, calendar));
    expect(accepted.escalationDueAt).toEqual(addBusinessHours(accepted.acceptedAt!, 40, calendar));

    expect(await dueWork.run(vendor.tenant.id, accepted.workReminderDueAt!)).toMatchObject({ workReminders: 1, escalations: 0 });
    expect(await dueWork.run(vendor.tenant.id, accepted.workReminderDueAt!)).toMatchObject({ workReminders: 0 });
    const reminded = (await notificationsOf(lead.id, NotificationKind.WORK_REMINDER)).map((n) => n.userId).sort();
    expect(reminded).toEqual([hansa.admin.user.id, hansa.sales.user.id].sort());

    expect(await dueWork.run(vendor.tenant.id, accepted.escalationDueAt!)).toMatchObject({ escalations: 1 });
    expect(await dueWork.run(vendor.tenant.id, new Date(accepted.escalationDueAt!.getTime() + seconds(86400)))).toMatchObject({
      escalations: 0,
    });
    expect(await eventsOf(lead.id, 'lead.escalated')).toHaveLength(1);
    expect((await notificationsOf(lead.id, NotificationKind.LEAD_ESCALATED)).map((n) => n.userId)).toEqual([
      vendor.channel.user.id,
    ]);

    // The channel manager sees it among the stale leads once its escalation deadline has passed.
    const em = await ownerEm();
    const stale = await api.graphql(
      graphql(`
        query DueWorkStaleLeads {
          staleLeads(first: 100) {
            nodes {
              id
            }
          }
        }
      `),
      {},
      vendor.channel.token,
    );
    // escalationDueAt lies days ahead of now in real time: move it to the past as the sweep saw it.
    await em.execute(`update lead set escalation_due_at = now() - interval '1 minute' where id = ?`, [lead.id]);
    const staleNow = await api.graphql(
      graphql(`
        query DueWorkStaleLeads {
          staleLeads(first: 100) {
            nodes {
              id
            }
          }
        }
      `),
      {},
      vendor.channel.token,
    );
    expect(stale.data!.staleLeads.nodes.map((n) => n.id)).not.toContain(lead.id);
    expect(staleNow.data!.staleLeads.nodes.map((n) => n.id)).toContain(lead.id);
    expect(
      (
        await api.graphql(
          graphql(`
            query DueWorkStaleLeads2 {
              staleLeads {
                nodes {
                  id
                }
              }
            }
          `),
          {},
          hansa.admin.token,
        )
      ).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('does not remind or escalate a lead whose holder recorded progress in time', async () => {
    const { lead } = await anAcceptedLead(api, vendor.tenant, vendor.channel.token, hansa.partner, hansa.sales);
    await gql(
      api,
      graphql(`
        mutation DueWorkRecordProgress($input: RecordProgressInput!) {
          recordProgress(input: $input) {
            id
          }
        }
      `),
      { input: { leadId: lead.id, stage: 'CONTACTED' } },
      hansa.sales.token,
    );
    const stored = await storedLead(lead.id);
    const report = await dueWork.run(vendor.tenant.id, new Date(stored.escalationDueAt!.getTime() + seconds(60)));
    expect(report).toMatchObject({ workReminders: 0, escalations: 0 });
    expect(await eventsOf(lead.id, 'lead.escalated')).toHaveLength(0);
  });

  it('never ends an offer both accepted and expired when an accept races the expiry', async () => {
    for (let round = 0; round < 10; round++) {
      const lead = await aQualifiedLead(vendor.tenant);
      // Far enough ahead that distributing (slower on a loaded machine) still sees it in the future.
      const expiresAt = new Date(Date.now() + 2_000);
      await distribute(api, vendor.channel.token, lead.id, [hansa.partner.id], 'EXCLUSIVE', { expiresAt });
      const offer = (await offersOf(api, hansa.sales.token, lead.id))[0]!;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt.getTime() - Date.now() - 5)));
      const [acceptance] = await Promise.all([
        api.graphql(
          graphql(`
            mutation DueWorkAcceptOffer($id: ID!) {
              acceptOffer(id: $id) {
                status
              }
            }
          `),
          { id: offer.id },
          hansa.sales.token,
        ),
        dueWork.run(vendor.tenant.id, expiresAt),
      ]);
      const stored = await storedLead(lead.id);
      const accepted = await eventsOf(lead.id, 'offer.accepted');
      const expired = await eventsOf(lead.id, 'offer.expired');
      expect(accepted.length + expired.length).toBe(1);
      if (accepted.length) {
        expect(acceptance.errors).toBeUndefined();
        expect(stored.stage).toBe(LeadStage.ACCEPTED);
      } else {
        expect(acceptance.errors?.[0]?.extensions.code).toBe('OFFER_EXPIRED');
        expect(stored.stage).toBe(LeadStage.UNPLACED);
      }
      const final = (await offersOf(api, vendor.channel.token, lead.id))[0]!;
      expect([OfferStatus.ACCEPTED, OfferStatus.EXPIRED]).toContain(final.status);
    }
  }, 60_000);

  it('keeps its sweep inside the tenant: another tenant due at the same moment is not touched', async () => {
    const other = await aVendorTeam(api);
    const otherPartner = await aPartnerTeam(api, other.tenant);
    const lead = await aQualifiedLead(other.tenant);
    const expiresAt = new Date(Date.now() + seconds(30));
    await distribute(api, other.channel.token, lead.id, [otherPartner.partner.id], 'EXCLUSIVE', { expiresAt });
    await dueWork.run(vendor.tenant.id, new Date(expiresAt.getTime() + seconds(1)));
    expect((await storedLead(lead.id)).stage).toBe(LeadStage.OFFERED);
    await dueWork.run(other.tenant.id, new Date(expiresAt.getTime() + seconds(1)));
    expect((await storedLead(lead.id)).stage).toBe(LeadStage.UNPLACED);
  });
});
