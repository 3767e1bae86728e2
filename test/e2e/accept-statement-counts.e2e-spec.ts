import { createRequire } from 'node:module';
import type { Client as PgClient } from 'pg';
import { Role } from '@leadrelay/core';
import { aPartner } from '../factories/identity.factories';
import { ACCEPT, DECLINE, aQualifiedLead, distribute, offersOf } from '../factories/lead.factories';
import { type LoggedIn, type VendorTeam, aLoggedInMember, aVendorTeam } from '../factories/team.factories';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';

/**
 * The driver as the ORM loaded it (natively, beside jest's module registry, its own copy of pg):
 * every statement of a tenant transaction, the ORM's, Kysely's and pg-boss's alike, goes through
 * its client's `query` (as in bulk-intake.e2e-spec).
 */
const nodePg = createRequire(createRequire(__filename).resolve('@mikro-orm/postgresql'))('pg') as { Client: typeof PgClient };

/**
 * An accept of a shared round (issue 9): begin, the settings, the lead locked (its row read), the
 * offer read, the outbox's reads (webhook endpoints, recipients), the notifications with the
 * due-work and notification jobs in one round trip, the offers + round + lead and the history lines
 * in one statement, commit. Was 28 in MikroORM's unit of work, 12 on 5 Dec.
 */
const STATEMENTS_PER_ACCEPT = 9;

/**
 * A decline (issue 9, set-based as the accept): begin, the settings, the lead locked, the offer read,
 * the reason code, the outbox's reads (webhook endpoints, the reason, recipients), the notifications
 * with their jobs (and a re-offer's) in one round trip, the offer + round + lead and the history
 * lines in one statement, commit.
 */
const STATEMENTS_PER_DECLINE = 11;

describe('SQL statements of an accept and a decline', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let bidders: { partnerId: string; admin: LoggedIn }[];

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    bidders = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const partner = await aPartner(vendor.tenant);
        return { partnerId: partner.id, admin: await aLoggedInMember(api, vendor.tenant, Role.PARTNER_ADMIN, partner) };
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it(`accepts an offer of a shared round of 3 in one transaction of at most ${STATEMENTS_PER_ACCEPT} statements`, async () => {
    const logQuery = jest.spyOn(nodePg.Client.prototype, 'query');
    try {
      const winner = bidders[0]!;
      for (let run = 0; run < 2; run++) {
        const lead = await aQualifiedLead(vendor.tenant);
        await distribute(
          api,
          vendor.channel.token,
          lead.id,
          bidders.map((b) => b.partnerId),
          'SHARED',
        );
        const offer = (await offersOf(api, vendor.channel.token, lead.id)).find((o) => o.partner.id === winner.partnerId)!;
        // The session checked and cached by a read first: the accept's own statements are counted.
        await offersOf(api, winner.admin.token, lead.id);
        logQuery.mockClear();
        const answer = await api.graphql(ACCEPT, { id: offer.id }, winner.admin.token);
        expect(answer.errors).toBeUndefined();
        const statements = logQuery.mock.calls.map(([query]) =>
          String(typeof query === 'string' ? query : (query as { text: string }).text),
        );
        expect(statements.filter((statement) => /^begin\b/i.test(statement))).toHaveLength(1);
        expect(statements.length).toBeLessThanOrEqual(STATEMENTS_PER_ACCEPT);
        // The write (offers, round, lead, lines), whose triggers take the partners' partner_load rows, is the last before commit.
        expect(statements.at(-2)).toMatch(/^with "lines" as \(\s*insert into lead_event/);
        expect(statements.at(-1)).toMatch(/^commit/i);

        // What those statements wrote: the winner, the two others closed with their lines, the round, the holding.
        const em = await ownerEm();
        const [row] = await em.execute<
          {
            accepted: number;
            closed: number;
            lines: string[];
            round: string;
            holder: string;
            notifications: number;
            notificationJobs: number;
            dueWorkJobs: number;
          }[]
        >(
          `select (select count(*)::int from offer where lead_id = ? and status = 'ACCEPTED') as accepted,
                  (select count(*)::int from offer where lead_id = ? and status = 'CLOSED') as closed,
                  (select array_agg(type::text order by position) from lead_event where lead_id = ? and type in ('offer.closed', 'offer.accepted', 'lead.contact_revealed')) as lines,
                  (select status::text from round where lead_id = ?) as round,
                  (select holding_partner_id::text from lead where id = ?) as holder,
                  (select count(*)::int from notification n join lead_event e on e.id = n.lead_event_id
                    where e.lead_id = ? and e.type = 'offer.accepted') as "notifications",
                  (select count(*)::int from pgboss.job j where j.name = 'notification-delivery' and j.data->>'notificationId' in (
                     select n.id::text from notification n join lead_event e on e.id = n.lead_event_id
                      where e.lead_id = ? and e.type = 'offer.accepted')) as "notificationJobs",
                  (select count(distinct j.start_after)::int from pgboss.job j, lead l
                    where l.id = ? and j.name = 'due-work' and j.data->>'tenantId' = l.tenant_id::text
                      and j.start_after in (to_timestamp(ceil(extract(epoch from l.work_reminder_due_at))),
                                            to_timestamp(ceil(extract(epoch from l.escalation_due_at))))) as "dueWorkJobs"`,
          [lead.id, lead.id, lead.id, lead.id, lead.id, lead.id, lead.id, lead.id],
        );
        expect(row).toEqual({
          accepted: 1,
          closed: 2,
          lines: ['offer.closed', 'offer.closed', 'offer.accepted', 'lead.contact_revealed'],
          round: 'ACCEPTED',
          holder: winner.partnerId,
          // The channel manager hears of it, with its job; each work deadline has its due-work job (the two queues' jobs in one insert).
          notifications: 1,
          notificationJobs: 1,
          dueWorkJobs: 2,
        });
      }
    } finally {
      logQuery.mockRestore();
    }
  });

  it(`declines the offers of a shared round of 3, each in one transaction of at most ${STATEMENTS_PER_DECLINE} statements; the last ends the round`, async () => {
    const logQuery = jest.spyOn(nodePg.Client.prototype, 'query');
    try {
      const lead = await aQualifiedLead(vendor.tenant);
      await distribute(
        api,
        vendor.channel.token,
        lead.id,
        bidders.map((b) => b.partnerId),
        'SHARED',
      );
      const offers = await offersOf(api, vendor.channel.token, lead.id);
      const em = await ownerEm();
      for (const [i, bidder] of bidders.entries()) {
        const offer = offers.find((o) => o.partner.id === bidder.partnerId)!;
        await offersOf(api, bidder.admin.token, lead.id);
        logQuery.mockClear();
        const answer = await api.graphql(
          DECLINE,
          { input: { offerId: offer.id, reasonCode: 'NO_CAPACITY', comment: `Voll ${i}` } },
          bidder.admin.token,
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.declineOffer).toEqual({ id: offer.id, status: 'DECLINED' });
        const statements = logQuery.mock.calls.map(([query]) =>
          String(typeof query === 'string' ? query : (query as { text: string }).text),
        );
        expect(statements.filter((statement) => /^begin\b/i.test(statement))).toHaveLength(1);
        expect(statements.length).toBeLessThanOrEqual(STATEMENTS_PER_DECLINE);
        expect(statements.at(-2)).toMatch(/^with "lines" as \(\s*insert into lead_event/);

        const last = i === bidders.length - 1;
        const [row] = await em.execute<
          { offer: string; reason: string; comment: string; lines: string[]; round: string; stage: string; reoffers: number }[]
        >(
          `select (select status::text from offer where id = ?) as offer,
                  (select r.key from offer o join reason_code r on r.id = o.decline_reason_id where o.id = ?) as reason,
                  (select decline_comment from offer where id = ?) as comment,
                  (select array_agg(type::text order by position) from lead_event where lead_id = ? and type in ('offer.declined', 'lead.unplaced')) as lines,
                  (select status::text from round where lead_id = ?) as round,
                  (select stage from lead where id = ?) as stage,
                  (select count(*)::int from pgboss.job where name = 'lead-reoffer' and data->>'leadId' = ?) as reoffers`,
          [offer.id, offer.id, offer.id, lead.id, lead.id, lead.id, lead.id],
        );
        expect(row).toEqual({
          offer: 'DECLINED',
          reason: 'NO_CAPACITY',
          comment: `Voll ${i}`,
          lines: [...Array.from({ length: i + 1 }, () => 'offer.declined'), ...(last ? ['lead.unplaced'] : [])],
          round: last ? 'UNPLACED' : 'OPEN',
          stage: last ? 'UNPLACED' : 'OFFERED',
          reoffers: last ? 1 : 0,
        });
      }
    } finally {
      logQuery.mockRestore();
    }
  });
});
