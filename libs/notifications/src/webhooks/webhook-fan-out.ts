import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Clock, JobQueue, QUEUE } from '@leadrelay/core';
import { Lead, ReasonCode, type RecordedEvent } from '@leadrelay/leads';
import { Partner } from '@leadrelay/partners';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpoint, WebhookEndpointStatus } from './webhook-endpoint.entity';
import { webhookPayload } from './webhook-payload';

/**
 * Turns a change's history lines into webhook deliveries, in the change's own transaction: one
 * WebhookDelivery row and one QUEUE.webhook job per event and enabled endpoint subscribed to its
 * type. Set-based: one query for the endpoints (and nothing more when none is subscribed), then
 * one each for the leads' stages, the partners' names and the reason keys, one insert and one job
 * insert, however many events and endpoints there are.
 */
@Injectable()
export class WebhookFanOut {
  constructor(
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  async fanOut(em: EntityManager, tenantId: string, events: readonly RecordedEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    const endpoints = await em.find(WebhookEndpoint, {
      tenantId,
      status: WebhookEndpointStatus.ENABLED,
      eventTypes: { $overlap: [...new Set(events.map((event) => event.type))] },
    });
    const subscribed = events.filter((event) => endpoints.some((endpoint) => endpoint.eventTypes.includes(event.type)));
    if (subscribed.length === 0) return 0;

    const distinct = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
    const leadIds = distinct(subscribed.map((event) => event.leadId));
    const partnerIds = distinct(subscribed.map((event) => event.partnerId));
    const reasonIds = distinct(subscribed.map((event) => event.reasonCodeId));
    const stages = new Map((await em.find(Lead, { tenantId, id: { $in: leadIds } })).map((lead) => [lead.id, lead.stage]));
    const partners = new Map(
      partnerIds.length ? (await em.find(Partner, { tenantId, id: { $in: partnerIds } })).map((p) => [p.id, p]) : [],
    );
    const reasons = new Map(
      reasonIds.length ? (await em.find(ReasonCode, { tenantId, id: { $in: reasonIds } })).map((r) => [r.id, r]) : [],
    );

    const now = this.clock.now();
    const rows: WebhookDelivery[] = [];
    for (const event of subscribed) {
      const partner = event.partnerId ? partners.get(event.partnerId) : undefined;
      const reason = event.reasonCodeId ? reasons.get(event.reasonCodeId) : undefined;
      const payload = webhookPayload(event, {
        stage: stages.get(event.leadId) ?? null,
        partner: partner ? { id: partner.id, name: partner.name } : null,
        reason: reason ? { key: reason.key, kind: reason.kind } : null,
      });
      for (const endpoint of endpoints.filter((e) => e.eventTypes.includes(event.type))) {
        rows.push(
          Object.assign(new WebhookDelivery(), {
            id: randomUUID(),
            tenantId,
            endpoint: em.getReference(WebhookEndpoint, endpoint.id),
            eventType: event.type,
            eventId: event.id,
            payload,
            status: WebhookDeliveryStatus.PENDING,
            attempts: 0,
            createdAt: now,
          }),
        );
      }
    }
    await em.insertMany(WebhookDelivery, rows);
    await this.jobs.sendMany(
      em,
      QUEUE.webhook,
      rows.map((row) => ({ data: { tenantId, deliveryId: row.id } })),
    );
    return rows.length;
  }
}
