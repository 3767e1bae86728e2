// Kept free of imports: the migrations seed the default catalogue with these values.

export enum ReasonCodeKind {
  /** A partner refuses an offer. */
  DECLINE = 'DECLINE',
  /** A partner hands an accepted lead back. */
  RETURN = 'RETURN',
  /** A partner closes a lead as lost. */
  LOST = 'LOST',
  /** The vendor rejects a lead. */
  DISQUALIFY = 'DISQUALIFY',
}

/** What happens to a lead after this reason: offer it to another partner, nurture it, or let it go. */
export enum ReasonFollowUp {
  RE_OFFER = 'RE_OFFER',
  NURTURE = 'NURTURE',
  DISCARD = 'DISCARD',
}
