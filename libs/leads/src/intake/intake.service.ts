import { Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { UniqueConstraintViolationException, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Clock, ConflictError, RateLimits, TenantContext, UnauthenticatedError, consumeAll } from '@leadrelay/core';
import { LeadEventSink } from '../events/lead-event-sink';
import { LeadHistory } from '../events/lead-history';
import { Lead, RequestType } from '../lead.entity';
import type { CreateLeadInput } from '../lead.inputs';
import { takeIn, takeInMany } from '../lead.service';
import { LeadScorer } from '../scoring/lead-scorer';
import { IntakeKey } from './intake-key.entity';
import { intakeKeyHash, tenantOfIntakeKey } from './intake-key.service';
import type { IntakeLeadBody } from './intake-lead.body';

const UNKNOWN_KEY = 'This intake key is unknown or revoked. Ask the vendor admin for a current key.';

/** A post as it waits to be taken in. */
interface Post {
  /** Its intake key's hash. */
  hash: string;
  body: IntakeLeadBody;
  idempotencyKey: string | null;
}

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
  /** At most this many posts of one tenant are taken in in one transaction. */
  static readonly MAX_TOGETHER = 100;
  private readonly limiter: RateLimiterPostgres;
  /** By tenant: the posts waiting while one of its batches is being written (an entry exists while one is). */
  private readonly waiting = new Map<
    string,
    { post: Post; resolve: (result: IntakeResult) => void; reject: (error: unknown) => void }[]
  >();

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
    return this.queued(tenantId, { hash, body, idempotencyKey: idempotencyKey ?? null });
  }

  /**
   * Group commit: a post waits while its tenant's previous posts are being written and is then
   * taken in with all that came meanwhile, in one transaction (`takeTogether`); a post that finds
   * nothing under way goes at once, alone (`takeOne`). Each post still gets its own answer.
   */
  private queued(tenantId: string, post: Post): Promise<IntakeResult> {
    return new Promise<IntakeResult>((resolve, reject) => {
      const waiting = this.waiting.get(tenantId);
      if (waiting) {
        waiting.push({ post, resolve, reject });
        return;
      }
      this.waiting.set(tenantId, [{ post, resolve, reject }]);
      void this.writeWaiting(tenantId);
    });
  }

  /** Writes the tenant's waiting posts, batch after batch, until none wait. */
  private async writeWaiting(tenantId: string): Promise<void> {
    const waiting = this.waiting.get(tenantId)!;
    for (
      let posts = waiting.splice(0, IntakeService.MAX_TOGETHER);
      posts.length;
      posts = waiting.splice(0, IntakeService.MAX_TOGETHER)
    ) {
      if (posts.length === 1) {
        await this.takeOne(tenantId, posts[0]!.post).then(posts[0]!.resolve, posts[0]!.reject);
        continue;
      }
      const results = await this.takeTogether(
        tenantId,
        posts.map((p) => p.post),
      ).catch(() => null);
      if (results) {
        posts.forEach((p, i) => (results[i] instanceof Error ? p.reject(results[i]) : p.resolve(results[i]!)));
      } else {
        // Something of the batch failed (a taken external reference, two retries of one post, a
        // deadlock ...): nothing of it was written; each post is taken alone and answered as such.
        await Promise.all(posts.map((p) => this.takeOne(tenantId, p.post).then(p.resolve, p.reject)));
      }
    }
    this.waiting.delete(tenantId);
  }

  /**
   * Posts of one tenant in one transaction through the bulk path (`takeInMany`: each lead as
   * `takeIn` takes it, set-based): their keys read at once, repeated posts answered with their
   * earlier lead, each key's count raised by its leads. Per post its answer, or the error that
   * refuses it (an unknown or revoked key). Throws, writing nothing, when any lead fails.
   */
  private async takeTogether(tenantId: string, posts: readonly Post[]): Promise<(IntakeResult | Error)[]> {
    const replays = posts.flatMap((p) => [p.idempotencyKey, p.body.externalReference ?? null]).filter((r) => r !== null);
    if (new Set(replays).size < replays.length) throw new Error('A post repeats another of its batch: taken alone.');
    return this.tenants.run(tenantId, async (em) => {
      const keys = new Map(
        (
          await em.find(IntakeKey, { tenantId, secretHash: { $in: [...new Set(posts.map((p) => p.hash))] }, revokedAt: null })
        ).map((key) => [key.secretHash, key]),
      );
      const earlier = await earlierLeads(
        em,
        tenantId,
        posts.filter((p) => keys.has(p.hash)),
      );
      const results: (IntakeResult | Error)[] = posts.map((p) =>
        !keys.has(p.hash) ? new UnauthenticatedError(UNKNOWN_KEY) : (earlier(p) ?? { leadId: '', created: true }),
      );
      const taken = posts.filter((_, i) => (results[i] as IntakeResult).created === true);
      if (taken.length === 0) return results;
      const ids = await takeInMany(
        em,
        this.clock,
        tenantId,
        taken.map((p) => toLeadInput(p.body, keys.get(p.hash)!)),
        {
          name: 'Intake',
          scorer: this.scorer,
          events: this.events,
          each: taken.map((p) => ({ name: `Intake: ${keys.get(p.hash)!.name}`, idempotencyKey: p.idempotencyKey })),
        },
      );
      let next = 0;
      for (const result of results) if (!(result instanceof Error) && result.created) result.leadId = ids[next++]!;
      // Each key's count raised by its leads at the end, in the keys' order (their row locks held to the commit only).
      const counts = new Map<IntakeKey, number>();
      for (const p of taken) counts.set(keys.get(p.hash)!, (counts.get(keys.get(p.hash)!) ?? 0) + 1);
      for (const [key, count] of [...counts].sort(([a], [b]) => a.id.localeCompare(b.id))) {
        await em.nativeUpdate(
          IntakeKey,
          { tenantId, id: key.id },
          { lastUsedAt: this.clock.now(), leadsCreated: raw(`leads_created + ${count}`) },
        );
      }
      return results;
    });
  }

  /** One post in its own transaction. */
  private async takeOne(tenantId: string, post: Post): Promise<IntakeResult> {
    const { hash, body } = post;
    const replayOf = post.idempotencyKey;
    const externalReference = body.externalReference ?? null;
    try {
      return await this.tenants.run(tenantId, async (em) => {
        const key = await em.findOne(IntakeKey, { tenantId, secretHash: hash, revokedAt: null });
        if (!key) {
          throw new UnauthenticatedError(UNKNOWN_KEY);
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

/**
 * For these posts at once: the lead an earlier post with the same Idempotency-Key or external
 * reference created, if any (one statement, none when no post names either).
 */
async function earlierLeads(
  em: EntityManager,
  tenantId: string,
  posts: readonly Post[],
): Promise<(post: Post) => IntakeResult | null> {
  const idempotencyKeys = posts.map((p) => p.idempotencyKey).filter((k): k is string => k !== null);
  const references = posts.map((p) => p.body.externalReference).filter((r): r is string => Boolean(r));
  if (!idempotencyKeys.length && !references.length) return () => null;
  const leads = await em.find(
    Lead,
    {
      tenantId,
      $or: [
        ...(idempotencyKeys.length ? [{ idempotencyKey: { $in: idempotencyKeys } }] : []),
        ...(references.length ? [{ externalReference: { $in: references } }] : []),
      ],
    },
    { fields: ['idempotencyKey', 'externalReference'] },
  );
  return (post) => {
    const lead = leads.find(
      (l) =>
        (post.idempotencyKey && l.idempotencyKey === post.idempotencyKey) ||
        (post.body.externalReference && l.externalReference === post.body.externalReference),
    );
    return lead ? { leadId: lead.id, created: false } : null;
  };
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
