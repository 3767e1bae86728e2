/** The history lines of a lead; the same names go out in notifications and webhooks. */
export enum LeadEventType {
  LEAD_CREATED = 'lead.created',
  LEAD_UPDATED = 'lead.updated',
  LEAD_QUALIFIED = 'lead.qualified',
  /** The lead's score changed: data names the model version, both axes, the cell and the cause. */
  LEAD_SCORED = 'lead.scored',
  LEAD_DISQUALIFIED = 'lead.disqualified',
  LEAD_ROUTED_DIRECT = 'lead.routed_direct',
  /** A routing decision by the system: data names the rule, whom it chose and why (or why it held the lead). */
  LEAD_ROUTED = 'lead.routed',
  LEAD_OFFERED = 'lead.offered',
  OFFER_REMINDED = 'offer.reminded',
  OFFER_ACCEPTED = 'offer.accepted',
  OFFER_DECLINED = 'offer.declined',
  OFFER_EXPIRED = 'offer.expired',
  OFFER_WITHDRAWN = 'offer.withdrawn',
  OFFER_CLOSED = 'offer.closed',
  LEAD_UNPLACED = 'lead.unplaced',
  /** The holder was reminded to record progress (work deadline). */
  LEAD_REMINDED = 'lead.reminded',
  LEAD_ESCALATED = 'lead.escalated',
  LEAD_ASSIGNED = 'lead.assigned',
  LEAD_PROGRESSED = 'lead.progressed',
  LEAD_RETURNED = 'lead.returned',
  LEAD_WON = 'lead.won',
  LEAD_LOST = 'lead.lost',
  LEAD_NURTURED = 'lead.nurtured',
  LEAD_CONTACT_REVEALED = 'lead.contact_revealed',
  LEAD_ERASED = 'lead.erased',
}
