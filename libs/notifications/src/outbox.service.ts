import { Injectable } from '@nestjs/common';
import { wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Clock, JobQueue, Locale, QUEUE, Role, Tenant } from '@leadrelay/core';
import { readerLocale } from '@leadrelay/identity';
import { Lead, LeadEventType, ReasonCode, type RecordedEvent, teaserOf } from '@leadrelay/leads';
import { CATEGORY_OF, NotificationKind } from './notification-kind';
import type { NotificationData } from './notification.entity';
import { WebhookFanOut } from './webhooks/webhook-fan-out';

/** A notification row as the outbox writes it, many at once (see `publish`). */
interface NotificationRow {
  id: string;
  tenant_id: string;
  created_at: Date;
  kind: NotificationKind;
  user_id: string;
  email: string;
  recipient_name: string;
  locale: Locale;
  lead_event_id: string;
  data: NotificationData;
}

/** The notification rows, as JSON (`$1`), in one statement. */
const NOTIFICATION_INSERT = `insert into notification (id, tenant_id, created_at, kind, user_id, email, recipient_name, locale, lead_event_id, data, status, attempts)
  select id, tenant_id, created_at, kind::notification_kind, user_id, email, recipient_name, locale::locale, lead_event_id, data, 'PENDING', 0
    from jsonb_to_recordset($1::jsonb) as n (id uuid, tenant_id uuid, created_at timestamptz, kind text, user_id uuid, email text,
         recipient_name text, locale text, lead_event_id uuid, data jsonb)`;

/** Who hears of an event: the partner it concerns, the vendor's channel managers, marketing, or the lead's workers. */
type Audience = 'partner' | 'channel' | 'marketing' | 'workers';

const ROUTES: Partial<Record<LeadEventType, { kind: NotificationKind; audiences: Audience[] }>> = {
  [LeadEventType.LEAD_OFFERED]: { kind: NotificationKind.OFFER_NEW, audiences: ['partner'] },
  [LeadEventType.OFFER_REMINDED]: { kind: NotificationKind.OFFER_REMINDER, audiences: ['partner'] },
  [LeadEventType.OFFER_EXPIRED]: { kind: NotificationKind.OFFER_EXPIRED, audiences: ['partner', 'channel'] },
  [LeadEventType.OFFER_ACCEPTED]: { kind: NotificationKind.OFFER_ACCEPTED, audiences: ['channel'] },
  [LeadEventType.OFFER_DECLINED]: { kind: NotificationKind.OFFER_DECLINED, audiences: ['channel'] },
  [LeadEventType.LEAD_UNPLACED]: { kind: NotificationKind.LEAD_UNPLACED, audiences: ['channel'] },
  [LeadEventType.LEAD_RETURNED]: { kind: NotificationKind.LEAD_RETURNED, audiences: ['channel', 'marketing'] },
  [LeadEventType.LEAD_WON]: { kind: NotificationKind.LEAD_WON, audiences: ['channel'] },
  [LeadEventType.LEAD_LOST]: { kind: NotificationKind.LEAD_LOST, audiences: ['channel', 'marketing'] },
  [LeadEventType.LEAD_REMINDED]: { kind: NotificationKind.WORK_REMINDER, audiences: ['workers'] },
  [LeadEventType.LEAD_ESCALATED]: { kind: NotificationKind.LEAD_ESCALATED, audiences: ['channel'] },
};

/**
 * The transactional outbox: turns a move's history lines into notifications and webhook deliveries
 * (and their delivery jobs) in the same transaction, so that a committed change always has its
 * mails and webhooks, and a rolled back one none. Works set-based: a handful of queries for any number of events.
 */
@Injectable()
export class EventOutbox {
  constructor(
    private readonly jobs: JobQueue,
    private readonly webhooks: WebhookFanOut,
    private readonly clock: Clock,
  ) {}

  /** `held`: leads of the events the caller holds outside its unit of work (a bulk intake's), taken as they are. */
  async publish(
    em: EntityManager,
    tenantId: string,
    events: readonly RecordedEvent[],
    held: readonly Lead[] = [],
  ): Promise<number> {
    // The vendor's own systems hear of every event they subscribed to, mailed or not.
    await this.webhooks.fanOut(em, tenantId, events);
    const routed = events.filter((event) => ROUTES[event.type]);
    if (routed.length === 0) return 0;
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
    const leads = await leadsOf(em, tenantId, [...new Set(routed.map((e) => e.leadId))], held);
    const reasonIds = [...new Set(routed.map((e) => e.reasonCodeId).filter((id): id is string => Boolean(id)))];
    const reasons = new Map(
      reasonIds.length ? (await em.find(ReasonCode, { tenantId, id: { $in: reasonIds } })).map((r) => [r.id, r]) : [],
    );
    const partnerIds = [
      ...new Set(
        routed.flatMap((e) => [e.partnerId, leads.get(e.leadId)?.holdingPartner?.id]).filter((id): id is string => Boolean(id)),
      ),
    ];
    const members = await membersToTell(em, tenantId, partnerIds);
    const ofPartner = new Map<string, MemberRow[]>();
    for (const member of members) {
      if (!member.partnerId) continue;
      const ofThat = ofPartner.get(member.partnerId);
      if (ofThat) ofThat.push(member);
      else ofPartner.set(member.partnerId, [member]);
    }
    const channelManagers = members.filter((m) => m.role === Role.CHANNEL_MANAGER);
    const audience: Record<Exclude<Audience, 'partner' | 'workers'>, MemberRow[]> = {
      // Nothing lies forgotten: without channel managers the vendor admins hear of it.
      channel: channelManagers.length ? channelManagers : members.filter((m) => m.role === Role.VENDOR_ADMIN),
      marketing: members.filter((m) => m.role === Role.MARKETING),
    };

    const rows: NotificationRow[] = [];
    const now = this.clock.now();
    // A round that ended unplaced tells the channel managers once, not once per expired offer.
    const unplacedLeads = new Set(routed.filter((e) => e.type === LeadEventType.LEAD_UNPLACED).map((e) => e.leadId));
    for (const event of routed) {
      const route = ROUTES[event.type]!;
      const lead = leads.get(event.leadId);
      if (!lead) continue;
      const reason = event.reasonCodeId ? reasons.get(event.reasonCodeId) : undefined;
      const partnerName = (event.partnerId && ofPartner.get(event.partnerId)?.[0]?.partnerName) || null;
      const recipients = new Map<string, { member: MemberRow; forPartner: boolean }>();
      for (const group of route.audiences) {
        if (group === 'channel' && event.type === LeadEventType.OFFER_EXPIRED && unplacedLeads.has(event.leadId)) continue;
        const holder = lead.holdingPartner?.id ?? null;
        const list =
          group === 'partner'
            ? (event.partnerId && ofPartner.get(event.partnerId)) || []
            : group === 'workers'
              ? members.filter(
                  (m) => m.partnerId === holder && (m.role === Role.PARTNER_ADMIN || m.userId === (lead.owner?.id ?? null)),
                )
              : audience[group];
        for (const member of list) {
          recipients.set(member.userId, { member, forPartner: group === 'partner' || group === 'workers' });
        }
      }
      for (const { member, forPartner } of recipients.values()) {
        const category = CATEGORY_OF[route.kind];
        if (category && member.notificationOptOuts.includes(category)) continue;
        const locale = readerLocale(member, tenant);
        const data: NotificationData = {
          leadId: lead.id,
          offerId: event.offerId,
          companyName: forPartner ? null : lead.company.name,
          partnerName: forPartner ? null : partnerName,
          // The one teaser (leads' lead-teaser.ts): never who, never the exact where.
          teaser: forPartner ? { ...teaserOf(lead) } : null,
          expiresAt: typeof event.data.expiresAt === 'string' ? event.data.expiresAt : null,
          reason: reason ? { key: reason.key, label: reason.labelIn(locale) } : null,
          comment: forPartner ? null : event.comment,
          amount: typeof event.data.amount === 'number' ? event.data.amount : null,
          currency: typeof event.data.currency === 'string' ? event.data.currency : null,
          actorName: event.actorName,
          ...(event.data.cause === 'routing' ? { holdReason: String(event.data.reason) } : {}),
        };
        rows.push({
          id: randomUUID(),
          tenant_id: tenantId,
          created_at: now,
          kind: route.kind,
          user_id: member.userId,
          email: member.email,
          recipient_name: member.name,
          locale,
          lead_event_id: event.id,
          data,
        });
      }
    }
    if (rows.length === 0) return 0;
    // One statement for any number of rows (a sweep may write thousands), in one round trip with their jobs.
    await this.jobs.sendManyWith(
      em,
      { sql: NOTIFICATION_INSERT, json: JSON.stringify(rows) },
      QUEUE.notification,
      rows.map((row) => ({ data: { tenantId, notificationId: row.id } })),
    );
    return rows.length;
  }
}

/** A member who may hear of the events, with what a notification to them needs of their user and partner. */
interface MemberRow {
  role: Role;
  userId: string;
  email: string;
  name: string;
  locale: Locale | null;
  partnerId: string | null;
  partnerName: string | null;
  notificationOptOuts: string[];
}

/**
 * The members of these partners and the vendor's channel managers, admins and marketing, with
 * their users and partners' names: one statement, read as plain rows (no entities to hydrate).
 */
async function membersToTell(em: EntityManager, tenantId: string, partnerIds: readonly string[]): Promise<MemberRow[]> {
  const rows = await em.execute<
    {
      role: Role;
      user_id: string;
      email: string;
      name: string;
      locale: Locale | null;
      partner_id: string | null;
      partner_name: string | null;
      notification_opt_outs: string[];
    }[]
  >(
    `select m.role, m.user_id, u.email, u.name, u.locale, m.partner_id, p.name as partner_name, m.notification_opt_outs
       from membership m join user_account u on u.id = m.user_id left join partner p on p.id = m.partner_id
      where m.tenant_id = ? and (m.partner_id = any(?::uuid[]) or m.role in (?, ?, ?))`,
    [tenantId, `{${partnerIds.join(',')}}`, Role.CHANNEL_MANAGER, Role.VENDOR_ADMIN, Role.MARKETING],
  );
  return rows.map((row) => ({
    role: row.role,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    notificationOptOuts: row.notification_opt_outs,
  }));
}

/**
 * The events' leads: those the caller gives and those the move holds in its unit of work, as they
 * are there (current: every caller flushes before it publishes), the others read in one statement.
 * A bulk intake gives all of its leads, a post holds its one.
 */
async function leadsOf(
  em: EntityManager,
  tenantId: string,
  ids: readonly string[],
  held: readonly Lead[],
): Promise<Map<string, Lead>> {
  const unitOfWork = em.getUnitOfWork();
  const given = new Map(held.map((lead) => [lead.id, lead]));
  const leads = new Map<string, Lead>();
  for (const id of ids) {
    const lead = given.get(id) ?? unitOfWork.getById(Lead, id);
    if (lead && wrap(lead).isInitialized()) leads.set(id, lead);
  }
  const missing = ids.filter((id) => !leads.has(id));
  if (missing.length) for (const lead of await em.find(Lead, { tenantId, id: { $in: missing } })) leads.set(lead.id, lead);
  return leads;
}
