import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PartnerTier } from '@leadrelay/partners';
import type { PartnerAbsence } from './partner-absence.entity';
import type { RoutingPolicy } from './routing-policy.entity';

@ObjectType('GradeTiers', { description: 'The tiers that may get leads of one grade.' })
export class GradeTiersModel {
  @Field({ description: 'A to D.' }) grade!: string;
  @Field(() => [PartnerTier], { description: 'The tiers allowed.' }) tiers!: PartnerTier[];
}

@ObjectType('RoutingPolicy', { description: 'How the tenant routes its leads to partners.' })
export class RoutingPolicyModel {
  @Field(() => [GradeTiersModel], { description: 'Tiers per grade; a grade not listed goes to every tier.' })
  tiersByGrade!: GradeTiersModel[];

  static from(policy: RoutingPolicy | null): RoutingPolicyModel {
    const tiers = policy?.tiersByGrade ?? {};
    return {
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
