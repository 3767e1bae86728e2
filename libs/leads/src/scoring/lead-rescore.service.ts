import { Injectable } from '@nestjs/common';
import { Clock, JobQueue, TenantContext } from '@leadrelay/core';
import { LeadEventSink } from '../events/lead-event-sink';
import { LeadEventType } from '../events/lead-event-type';
import { LeadHistory } from '../events/lead-history';
import { Lead } from '../lead.entity';
import { LeadScorer, ScoreCause } from './lead-scorer';
import { scheduleRescore } from './rescore-schedule';
import { ENGAGEMENT_MAX_AGE_MS } from './scoring.service';

/** Leads re-scored a transaction. */
const CHUNK = 200;

const FIRST = '00000000-0000-0000-0000-000000000000';

/**
 * The periodic re-score (queue `lead-rescore`, worked by the worker): engagement fades with its
 * half-life, so the score and grade of a lead with engagements change with time alone. Re-scores a
 * tenant's leads that have engagements of the last year and are not closed (WON, LOST,
 * DISQUALIFIED); a changed score is a `lead.scored` line with cause `decay`, an unchanged one
 * writes no line. Recording an engagement queues the tenant's first run; each run queues the next
 * while the tenant has such leads. (A per-tenant job rather than one cron job: the application
 * role sees one tenant at a time.)
 */
@Injectable()
export class LeadRescoreService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly scorer: LeadScorer,
    private readonly events: LeadEventSink,
    private readonly jobs: JobQueue,
  ) {}

  /** One tenant's engaged leads, a chunk a transaction; returns how many scores changed. */
  async run(tenantId: string): Promise<number> {
    const since = new Date(this.clock.now().getTime() - ENGAGEMENT_MAX_AGE_MS);
    let after = FIRST;
    let changed = 0;
    for (;;) {
      const done = await this.tenants.run(tenantId, async (em) => {
        const rows = await em.execute<{ id: string }[]>(
          `select l.id from lead l
            where l.tenant_id = ? and l.id > ? and l.stage not in ('WON', 'LOST', 'DISQUALIFIED')
              and exists (select 1 from engagement_event e where e.lead_id = l.id and e.occurred_at >= ?)
            order by l.id limit ?`,
          [tenantId, after, since, CHUNK],
        );
        if (rows.length === 0) {
          if (after !== FIRST) await scheduleRescore(em, this.jobs, tenantId, this.clock.now());
          return true;
        }
        after = rows.at(-1)!.id;
        const leads = await em.find(Lead, { tenantId, id: { $in: rows.map((r) => r.id) } });
        const history = new LeadHistory(em, this.clock);
        for (const lead of leads) await this.scorer.score(em, lead, history, ScoreCause.DECAY);
        await em.flush();
        await this.events.publish(em, tenantId, history.recorded);
        changed += history.recorded.filter((e) => e.type === LeadEventType.LEAD_SCORED).length;
        if (rows.length < CHUNK) await scheduleRescore(em, this.jobs, tenantId, this.clock.now());
        return rows.length < CHUNK;
      });
      if (done) return changed;
    }
  }
}
