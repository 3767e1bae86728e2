import { Injectable } from '@nestjs/common';
import { wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Clock, JobQueue, QUEUE } from '@leadrelay/core';
import { Lead, type RecordedEvent } from '@leadrelay/leads';
import type { WebhookPayload } from './webhook-delivery.entity';
import { WebhookEndpoint, WebhookEndpointStatus } from './webhook-endpoint.entity';
import { webhookPayload } from './webhook-payload';

/** The deliveries, as JSON (`$1`), in one statement. */
const DELIVERY_INSERT = `insert into webhook_delivery (id, tenant_id, created_at, endpoint_id, event_type, event_id, payload, status, attempts)
  select id, tenant_id, created_at, endpoint_id, event_type, event_id, payload, 'PENDING', 0
    from jsonb_to_recordset($1::jsonb) as d (id uuid, tenant_id uuid, created_at timestamptz, endpoint_id uuid, event_type text,
         event_id uuid, payload jsonb)`;

/** A PostgreSQL array literal of ids, bound as one parameter and cast with `::uuid[]`. */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * Turns a change's history lines into webhook deliveries, in the change's own transaction: one
 * WebhookDelivery row and one QUEUE.webhook job per event and enabled endpoint subscribed to its
 * type. Set-based: one query for the endpoints (and nothing more when none is subscribed), one for
 * the leads' stages, the partners' names and the reason keys together, one insert of the rows and
 * one of the jobs, however many events and endpoints there are (a deadline sweep may bring
 * thousands of events).
 */
@Injectable()
export class WebhookFanOut {
  constructor(
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  async fanOut(em: EntityManager, tenantId: string, events: readonly RecordedEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    const endpoints = await em.find(
      WebhookEndpoint,
      {
        tenantId,
        status: WebhookEndpointStatus.ENABLED,
        eventTypes: { $overlap: [...new Set(events.map((event) => event.type))] },
      },
      { fields: ['id', 'eventTypes'], orderBy: { id: 'asc' } },
    );
    const subscribers = new Map<string, string[]>();
    for (const endpoint of endpoints) {
      for (const type of endpoint.eventTypes) subscribers.set(type, [...(subscribers.get(type) ?? []), endpoint.id]);
    }
    const subscribed = events.filter((event) => subscribers.has(event.type));
    if (subscribed.length === 0) return 0;

    const facts = await this.factsOf(em, tenantId, subscribed);
    const createdAt = this.clock.now();
    const rows: {
      id: string;
      tenant_id: string;
      created_at: Date;
      endpoint_id: string;
      event_type: string;
      event_id: string;
      payload: WebhookPayload;
    }[] = [];
    for (const event of subscribed) {
      const partner = event.partnerId ? facts.partners.get(event.partnerId) : undefined;
      const payload = webhookPayload(event, {
        stage: facts.stages.get(event.leadId) ?? null,
        partner: partner ? { id: event.partnerId!, name: partner } : null,
        reason: event.reasonCodeId ? (facts.reasons.get(event.reasonCodeId) ?? null) : null,
      });
      for (const endpointId of subscribers.get(event.type)!) {
        rows.push({
          id: randomUUID(),
          tenant_id: tenantId,
          created_at: createdAt,
          endpoint_id: endpointId,
          event_type: event.type,
          event_id: event.id,
          payload,
        });
      }
    }
    // One statement for any number of rows, in one round trip with their jobs.
    await this.jobs.sendManyWith(
      em,
      { sql: DELIVERY_INSERT, json: JSON.stringify(rows) },
      QUEUE.webhook,
      rows.map((row) => ({ data: { tenantId, deliveryId: row.id } })),
    );
    return rows.length;
  }

  /**
   * What the payloads name besides the event: the leads' stages (as the move's unit of work holds
   * them, which is what it commits: every move flushes before it publishes, and the set-based accept
   * publishes before its one write; the others' as stored), the partners' names, the reasons' keys.
   */
  private async factsOf(em: EntityManager, tenantId: string, events: readonly RecordedEvent[]) {
    const distinct = (ids: (string | null)[]) => uuidArray([...new Set(ids.filter((id): id is string => Boolean(id)))]);
    const unitOfWork = em.getUnitOfWork();
    const held = new Map<string, string>();
    for (const { leadId } of events) {
      const lead = unitOfWork.getById(Lead, leadId);
      if (lead && wrap(lead).isInitialized()) held.set(leadId, lead.stage);
    }
    const rows = await em.execute<{ kind: 'lead' | 'partner' | 'reason'; id: string; value: string; extra: string | null }[]>(
      `select 'lead' as kind, id, stage::text as value, null as extra from lead where tenant_id = :tenantId and id = any(:leads::uuid[])
       union all
       select 'partner', id, name, null from partner where tenant_id = :tenantId and id = any(:partners::uuid[])
       union all
       select 'reason', id, key, kind::text from reason_code where tenant_id = :tenantId and id = any(:reasons::uuid[])`,
      {
        tenantId,
        leads: distinct(events.map((e) => e.leadId).filter((id) => !held.has(id))),
        partners: distinct(events.map((e) => e.partnerId)),
        reasons: distinct(events.map((e) => e.reasonCodeId)),
      },
    );
    const of = (kind: string) => rows.filter((row) => row.kind === kind);
    return {
      stages: new Map([...of('lead').map((row): [string, string] => [row.id, row.value]), ...held]),
      partners: new Map(of('partner').map((row) => [row.id, row.value])),
      reasons: new Map(of('reason').map((row) => [row.id, { key: row.value, kind: row.extra! }])),
    };
  }
}
