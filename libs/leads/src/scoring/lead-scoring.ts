import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import type { ScoreLine, ScoreResult } from './score-lead';

/**
 * A lead's computed score on both axes, as the scoring model version `modelVersion` made it at
 * `scoredAt`, with the lines that explain it. `Lead.score` and `Lead.grade` are the fit and grade
 * in force: this score's, unless a person qualified the lead with their own (`overridden`).
 */
@Embeddable()
export class LeadScoring {
  @Property({ type: 'smallint', nullable: true })
  fit?: number | null;

  @Property({ type: 'smallint', nullable: true })
  engagement?: number | null;

  /** A to D, from fit. */
  @Property({ length: 1, nullable: true })
  grade?: string | null;

  /** 1 to 3, from engagement. */
  @Property({ type: 'smallint', nullable: true })
  level?: number | null;

  /** The matrix cell of the grade in force and the level, e.g. A1. */
  @Property({ length: 2, nullable: true })
  cell?: string | null;

  @Property({ type: 'integer', nullable: true })
  modelVersion?: number | null;

  @Property({ type: 'jsonb', nullable: true })
  lines?: ScoreLine[] | null;

  @Property({ type: 'timestamptz', nullable: true })
  scoredAt?: Date | null;

  /** A person qualified the lead with their own score and grade; re-scoring keeps them. */
  @Property()
  overridden: boolean & Opt = false;

  /** Whether `result` by `modelVersion` differs from this score in anything a reader sees. */
  differsFrom(result: ScoreResult, modelVersion: number): boolean {
    return (
      this.fit !== result.fit ||
      this.engagement !== result.engagement ||
      this.grade !== result.grade ||
      this.level !== result.level ||
      this.modelVersion !== modelVersion
    );
  }
}
