import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { type Actor, BadUserInputError, Clock, type Locale, NotFoundError, TenantContext, assertCan } from '@leadrelay/core';
import { Partner } from '@leadrelay/partners';
import { CandidatePartnersModel, RoutingWeightModel } from './candidate-partners.model';
import { CandidatePartnersService, RECENT_WINDOW_DAYS } from './candidate-partners.service';
import { LeadRouter } from './lead-router';
import { PartnerAbsence } from './partner-absence.entity';
import { PartnerAbsenceModel, RoutingPolicyModel } from './routing-policy.model';
import { RoutingPolicy } from './routing-policy.entity';
import { RoutingAction, type RoutingField, type RoutingOperator, type RoutingRule, assertValidRules } from './routing-rules';
import type { SchedulePartnerAbsenceInput, UpdateRoutingPolicyInput } from './routing.inputs';

/** The longest absence that can be set at once. */
const MAX_ABSENCE_DAYS = 366;

@Injectable()
export class RoutingService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly candidates: CandidatePartnersService,
    private readonly router: LeadRouter,
  ) {}

  async candidatePartners(actor: Actor, leadId: string, language: Locale | undefined): Promise<CandidatePartnersModel> {
    // The viewer's language is read with the lead.
    const { list, viewerLocale } = await this.candidates.forPerson(actor, leadId);
    return CandidatePartnersModel.from(list, language ?? viewerLocale);
  }

  policy(actor: Actor): Promise<RoutingPolicyModel> {
    return this.tenants.run(actor, async (em) => {
      assertCan(actor.ability, 'read', subject('RoutingPolicy', { tenantId: actor.tenantId }));
      return RoutingPolicyModel.from(await em.findOne(RoutingPolicy, { tenantId: actor.tenantId }));
    });
  }

  async updatePolicy(actor: Actor, input: UpdateRoutingPolicyInput): Promise<RoutingPolicyModel> {
    try {
      return await this.savePolicy(actor, input);
    } finally {
      // Once the transaction has ended (committed or not): a lead routed meanwhile may have read the old policy again.
      this.router.forgetPolicy(actor.tenantId);
    }
  }

  private savePolicy(actor: Actor, input: UpdateRoutingPolicyInput): Promise<RoutingPolicyModel> {
    return this.tenants.run(actor, async (em) => {
      assertCan(actor.ability, 'update', subject('RoutingPolicy', { tenantId: actor.tenantId }));
      const policy =
        (await em.findOne(RoutingPolicy, { tenantId: actor.tenantId })) ?? em.create(RoutingPolicy, { tenantId: actor.tenantId });
      if (input.tiersByGrade) {
        const grades = input.tiersByGrade.map((g) => g.grade);
        const twice = grades.find((grade, index) => grades.indexOf(grade) !== index);
        if (twice) throw BadUserInputError.of('tiersByGrade.grade', `Grade ${twice} is named twice. Name each grade once.`);
        const empty = input.tiersByGrade.find((g) => g.tiers.length === 0);
        if (empty) {
          throw BadUserInputError.of(
            'tiersByGrade.tiers',
            `Grade ${empty.grade} names no tier. Name at least one, or leave the grade out.`,
          );
        }
        policy.tiersByGrade = Object.fromEntries(input.tiersByGrade.map((g) => [g.grade, [...new Set(g.tiers)]]));
      }
      if (input.rules) {
        const rules = input.rules.map((rule): RoutingRule => ({
          key: rule.key,
          action: rule.action,
          required: rule.required,
          count: rule.action === RoutingAction.SHARED ? (rule.count ?? null) : null,
          conditions: rule.conditions.map((c) => ({
            field: c.field.toUpperCase() as RoutingField,
            operator: c.operator.toUpperCase() as RoutingOperator,
            ...(c.values ? { values: c.values } : {}),
            ...(c.min != null ? { min: c.min } : {}),
            ...(c.max != null ? { max: c.max } : {}),
          })),
        }));
        assertValidRules(rules);
        policy.rules = rules;
      }
      if (input.fallbackPartnerId !== undefined) {
        if (input.fallbackPartnerId && !(await em.count(Partner, { tenantId: actor.tenantId, id: input.fallbackPartnerId }))) {
          throw BadUserInputError.of(
            'fallbackPartnerId',
            'No partner of this tenant has this id. Name one of your partners, or null to hold.',
          );
        }
        policy.fallbackPartnerId = input.fallbackPartnerId;
      }
      if (input.mode) policy.mode = input.mode;
      if (input.maxRounds) policy.maxRounds = input.maxRounds;
      await em.flush();
      return RoutingPolicyModel.from(policy);
    });
  }

  scheduleAbsence(actor: Actor, input: SchedulePartnerAbsenceInput): Promise<PartnerAbsenceModel> {
    return this.tenants.run(actor, async (em) => {
      const partner = await em.findOne(Partner, { tenantId: actor.tenantId, id: input.partnerId });
      if (!partner) throw new NotFoundError('Partner', input.partnerId);
      assertCan(actor.ability, 'create', subject('PartnerAbsence', { tenantId: actor.tenantId, partnerId: partner.id }));
      if (input.endsAt <= input.startsAt) throw BadUserInputError.of('endsAt', 'The absence must end after it starts.');
      if (input.endsAt <= this.clock.now()) throw BadUserInputError.of('endsAt', 'The absence must end in the future.');
      if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_ABSENCE_DAYS * 86_400_000) {
        throw BadUserInputError.of(
          'endsAt',
          `An absence lasts at most ${MAX_ABSENCE_DAYS} days. Set the partner PAUSED for longer.`,
        );
      }
      const absence = em.create(PartnerAbsence, {
        tenantId: actor.tenantId,
        partnerId: partner.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        note: input.note ?? null,
        createdByUserId: actor.userId,
      });
      await em.flush();
      return PartnerAbsenceModel.from(absence);
    });
  }

  cancelAbsence(actor: Actor, absenceId: string): Promise<PartnerAbsenceModel> {
    return this.tenants.run(actor, async (em) => {
      const absence = await em.findOne(PartnerAbsence, { tenantId: actor.tenantId, id: absenceId });
      if (!absence || !actor.ability.can('read', absence)) throw new NotFoundError('PartnerAbsence', absenceId);
      assertCan(actor.ability, 'delete', absence);
      const model = PartnerAbsenceModel.from(absence);
      await em.remove(absence).flush();
      return model;
    });
  }

  absences(actor: Actor, partnerId: string): Promise<PartnerAbsenceModel[]> {
    return this.tenants.run(actor, async (em) => {
      const rows = await em.find(
        PartnerAbsence,
        { tenantId: actor.tenantId, partnerId, endsAt: { $gt: this.clock.now() } },
        { orderBy: { startsAt: 'asc' } },
      );
      return rows.filter((row) => actor.ability.can('read', row)).map((row) => PartnerAbsenceModel.from(row));
    });
  }

  /** The weight its fair share is measured by now (vendor users). */
  weightOf(actor: Actor, partner: { id: string; tier: Partner['tier'] }): Promise<RoutingWeightModel> {
    return this.tenants.run(actor, async (em) =>
      RoutingWeightModel.from(await this.candidates.weightOf(em, actor.tenantId, partner), RECENT_WINDOW_DAYS),
    );
  }
}
