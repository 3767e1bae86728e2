import { subject } from '@casl/ability';
import { registerEnumType } from '@nestjs/graphql';
import type { Actor } from '@leadrelay/core';
import type { LeadStage } from '@leadrelay/leads';
import { LEAD_LIFECYCLE, LeadAction, transition } from './lead-lifecycle';

/**
 * The moves a person makes on a lead itself, as `Lead.allowedActions` lists them: the names of the
 * LeadActions whose verb is checked on the lead (a test holds the two together).
 */
export enum LeadMove {
  QUALIFY = 'QUALIFY',
  DISQUALIFY = 'DISQUALIFY',
  NURTURE = 'NURTURE',
  ROUTE_DIRECT = 'ROUTE_DIRECT',
  DISTRIBUTE = 'DISTRIBUTE',
  WITHDRAW_ROUND = 'WITHDRAW_ROUND',
  ASSIGN = 'ASSIGN',
  RECORD_PROGRESS = 'RECORD_PROGRESS',
  RETURN = 'RETURN',
  CLOSE_WON = 'CLOSE_WON',
  CLOSE_LOST = 'CLOSE_LOST',
}

/** The moves a person makes on one offer, as `Offer.allowedActions` lists them. */
export enum OfferMove {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  WITHDRAW = 'WITHDRAW',
}

const OFFER_ACTIONS: Readonly<Record<OfferMove, LeadAction>> = {
  [OfferMove.ACCEPT]: LeadAction.ACCEPT_OFFER,
  [OfferMove.DECLINE]: LeadAction.DECLINE_OFFER,
  [OfferMove.WITHDRAW]: LeadAction.WITHDRAW_OFFER,
};

registerEnumType(LeadMove, {
  name: 'LeadAction',
  description: 'A move on a lead (the mutation of the same name: QUALIFY is qualifyLead, RECORD_PROGRESS recordProgress, ...).',
  valuesMap: {
    QUALIFY: { description: 'qualifyLead.' },
    DISQUALIFY: { description: 'disqualifyLead.' },
    NURTURE: { description: 'nurtureLead.' },
    ROUTE_DIRECT: { description: 'routeDirect.' },
    DISTRIBUTE: { description: 'distributeLead.' },
    WITHDRAW_ROUND: { description: "withdrawRound (of the lead's open round)." },
    ASSIGN: { description: 'assignLead.' },
    RECORD_PROGRESS: { description: 'recordProgress.' },
    RETURN: { description: 'returnLead.' },
    CLOSE_WON: { description: 'closeLeadWon.' },
    CLOSE_LOST: { description: 'closeLeadLost.' },
  },
});
registerEnumType(OfferMove, {
  name: 'OfferAction',
  description: 'A move on an offer: ACCEPT is acceptOffer, DECLINE declineOffer, WITHDRAW withdrawOffer.',
  valuesMap: {
    ACCEPT: { description: 'acceptOffer.' },
    DECLINE: { description: 'declineOffer.' },
    WITHDRAW: { description: 'withdrawOffer.' },
  },
});

/** What the rules need of a lead: the visibility rule's columns and the stage. */
export interface LeadFacts {
  tenantId: string;
  holdingPartnerId: string | null;
  ownerId: string | null;
  stage: LeadStage;
}

/** What the rules need of an offer, beside its lead's stage. */
export interface OfferFacts {
  tenantId: string;
  partnerId: string;
  pending: boolean;
  expiresAt: Date;
}

/**
 * The moves `viewer` may make on the lead now: its ability for the move's verb (derived from the
 * lifecycle table) and the table's stage rule, the same two checks the moves themselves make. No
 * database: the facts come with the lead.
 */
export function allowedLeadMoves(viewer: Actor, lead: LeadFacts): LeadMove[] {
  const record = subject('Lead', { tenantId: lead.tenantId, holdingPartnerId: lead.holdingPartnerId, ownerId: lead.ownerId });
  return Object.values(LeadMove).filter((move) => mayMake(viewer, move as unknown as LeadAction, record, lead.stage));
}

/** The moves `viewer` may make on the offer now: only while it is pending and before its deadline. */
export function allowedOfferMoves(viewer: Actor, offer: OfferFacts, leadStage: LeadStage, now: Date): OfferMove[] {
  if (!offer.pending || now.getTime() >= offer.expiresAt.getTime()) return [];
  const record = subject('Offer', { tenantId: offer.tenantId, partnerId: offer.partnerId });
  return Object.values(OfferMove).filter((move) => mayMake(viewer, OFFER_ACTIONS[move], record, leadStage));
}

function mayMake(viewer: Actor, action: LeadAction, record: object, stage: LeadStage): boolean {
  const verb = LEAD_LIFECYCLE[action].verb;
  if (!verb) return false;
  return viewer.ability.can(verb.action, record) && transition(stage, action, viewer.role).allowed;
}
