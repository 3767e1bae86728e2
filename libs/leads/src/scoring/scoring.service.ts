import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  type Actor,
  BadUserInputError,
  Clock,
  ConflictError,
  JobQueue,
  Locale,
  NotFoundError,
  Tenant,
  TenantContext,
  assertCan,
} from '@leadrelay/core';
import { User } from '@leadrelay/identity';
import { LeadEventSink } from '../events/lead-event-sink';
import { LeadHistory } from '../events/lead-history';
import { Lead } from '../lead.entity';
import { LeadModel } from '../lead.model';
import { LEAD_POPULATE, findLeadInScope } from '../lead.service';
import { EngagementEvent } from './engagement-event.entity';
import { LeadScorer, ScoreCause, currentScoringModel } from './lead-scorer';
import { scheduleRescore } from './rescore-schedule';
import type { ScoreLine } from './score-lead';
import { describeScoreLine } from './scoring-labels';
import { ScoringModel } from './scoring-model.entity';
import { type ScoreAxisExplanationModel, type ScoreExplanationModel, ScoringModelModel } from './scoring-model.model';
import { ScoreAxis, type ScoringRules } from './scoring-rules';
import { scoringRulesProblems } from './scoring-rules.validation';
import type { RecordEngagementInput, UpdateScoringModelInput } from './scoring.inputs';

/** How far back an engagement may be recorded. */
export const ENGAGEMENT_MAX_AGE_MS = 366 * 86_400_000;

/** The tenant's scoring model (read by vendor users, saved by the vendor admin) and the engagements that feed it. */
@Injectable()
export class ScoringService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly scorer: LeadScorer,
    private readonly events: LeadEventSink,
    private readonly jobs: JobQueue,
  ) {}

  model(actor: Actor, version?: number): Promise<ScoringModelModel> {
    return this.tenants.run(actor.tenantId, async (em) => {
      const model = version
        ? await em.findOne(ScoringModel, { tenantId: actor.tenantId, version })
        : await currentScoringModel(em, actor.tenantId);
      if (!model) throw new NotFoundError('Scoring model', String(version ?? 'current'));
      assertCan(actor.ability, 'read', model);
      return ScoringModelModel.from(model);
    });
  }

  /** Saves the model as its next version; nothing is saved when any part of it is wrong. */
  async update(actor: Actor, input: UpdateScoringModelInput): Promise<ScoringModelModel> {
    const rules: ScoringRules = {
      groups: input.groups.map((group) => ({
        key: group.key,
        axis: group.axis,
        cap: group.cap,
        rules: group.rules.map((rule) => ({
          key: rule.key,
          field: rule.field,
          operator: rule.operator,
          ...(rule.values?.length ? { values: [...rule.values] } : {}),
          ...(rule.min != null ? { min: rule.min } : {}),
          ...(rule.max != null ? { max: rule.max } : {}),
          points: rule.points,
        })),
      })),
      engagement: input.engagement.map((rule) => ({ kind: rule.kind, points: rule.points, halfLifeDays: rule.halfLifeDays })),
      engagementCap: input.engagementCap,
      grades: { a: input.grades.a, b: input.grades.b, c: input.grades.c },
      levels: { one: input.levels.one, two: input.levels.two },
      autoQualification: input.autoQualification
        ? { fit: input.autoQualification.fit, engagement: input.autoQualification.engagement }
        : null,
    };
    const problems = scoringRulesProblems(rules);
    if (problems.length) throw new BadUserInputError(problems);
    try {
      return await this.saveModel(actor, rules);
    } finally {
      // Once the transaction has ended (committed or not): a lead scored meanwhile may have read the old model again.
      this.scorer.forgetModel(actor.tenantId);
    }
  }

  private saveModel(actor: Actor, rules: ScoringRules): Promise<ScoringModelModel> {
    return this.tenants.run(actor.tenantId, async (em) => {
      const current = await currentScoringModel(em, actor.tenantId);
      const model = em.create(ScoringModel, {
        tenantId: actor.tenantId,
        version: (current?.version ?? 0) + 1,
        rules,
        createdByUserId: actor.userId,
        createdByName: actor.userName,
        createdAt: this.clock.now(),
      });
      assertCan(actor.ability, 'update', model);
      try {
        await em.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) {
          throw new ConflictError(
            'Someone saved the scoring model at the same moment. Read it again and save your changes on top.',
          );
        }
        throw error;
      }
      return ScoringModelModel.from(model);
    });
  }

  /** Records an engagement and re-scores the lead (which may move a NEW lead by itself). */
  recordEngagement(actor: Actor, input: RecordEngagementInput): Promise<LeadModel> {
    return this.tenants.run(actor.tenantId, async (em) => {
      await findLeadInScope(em, actor, input.leadId);
      const lead = await em.findOneOrFail(
        Lead,
        { tenantId: actor.tenantId, id: input.leadId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      assertCan(actor.ability, 'update', lead);
      const now = this.clock.now();
      const occurredAt = input.occurredAt ?? now;
      if (occurredAt.getTime() > now.getTime()) {
        throw BadUserInputError.of('occurredAt', 'An engagement cannot lie in the future; leave occurredAt out for now.');
      }
      if (now.getTime() - occurredAt.getTime() > ENGAGEMENT_MAX_AGE_MS) {
        throw BadUserInputError.of('occurredAt', 'Record engagements of the last year only; older ones count for nothing.');
      }
      em.create(EngagementEvent, {
        tenantId: actor.tenantId,
        lead,
        kind: input.kind,
        occurredAt,
        detail: input.detail ?? null,
        recordedByUserId: actor.userId,
        createdAt: now,
      });
      await em.flush();
      const history = new LeadHistory(em, this.clock);
      await this.scorer.score(em, lead, history, ScoreCause.ENGAGEMENT);
      // From now on the engagement fades: the tenant's periodic re-score sees to the score.
      await scheduleRescore(em, this.jobs, actor.tenantId, now);
      await em.flush();
      await this.events.publish(em, actor.tenantId, history.recorded);
      await em.populate(lead, LEAD_POPULATE, { refresh: true });
      return LeadModel.from(lead);
    });
  }

  /** The language a viewer reads explanations in: their own, else their tenant's. */
  languageOf(actor: Actor): Promise<Locale> {
    return this.tenants.run(actor.tenantId, async (em) => {
      const user = await em.findOne(User, { id: actor.userId }, { fields: ['locale'] });
      if (user?.locale) return user.locale;
      return (await em.findOneOrFail(Tenant, { id: actor.tenantId })).locale;
    });
  }
}

/** A score's lines in words, per axis. */
export function explainScore(
  score: { fit: number; engagement: number; modelVersion: number; lines: readonly ScoreLine[] },
  locale: Locale,
): ScoreExplanationModel {
  const axis = (which: ScoreAxis, total: number): ScoreAxisExplanationModel => ({
    score: total,
    lines: score.lines
      .filter((line) => line.axis === which)
      .map((line) => ({
        kind: line.kind,
        group: line.kind === 'BOUND' ? null : line.group,
        rule: line.kind === 'RULE' ? line.rule : null,
        label: describeScoreLine(line, locale),
        points: line.points,
      })),
  });
  return {
    modelVersion: score.modelVersion,
    fit: axis(ScoreAxis.FIT, score.fit),
    engagement: axis(ScoreAxis.ENGAGEMENT, score.engagement),
  };
}
