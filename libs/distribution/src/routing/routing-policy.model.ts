import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PartnerTier } from '@leadrelay/partners';
import type { PartnerAbsence } from './partner-absence.entity';
import type { RoutingPolicy } from './routing-policy.entity';
import { RoutingAction, RoutingMode } from './routing-rules';

@ObjectType('GradeTiers', { description: 'The tiers that may get leads of one grade.' })
export class GradeTiersModel {
  @Field({ description: 'A to D.' }) grade!: string;
  @Field(() => [PartnerTier], { description: 'The tiers allowed.' }) tiers!: PartnerTier[];
}

@ObjectType('RoutingCondition', { description: 'One condition of a routing rule.' })
export class RoutingConditionModel {
  @Field({ description: 'The fact compared.' }) field!: string;
  @Field({ description: 'IN or BETWEEN.' }) operator!: string;
  @Field(() => [String], { nullable: true, description: 'For IN.' }) values!: string[] | null;
  @Field(() => Float, { nullable: true, description: 'For BETWEEN: lowest included.' }) min!: number | null;
  @Field(() => Float, { nullable: true, description: 'For BETWEEN: highest included.' }) max!: number | null;
}

@ObjectType('RoutingRule', { description: 'A routing rule: when all its conditions hold, its action decides.' })
export class RoutingRuleModel {
  @Field({ description: 'Its stable key.' }) key!: string;
  @Field(() => [RoutingConditionModel], { description: 'All must hold.' }) conditions!: RoutingConditionModel[];
  @Field(() => RoutingAction, { description: 'What it does.' }) action!: RoutingAction;
  @Field(() => Int, { nullable: true, description: 'For SHARED: how many at once.' }) count!: number | null;
  @Field({ description: 'Without candidates: hold (true) or next rule (false).' }) required!: boolean;
}

@ObjectType('RoutingPolicy', { description: 'How the tenant routes its leads to partners.' })
export class RoutingPolicyModel {
  @Field(() => RoutingMode, { description: 'MANUAL or AUTOMATIC.' }) mode!: RoutingMode;
  @Field(() => [RoutingRuleModel], { description: 'In order; the first whose conditions hold decides.' })
  rules!: RoutingRuleModel[];
  @Field(() => ID, { nullable: true, description: 'The partner offered a lead no rule decides; null: held.' })
  fallbackPartnerId!: string | null;
  @Field(() => Int, { description: 'Rounds the router opens for one lead before it holds it.' }) maxRounds!: number;
  @Field(() => [GradeTiersModel], { description: 'Tiers per grade; a grade not listed goes to every tier.' })
  tiersByGrade!: GradeTiersModel[];

  static from(policy: RoutingPolicy | null): RoutingPolicyModel {
    const tiers = policy?.tiersByGrade ?? {};
    return {
      mode: policy?.mode ?? RoutingMode.MANUAL,
      rules: (policy?.rules ?? []).map((rule) => ({
        ...rule,
        count: rule.count ?? null,
        conditions: rule.conditions.map((c) => ({ ...c, values: c.values ?? null, min: c.min ?? null, max: c.max ?? null })),
      })),
      fallbackPartnerId: policy?.fallbackPartnerId ?? null,
      maxRounds: policy?.maxRounds ?? 3,
      tiersByGrade: Object.keys(tiers)
        .sort()
        .map((grade) => ({ grade, tiers: tiers[grade]! })),
    };
  }
}

@ObjectType('PartnerAbsence', { description: 'A time in which a partner gets no offers; it keeps its fair share.' })
export class PartnerAbsenceModel {
  @Field(() => ID, { description: "The absence's id." }) id!: string;
  @Field(() => ID, { description: 'The partner.' }) partnerId!: string;
  @Field(() => Date, { description: 'From when.' }) startsAt!: Date;
  @Field(() => Date, { description: 'Until when.' }) endsAt!: Date;
  @Field(() => String, { nullable: true, description: 'Why.' }) note!: string | null;

  static from(absence: PartnerAbsence): PartnerAbsenceModel {
    return {
      id: absence.id,
      partnerId: absence.partnerId,
      startsAt: absence.startsAt,
      endsAt: absence.endsAt,
      note: absence.note ?? null,
    };
  }
}
