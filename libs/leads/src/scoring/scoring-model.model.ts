import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ScoringModel } from './scoring-model.entity';
import type { LeadScoring } from './lead-scoring';
import type { ScoreLine } from './score-lead';
import { EngagementKind, ScoreAxis, ScoringField, ScoringOperator } from './scoring-rules';

registerEnumType(ScoreAxis, {
  name: 'ScoreAxis',
  description: 'One axis of the four-field matrix; the two are scored apart.',
  valuesMap: {
    FIT: { description: 'How attractive the customer is (company and contact).' },
    ENGAGEMENT: { description: 'How likely the purchase (request type, source, engagements).' },
  },
});
registerEnumType(EngagementKind, {
  name: 'EngagementKind',
  description: 'What the contact did that shows interest.',
  valuesMap: {
    NEWSLETTER_CLICK: { description: 'Clicked a link in a newsletter.' },
    PAGE_VISIT: { description: "Visited a page of the vendor's web site." },
    WEBINAR: { description: 'Took part in a webinar.' },
    DOWNLOAD: { description: 'Downloaded material (a brochure, a white paper).' },
  },
});
registerEnumType(ScoringField, {
  name: 'ScoringField',
  description: "The lead's fact a scoring rule looks at.",
  valuesMap: {
    INDUSTRY: { description: "The company's industry (text)." },
    EMPLOYEE_BAND: { description: "The company's size (EmployeeBand)." },
    ANNUAL_REVENUE: { description: "The company's annual revenue in the tenant's currency (number)." },
    COUNTRY: { description: "The company's country, ISO 3166-1 alpha-2." },
    POSTAL_CODE: { description: "The company's postal code (text; STARTS_WITH for postal areas)." },
    POSITION: { description: "The contact person's position (text)." },
    DECISION_MAKER: { description: 'Whether the contact person decides (yes/no).' },
    EMAIL: { description: "The contact person's e-mail address." },
    PHONE: { description: "The contact person's phone number." },
    WEBSITE: { description: "The company's web address." },
    REQUEST_TYPE: { description: 'What was asked for (RequestType).' },
    SOURCE: { description: 'Where the lead came from (LeadSource).' },
  },
});
registerEnumType(ScoringOperator, {
  name: 'ScoringOperator',
  description: 'How a rule compares its field; which operators fit which field is checked when the model is saved.',
  valuesMap: {
    IN: { description: 'The value is one of `values` (ignoring case).' },
    CONTAINS: { description: 'The text contains one of `values` (ignoring case).' },
    STARTS_WITH: { description: 'The text starts with one of `values`, e.g. postal areas "20", "22".' },
    BETWEEN: { description: 'The number lies from `min` to `max`; either may be left out.' },
    PRESENT: { description: 'The field has a value.' },
    ABSENT: { description: 'The field has no value.' },
    IS_TRUE: { description: 'The yes/no field is yes.' },
    FREE_MAIL: { description: 'The e-mail address is at a free-mail provider (gmail.com, gmx.de, ...).' },
  },
});

@ObjectType('ScoringRule', { description: 'When the condition holds, the points count on the axis of its group.' })
export class ScoringRuleModel {
  @Field({ description: 'Stable key within the group, e.g. decision-maker.' }) key!: string;
  @Field(() => ScoringField, { description: 'The fact compared.' }) field!: ScoringField;
  @Field(() => ScoringOperator, { description: 'How it is compared.' }) operator!: ScoringOperator;
  @Field(() => [String], { description: 'For IN, CONTAINS and STARTS_WITH; empty otherwise.' }) values!: string[];
  @Field(() => Float, { nullable: true, description: 'For BETWEEN: the lowest value that matches.' }) min!: number | null;
  @Field(() => Float, { nullable: true, description: 'For BETWEEN: the highest value that matches.' }) max!: number | null;
  @Field(() => Int, { description: 'Points given, -100 to 100 (negative: removed).' }) points!: number;
}

@ObjectType('ScoringRuleGroup', { description: 'Rules that count together; their sum is held within -cap to cap.' })
export class ScoringRuleGroupModel {
  @Field({ description: 'Stable key, e.g. company-size.' }) key!: string;
  @Field(() => ScoreAxis, { description: 'The axis its points count on.' }) axis!: ScoreAxis;
  @Field(() => Int, { description: 'The most the group gives (or takes), 1 to 100.' }) cap!: number;
  @Field(() => [ScoringRuleModel], { description: 'The rules, each counted when its condition holds.' })
  rules!: ScoringRuleModel[];
}

@ObjectType('EngagementRule', { description: 'What one kind of engagement is worth, fading with age.' })
export class EngagementRuleModel {
  @Field(() => EngagementKind, { description: 'The kind of engagement.' }) kind!: EngagementKind;
  @Field(() => Int, { description: 'Points when new, -100 to 100.' }) points!: number;
  @Field(() => Float, { description: 'After this many days an engagement is worth half its points.' }) halfLifeDays!: number;
}

@ObjectType('GradeBounds', { description: 'The lowest fit of each grade; below C is D.' })
export class GradeBoundsModel {
  @Field(() => Int, { description: 'Fit at or above: A.' }) a!: number;
  @Field(() => Int, { description: 'Fit at or above: B.' }) b!: number;
  @Field(() => Int, { description: 'Fit at or above: C.' }) c!: number;
}

@ObjectType('LevelBounds', { description: 'The lowest engagement of each level; below level 2 is 3.' })
export class LevelBoundsModel {
  @Field(() => Int, { description: 'Engagement at or above: 1.' }) one!: number;
  @Field(() => Int, { description: 'Engagement at or above: 2.' }) two!: number;
}

@ObjectType('AutoQualification', {
  description:
    'A NEW lead at or above both thresholds becomes QUALIFIED by itself; at or above fit only, NURTURING; otherwise it waits for a person.',
})
export class AutoQualificationModel {
  @Field(() => Int, { description: 'Fit threshold, 0 to 100.' }) fit!: number;
  @Field(() => Int, { description: 'Engagement threshold, 0 to 100.' }) engagement!: number;
}

@ObjectType('ScoringModel', { description: "One version of the tenant's scoring model; saving writes the next version." })
export class ScoringModelModel {
  @Field(() => Int, { description: 'Every score names the version that made it.' }) version!: number;
  @Field({ description: 'When this version was saved.' }) createdAt!: Date;
  @Field({ description: 'Who saved it; LeadRelay for the default model.' }) createdByName!: string;
  @Field(() => [ScoringRuleGroupModel], { description: 'Rule groups on both axes.' }) groups!: ScoringRuleGroupModel[];
  @Field(() => [EngagementRuleModel], { description: 'What recorded engagements are worth.' })
  engagement!: EngagementRuleModel[];
  @Field(() => Int, { description: 'The most all engagements together give.' }) engagementCap!: number;
  @Field(() => GradeBoundsModel, { description: 'Grades A-D from fit.' }) grades!: GradeBoundsModel;
  @Field(() => LevelBoundsModel, { description: 'Levels 1-3 from engagement.' }) levels!: LevelBoundsModel;
  @Field(() => AutoQualificationModel, { nullable: true, description: 'Null: no lead moves by itself.' })
  autoQualification!: AutoQualificationModel | null;

  static from(model: ScoringModel): ScoringModelModel {
    const { rules } = model;
    return {
      version: model.version,
      createdAt: model.createdAt,
      createdByName: model.createdByName,
      groups: rules.groups.map((group) => ({
        key: group.key,
        axis: group.axis,
        cap: group.cap,
        rules: group.rules.map((rule) => ({
          key: rule.key,
          field: rule.field,
          operator: rule.operator,
          values: [...(rule.values ?? [])],
          min: rule.min ?? null,
          max: rule.max ?? null,
          points: rule.points,
        })),
      })),
      engagement: rules.engagement.map((rule) => ({ ...rule })),
      engagementCap: rules.engagementCap,
      grades: { ...rules.grades },
      levels: { ...rules.levels },
      autoQualification: rules.autoQualification ? { ...rules.autoQualification } : null,
    };
  }
}

@ObjectType('LeadScore', { description: "The lead's score on both axes, as a version of the scoring model computed it." })
export class LeadScoreModel {
  @Field(() => Int, { description: 'Fit, 0 to 100: how attractive the customer is.' }) fit!: number;
  @Field(() => Int, { description: 'Engagement, 0 to 100: how likely the purchase, as of scoredAt.' }) engagement!: number;
  @Field({ description: 'A (best) to D, from fit.' }) grade!: string;
  @Field(() => Int, { description: '1 (hot) to 3, from engagement.' }) level!: number;
  @Field({ description: 'The matrix cell of the grade in force and the level, e.g. A1.' }) cell!: string;
  @Field(() => Int, { description: 'The scoring model version that computed it.' }) modelVersion!: number;
  @Field({ description: 'When it was computed.' }) scoredAt!: Date;
  @Field({ description: 'A person qualified the lead with their own score and grade; Lead.score and Lead.grade are theirs.' })
  overridden!: boolean;

  /** The explanation's lines, rendered by `Lead.scoreExplanation` in the viewer's language. */
  lines!: ScoreLine[];

  static from(scoring: LeadScoring): LeadScoreModel | null {
    if (scoring.fit == null || scoring.engagement == null || scoring.modelVersion == null || !scoring.scoredAt) return null;
    return {
      fit: scoring.fit,
      engagement: scoring.engagement,
      grade: scoring.grade ?? 'D',
      level: scoring.level ?? 3,
      cell: scoring.cell ?? '',
      modelVersion: scoring.modelVersion,
      scoredAt: scoring.scoredAt,
      overridden: scoring.overridden,
      lines: scoring.lines ?? [],
    };
  }
}

@ObjectType('ScoreExplanationLine', { description: 'A rule that fired, or a cap that cut points off.' })
export class ScoreExplanationLineModel {
  @Field({ description: 'RULE, ENGAGEMENT, CAP (a group held at its cap) or BOUND (the axis held within 0-100).' })
  kind!: string;
  @Field(() => String, { nullable: true, description: 'The rule group, or "engagement"; null for BOUND.' }) group!: string | null;
  @Field(() => String, { nullable: true, description: "The rule's key; null for other lines." }) rule!: string | null;
  @Field({ description: "What fired, in the viewer's language." }) label!: string;
  @Field(() => Float, { description: 'Points given (negative: removed); engagement points are faded by age.' }) points!: number;
}

@ObjectType('ScoreAxisExplanation', { description: 'One axis of a score and the lines that sum to it.' })
export class ScoreAxisExplanationModel {
  @Field(() => Int, { description: '0 to 100.' }) score!: number;
  @Field(() => [ScoreExplanationLineModel], { description: 'Every rule that fired, in model order.' })
  lines!: ScoreExplanationLineModel[];
}

@ObjectType('ScoreExplanation', { description: 'Why the lead scores as it does, per axis (vendor users only).' })
export class ScoreExplanationModel {
  @Field(() => Int, { description: 'The scoring model version that computed it.' }) modelVersion!: number;
  @Field(() => ScoreAxisExplanationModel, { description: 'How attractive the customer is.' }) fit!: ScoreAxisExplanationModel;
  @Field(() => ScoreAxisExplanationModel, { description: 'How likely the purchase.' })
  engagement!: ScoreAxisExplanationModel;
}
