import { Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { UniqueConstraintViolationException, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Clock, ConflictError, RateLimits, TenantContext, UnauthenticatedError, consumeAll } from '@leadrelay/core';
import { LeadEventSink } from '../events/lead-event-sink';
import { LeadHistory } from '../events/lead-history';
import { Lead, RequestType } from '../lead.entity';
import type { CreateLeadInput } from '../lead.inputs';
import { takeIn } from '../lead.service';
import { LeadScorer } from '../scoring/lead-scorer';
import { IntakeKey } from './intake-key.entity';
import { intakeKeyHash, tenantOfIntakeKey } from './intake-key.service';
import type { IntakeLeadBody } from './intake-lead.body';

export interface IntakeResult {
  leadId: string;
  /** False when the post repeated an earlier one (same Idempotency-Key or external reference). */
  created: boolean;
}

/**
 * Leads posted by web forms and other systems with an intake key. Each key may post a limited
 * number of leads a minute; a retried post (same Idempotency-Key or external reference) finds the
 * lead of the first one instead of creating another.
 */
@Injectable()
export class IntakeService {
  static readonly POSTS_PER_MINUTE = 60;
  private readonly limiter: RateLimiterPostgres;

  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly events: LeadEventSink,
    private readonly scorer: LeadScorer,
    limits: RateLimits,
  ) {
    this.limiter = limits.limiter({ keyPrefix: 'intake', points: IntakeService.POSTS_PER_MINUTE, durationSeconds: 60 });
  }

  async take(secret: string, body: IntakeLeadBody, idempotencyKey: string | undefined): Promise<IntakeResult> {
    const tenantId = tenantOfIntakeKey(secret);
    const hash = intakeKeyHash(secret);
    await consumeAll([[this.limiter, hash]]);
    const replayOf = idempotencyKey ?? null;
    const externalReference = body.externalReference ?? null;
    try {
      return await this.tenants.run(tenantId, async (em) => {
        const key = await em.findOne(IntakeKey, { tenantId, secretHash: hash, revokedAt: null });
        if (!key) {
          throw new UnauthenticatedError('This intake key is unknown or revoked. Ask the vendor admin for a current key.');
        }
        const earlier = await earlierLead(em, tenantId, replayOf, externalReference);
        if (earlier) {
          return { leadId: earlier.id, created: false };
        }
        const history = new LeadHistory(em, this.clock);
        const by = await history.system(tenantId, `Intake: ${key.name}`);
        const lead = await takeIn(em, this.clock, tenantId, toLeadInput(body, key), {
          by,
          history,
          idempotencyKey: replayOf,
          scorer: this.scorer,
        });
        await this.events.publish(em, tenantId, history.recorded);
        // Last, and counted by the database: posts of one form come at once, and the key's row lock
        // is held from here to the commit only (a counter read in and written back would lose posts).
        await em.nativeUpdate(
          IntakeKey,
          { tenantId, id: key.id },
          { lastUsedAt: this.clock.now(), leadsCreated: raw('leads_created + 1') },
        );
        return { leadId: lead.id, created: true };
      });
    } catch (error) {
      // A retry sent while the first post was still being written passed the lookup above; its
      // insert then waited for the first one's unique key and failed. It answers with that lead.
      const clash = error instanceof UniqueConstraintViolationException || error instanceof ConflictError;
      const earlier = clash
        ? await this.tenants.run(tenantId, (em) => earlierLead(em, tenantId, replayOf, externalReference))
        : null;
      if (earlier) return { leadId: earlier.id, created: false };
      throw error;
    }
  }
}

/** The lead an earlier post with the same Idempotency-Key or external reference created, if any. */
function earlierLead(
  em: EntityManager,
  tenantId: string,
  idempotencyKey: string | null,
  externalReference: string | null,
): Promise<Lead | null> {
  if (!idempotencyKey && !externalReference) return Promise.resolve(null);
  return em.findOne(Lead, {
    tenantId,
    $or: [...(idempotencyKey ? [{ idempotencyKey }] : []), ...(externalReference ? [{ externalReference }] : [])],
  });
}

function toLeadInput(body: IntakeLeadBody, key: IntakeKey): CreateLeadInput {
  return {
    source: key.source,
    sourceDetail: key.sourceDetail ?? undefined,
    company: {
      name: body.companyName,
      industry: body.industry,
      employeeBand: body.employeeBand,
      annualRevenue: body.annualRevenue,
      website: body.website,
      country: body.country,
      postalCode: body.postalCode,
      city: body.city,
      street: body.street,
    },
    contact: {
      firstName: body.firstName,
      lastName: body.lastName,
      email: body.email,
      phone: body.phone,
      position: body.position,
      decisionMaker: body.decisionMaker ?? false,
    },
    interest: {
      productLine: body.productLine,
      description: body.message,
      budget: body.budget,
      timeframe: body.timeframe,
      requestType: body.requestType ?? RequestType.INQUIRY,
    },
    consent: { given: body.consent ?? false, wording: body.consentWording },
    externalReference: body.externalReference,
  };
}
