import { Global, Injectable, Module } from '@nestjs/common';
import {
  AutomaticQualification,
  type AutomaticMove,
  type EventActor,
  type Lead,
  LeadEventType,
  type LeadHistory,
} from '@leadrelay/leads';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LeadAction, transition } from '../lifecycle';
import { CandidatePartnersService } from '../routing/candidate-partners.service';
import { LeadRouter } from '../routing/lead-router';
import { LeadReofferService } from '../routing/lead-reoffer.service';

const MOVES: Readonly<Record<AutomaticMove, { action: LeadAction; event: LeadEventType }>> = {
  QUALIFY: { action: LeadAction.QUALIFY, event: LeadEventType.LEAD_QUALIFIED },
  NURTURE: { action: LeadAction.NURTURE, event: LeadEventType.LEAD_NURTURED },
};

/** Scoring's automatic moves, taken as SYSTEM through the lifecycle table like every other move. */
@Injectable()
export class LifecycleAutomaticQualification extends AutomaticQualification {
  constructor(private readonly router: LeadRouter) {
    super();
  }

  move(lead: Lead, move: AutomaticMove, history: LeadHistory, by: EventActor, data: Record<string, unknown>): boolean {
    const { action, event } = MOVES[move];
    const result = transition(lead.stage, action, 'SYSTEM');
    if (!result.allowed) return false;
    lead.stage = result.to;
    history.record(lead, event, by, { data });
    return true;
  }

  async qualified(em: EntityManager, lead: Lead, history: LeadHistory): Promise<void> {
    await this.router.routeIfAutomatic(em, lead, history);
  }

  inBatch<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
    return this.router.inBatch(em, work);
  }
}

/** Global, so that the leads lib below (intake, updates, engagements) reaches it without importing this one. */
@Global()
@Module({
  providers: [
    { provide: AutomaticQualification, useClass: LifecycleAutomaticQualification },
    CandidatePartnersService,
    LeadRouter,
    LeadReofferService,
  ],
  exports: [AutomaticQualification, CandidatePartnersService, LeadRouter, LeadReofferService],
})
export class AutomaticQualificationModule {}
