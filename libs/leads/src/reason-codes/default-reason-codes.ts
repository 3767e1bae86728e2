import { ReasonCodeKind, ReasonFollowUp } from './reason-code-kind';

/** A code every tenant starts with; its labels are the text catalogs' `reasonCode.<kind>.<key>`. */
export interface DefaultReasonCode {
  key: string;
  kind: ReasonCodeKind;
  commentRequired: boolean;
  followUp: ReasonFollowUp;
}

const { DECLINE, RETURN, LOST, DISQUALIFY } = ReasonCodeKind;
const { RE_OFFER, NURTURE, DISCARD } = ReasonFollowUp;

const code = (kind: ReasonCodeKind, key: string, followUp: ReasonFollowUp, commentRequired = false): DefaultReasonCode => ({
  kind,
  key,
  followUp,
  commentRequired,
});

/** The catalogue every new tenant starts with (shared/domain.md, "Reason codes"). */
export const DEFAULT_REASON_CODES: readonly DefaultReasonCode[] = [
  code(DECLINE, 'OUT_OF_TERRITORY', RE_OFFER),
  code(DECLINE, 'NO_CAPACITY', RE_OFFER),
  code(DECLINE, 'NOT_OUR_FIELD', RE_OFFER),
  code(DECLINE, 'CONFLICT_EXISTING_CUSTOMER', RE_OFFER),
  code(DECLINE, 'TOO_LITTLE_INFORMATION', RE_OFFER),
  code(DECLINE, 'OTHER', RE_OFFER, true),
  code(RETURN, 'PROJECT_DOES_NOT_FIT', RE_OFFER),
  code(RETURN, 'NOT_A_LEAD', DISCARD),
  code(RETURN, 'CUSTOMER_UNREACHABLE', NURTURE),
  code(RETURN, 'NO_NEED_YET', NURTURE),
  code(RETURN, 'DUPLICATE', DISCARD),
  code(RETURN, 'WRONG_CONTACT', NURTURE),
  code(RETURN, 'SPAM', DISCARD),
  code(RETURN, 'OTHER', RE_OFFER, true),
  code(LOST, 'LOST_TO_COMPETITOR', NURTURE),
  code(LOST, 'NO_BUDGET', NURTURE),
  code(LOST, 'NO_DECISION', NURTURE),
  code(LOST, 'PROJECT_CANCELLED', NURTURE),
  code(LOST, 'TIMELINE_TOO_SHORT', NURTURE),
  code(LOST, 'REQUIREMENTS_NOT_MET', NURTURE),
  code(LOST, 'OTHER', NURTURE, true),
  code(DISQUALIFY, 'NOT_TARGET_GROUP', DISCARD),
  code(DISQUALIFY, 'FAKE_OR_SPAM', DISCARD),
  code(DISQUALIFY, 'DUPLICATE', DISCARD),
  code(DISQUALIFY, 'NO_CONSENT', DISCARD),
  code(DISQUALIFY, 'OTHER', DISCARD, true),
];
