import type { Ref } from '@mikro-orm/core';
import type { Kysely } from 'kysely';
import type { User } from '@leadrelay/identity';
import type { Lead, ProgressStage } from '@leadrelay/leads';
import type { Partner } from '@leadrelay/partners';
import type { SweepDatabase } from '../deadlines/sweep-database';

/**
 * The holding period's fields on the lead row. They stay columns of `lead` (readers, filters,
 * indexes and the partner wall's row-level security name them), but only `HoldingPeriod` writes
 * them: `test/architecture/holding-period.spec.ts` fails on an assignment anywhere else.
 */
export interface HoldingColumns {
  holdingPartner?: Ref<Partner> | null;
  owner?: Ref<User> | null;
  acceptedAt?: Date | null;
  workReminderDueAt?: Date | null;
  escalationDueAt?: Date | null;
  workRemindedAt?: Date | null;
  escalatedAt?: Date | null;
  progressStage?: ProgressStage | null;
  lastProgressAt?: Date | null;
  nextStepAt?: Date | null;
}

/** When the holder must have shown progress: a reminder at the first, an escalation at the second. */
export interface WorkDeadlines {
  workReminderDueAt: Date;
  escalationDueAt: Date;
}

/** The work deadlines the sweep watches: each is marked once, when it has passed without progress. */
export type WorkDeadline = 'workReminder' | 'escalation';

const WORK_DEADLINE_COLUMNS = {
  workReminder: { due: 'work_reminder_due_at', done: 'work_reminded_at' },
  escalation: { due: 'escalation_due_at', done: 'escalated_at' },
} as const;

/**
 * Who holds a lead since when (the partner that accepted it, or nobody for a direct-sales lead),
 * who works it, the work deadlines of the holding and the progress recorded in it. A move changes
 * the holding only through these methods; how each holding ended is in the lead's history (the
 * return, close or new round that ended it).
 */
export class HoldingPeriod {
  constructor(private readonly lead: HoldingColumns) {}

  /** The partner accepted an offer: it holds the lead from `at`, its accepting rep works it, the work watch starts afresh. */
  begin(partner: Ref<Partner>, owner: Ref<User>, at: Date, deadlines: WorkDeadlines): void {
    this.lead.holdingPartner = partner;
    this.lead.owner = owner;
    this.lead.acceptedAt = at;
    this.lead.progressStage = null;
    this.lead.lastProgressAt = null;
    this.lead.workReminderDueAt = deadlines.workReminderDueAt;
    this.lead.escalationDueAt = deadlines.escalationDueAt;
    this.lead.workRemindedAt = null;
    this.lead.escalatedAt = null;
  }

  /** The person who works the lead from now on: a rep of the holding partner, or a direct-sales user. */
  assignTo(owner: Ref<User>): void {
    this.lead.owner = owner;
  }

  /**
   * `begin` as the columns of the lead's row, for a set-based move that updates the row in SQL
   * (the lifecycle's accept): the same fields, the same values (`holding-period.spec` holds them to `begin`).
   */
  static beginning(partnerId: string, ownerId: string, at: Date, deadlines: WorkDeadlines) {
    return {
      holding_partner_id: partnerId,
      owner_id: ownerId,
      accepted_at: at,
      progress_stage: null,
      last_progress_at: null,
      work_reminder_due_at: deadlines.workReminderDueAt,
      escalation_due_at: deadlines.escalationDueAt,
      work_reminded_at: null,
      escalated_at: null,
    } satisfies Partial<Record<string, string | Date | null>>;
  }

  /** The holder's step with the lead; progress ends the work watch (the sweep only watches ACCEPTED leads). */
  recordProgress(stage: ProgressStage, at: Date, nextStepAt: Date | null): void {
    this.lead.progressStage = stage;
    this.lead.lastProgressAt = at;
    this.lead.nextStepAt = nextStepAt;
  }

  /** Nobody holds or works the lead any longer (returned, closed lost, or offered in a new round). */
  end(): void {
    this.lead.holdingPartner = null;
    this.lead.owner = null;
  }

  /** The work deadline passed without progress and was acted on (reminder sent, or escalated). */
  markPassed(deadline: WorkDeadline, at: Date): void {
    if (deadline === 'workReminder') this.lead.workRemindedAt = at;
    else this.lead.escalatedAt = at;
  }

  /**
   * `markPassed` for every lead of the tenant still ACCEPTED (no progress) past `deadline` and not
   * yet marked for it, in one statement: the set-based form the deadline sweep uses. Returns the
   * marked leads' ids, holders and the fact their history line reports.
   */
  static markAllPassed(db: Kysely<SweepDatabase>, tenantId: string, deadline: WorkDeadline, at: Date) {
    const { due, done } = WORK_DEADLINE_COLUMNS[deadline];
    return db
      .updateTable('lead')
      .set({ [done]: at })
      .where('tenant_id', '=', tenantId)
      .where('stage', '=', 'ACCEPTED')
      .where(due, '<=', at)
      .where(done, 'is', null)
      .returning(['id', 'holding_partner_id', 'accepted_at', 'escalation_due_at']);
  }
}

/** The holding period of `lead`. */
export function holdingOf(lead: Lead): HoldingPeriod {
  return new HoldingPeriod(lead);
}
