import { Injectable } from '@nestjs/common';
import { FlushMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Clock, TenantCache } from '@leadrelay/core';
import { LeadEventType } from '../events/lead-event-type';
import type { LeadHistory } from '../events/lead-history';
import type { Lead } from '../lead.entity';
import { LeadStage } from '../lead-stage';
import { AutomaticQualification } from './automatic-qualification';
import { EngagementEvent } from './engagement-event.entity';
import { type Engagement, type LeadFacts, automaticMove, scoreLead } from './score-lead';
import { ScoringModel } from './scoring-model.entity';
import { DEFAULT_SCORING_RULES, SCORING_LIMITS, type ScoringRules } from './scoring-rules';

/** Why a lead was scored, named in its `lead.scored` line. */
export enum ScoreCause {
  CREATED = 'created',
  UPDATED = 'updated',
  ENGAGEMENT = 'engagement',
  /** The periodic re-score: engagement faded with time. */
  DECAY = 'decay',
}

/** The version of the tenant's model in force: the newest. Null for a tenant that has none (nothing is scored). */
export function currentScoringModel(em: EntityManager, tenantId: string): Promise<ScoringModel | null> {
  // COMMIT: a lead being created waits for the caller's flush, which handles its unique keys.
  return em.findOne(ScoringModel, { tenantId }, { orderBy: { version: 'desc' }, flushMode: FlushMode.COMMIT });
}

/** Gives a new tenant its first model, version 1, in the caller's transaction. */
export function seedDefaultScoringModel(
  em: EntityManager,
  tenantId: string,
  rules: ScoringRules = DEFAULT_SCORING_RULES,
): ScoringModel {
  return em.create(ScoringModel, { tenantId, version: 1, rules, createdByUserId: null });
}

export function factsOf(lead: Lead): LeadFacts {
  return {
    industry: lead.company.industry ?? null,
    employeeBand: lead.company.employeeBand ?? null,
    annualRevenue: lead.company.annualRevenue == null ? null : Number(lead.company.annualRevenue),
    country: lead.company.country,
    postalCode: lead.company.postalCode ?? null,
    position: lead.contact.position ?? null,
    decisionMaker: lead.contact.decisionMaker,
    email: lead.contact.email ?? null,
    phone: lead.contact.phone ?? null,
    website: lead.company.website ?? null,
    requestType: lead.interest.requestType,
    source: lead.source,
  };
}

/** What scoring reads of the model in force: its version and its rules (remembered between requests, frozen). */
export interface ModelInForce {
  readonly version: number;
  readonly rules: ScoringRules;
}

/**
 * Scores leads by their tenant's model, in the caller's transaction: writes the score on the lead,
 * a `lead.scored` line when it changed, and moves a NEW lead by the model's thresholds as the
 * system (QUALIFIED above both, NURTURING above fit only) through the lifecycle table.
 */
@Injectable()
export class LeadScorer {
  /** The scoring models read by the bulk intakes under way (`inBatch`), by their transaction's entity manager, then by tenant. */
  private readonly batches = new WeakMap<EntityManager, Map<string, ModelInForce | null>>();
  /** The model in force by tenant, for `TENANT_CACHE_MS` (forgotten at once when this instance saves one: `forgetModel`). */
  private readonly models: TenantCache<ModelInForce | null>;

  constructor(
    private readonly clock: Clock,
    private readonly qualification: AutomaticQualification,
  ) {
    this.models = new TenantCache(clock);
  }

  /** A new version was saved (or its saving failed): the next lead of the tenant is scored by the model read again. */
  forgetModel(tenantId: string): void {
    this.models.forget(tenantId);
  }

  /**
   * Runs `work`, a bulk intake of new leads in `em`'s transaction, with the tenant's model read once
   * for all of them, and routing reading what it needs once (`AutomaticQualification.inBatch`).
   */
  inBatch<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
    this.batches.set(em, new Map());
    return this.qualification.inBatch(em, work).finally(() => this.batches.delete(em));
  }

  /** The model in force for the tenant: the one remembered (`TenantCache`), and one for the whole of a batch. */
  private async modelOf(em: EntityManager, tenantId: string): Promise<ModelInForce | null> {
    const batch = this.batches.get(em);
    if (batch?.has(tenantId)) return batch.get(tenantId)!;
    const model = await this.models.get(tenantId, async () => {
      const read = await currentScoringModel(em, tenantId);
      return read ? { version: read.version, rules: structuredClone(read.rules) } : null;
    });
    batch?.set(tenantId, model);
    return model;
  }

  async score(em: EntityManager, lead: Lead, history: LeadHistory, cause: ScoreCause): Promise<void> {
    const model = await this.modelOf(em, lead.tenantId);
    if (!model) return;
    // A lead being created has no engagements yet; otherwise only the newest count (older ones have faded).
    const engagements: Engagement[] =
      cause === ScoreCause.CREATED
        ? []
        : await em.find(
            EngagementEvent,
            { tenantId: lead.tenantId, lead: lead.id },
            { fields: ['kind', 'occurredAt'], orderBy: { occurredAt: 'desc' }, limit: SCORING_LIMITS.engagementsCounted },
          );
    const now = this.clock.now();
    const result = scoreLead(model.rules, factsOf(lead), engagements, now);
    const scoring = lead.scoring;
    const changed = scoring.differsFrom(result, model.version);
    if (changed) {
      const previous =
        scoring.modelVersion == null
          ? null
          : { fit: scoring.fit, engagement: scoring.engagement, cell: scoring.cell, modelVersion: scoring.modelVersion };
      scoring.fit = result.fit;
      scoring.engagement = result.engagement;
      scoring.grade = result.grade;
      scoring.level = result.level;
      scoring.modelVersion = model.version;
      if (!scoring.overridden) {
        lead.score = result.fit;
        lead.grade = result.grade;
      }
      scoring.cell = `${lead.grade ?? result.grade}${result.level}`;
      history.record(lead, LeadEventType.LEAD_SCORED, await history.system(lead.tenantId), {
        data: {
          cause,
          modelVersion: model.version,
          fit: result.fit,
          engagement: result.engagement,
          grade: result.grade,
          cell: scoring.cell,
          previous,
        },
      });
    }
    scoring.lines = result.lines;
    scoring.scoredAt = now;

    const move = lead.stage === LeadStage.NEW ? automaticMove(model.rules, result) : null;
    if (move) {
      const moved = this.qualification.move(lead, move, history, await history.system(lead.tenantId), {
        automatic: true,
        modelVersion: model.version,
        score: result.fit,
        grade: result.grade,
        engagement: result.engagement,
        cell: scoring.cell,
        thresholds: model.rules.autoQualification,
      });
      if (moved && move === 'QUALIFY') await this.qualification.qualified(em, lead, history);
    }
  }
}

/**
 * A person qualifies the lead with their own score and grade: they are in force from now on (a
 * re-score keeps them), and the history line says what they overrode.
 */
export function overrideScore(lead: Lead, score: number, grade: string): Record<string, unknown> {
  const scoring = lead.scoring;
  const computed =
    scoring.modelVersion == null
      ? null
      : { fit: scoring.fit, grade: scoring.grade, cell: scoring.cell, modelVersion: scoring.modelVersion };
  lead.score = score;
  lead.grade = grade;
  const overrides = computed !== null && (computed.fit !== score || computed.grade !== grade);
  scoring.overridden = true;
  if (scoring.level != null) scoring.cell = `${grade}${scoring.level}`;
  return { score, grade, manual: true, overrides, computed };
}
