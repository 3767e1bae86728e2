import { ReasonCodeKind, ReasonFollowUp } from './reason-code-kind';

export interface DefaultReasonCode {
  key: string;
  kind: ReasonCodeKind;
  labelDe: string;
  labelEn: string;
  commentRequired: boolean;
  followUp: ReasonFollowUp;
}

const { DECLINE, RETURN, LOST, DISQUALIFY } = ReasonCodeKind;
const { RE_OFFER, NURTURE, DISCARD } = ReasonFollowUp;

const code = (
  kind: ReasonCodeKind,
  key: string,
  labelDe: string,
  labelEn: string,
  followUp: ReasonFollowUp,
  commentRequired = false,
): DefaultReasonCode => ({ kind, key, labelDe, labelEn, followUp, commentRequired });

/** The catalogue every new tenant starts with (shared/domain.md, "Reason codes"). */
export const DEFAULT_REASON_CODES: readonly DefaultReasonCode[] = [
  code(DECLINE, 'OUT_OF_TERRITORY', 'Außerhalb unseres Gebiets', 'Outside our territory', RE_OFFER),
  code(DECLINE, 'NO_CAPACITY', 'Keine Kapazität frei', 'No capacity', RE_OFFER),
  code(DECLINE, 'NOT_OUR_FIELD', 'Nicht unser Fachgebiet', 'Not our field', RE_OFFER),
  code(DECLINE, 'CONFLICT_EXISTING_CUSTOMER', 'Konflikt mit bestehendem Kunden', 'Conflict with an existing customer', RE_OFFER),
  code(DECLINE, 'TOO_LITTLE_INFORMATION', 'Zu wenige Informationen', 'Too little information', RE_OFFER),
  code(DECLINE, 'OTHER', 'Sonstiges', 'Other', RE_OFFER, true),
  code(RETURN, 'PROJECT_DOES_NOT_FIT', 'Projekt passt nicht zu uns', 'Project does not fit', RE_OFFER),
  code(RETURN, 'NOT_A_LEAD', 'Kein echter Lead', 'Not a lead', DISCARD),
  code(RETURN, 'CUSTOMER_UNREACHABLE', 'Kunde nicht erreichbar', 'Customer unreachable', NURTURE),
  code(RETURN, 'NO_NEED_YET', 'Noch kein Bedarf', 'No need yet', NURTURE),
  code(RETURN, 'DUPLICATE', 'Dublette', 'Duplicate', DISCARD),
  code(RETURN, 'WRONG_CONTACT', 'Falscher Ansprechpartner', 'Wrong contact', NURTURE),
  code(RETURN, 'SPAM', 'Spam', 'Spam', DISCARD),
  code(RETURN, 'OTHER', 'Sonstiges', 'Other', RE_OFFER, true),
  code(LOST, 'LOST_TO_COMPETITOR', 'An Wettbewerber verloren', 'Lost to a competitor', NURTURE),
  code(LOST, 'NO_BUDGET', 'Kein Budget', 'No budget', NURTURE),
  code(LOST, 'NO_DECISION', 'Keine Entscheidung', 'No decision', NURTURE),
  code(LOST, 'PROJECT_CANCELLED', 'Projekt abgesagt', 'Project cancelled', NURTURE),
  code(LOST, 'TIMELINE_TOO_SHORT', 'Zeitrahmen zu kurz', 'Timeline too short', NURTURE),
  code(LOST, 'REQUIREMENTS_NOT_MET', 'Anforderungen nicht erfüllt', 'Requirements not met', NURTURE),
  code(LOST, 'OTHER', 'Sonstiges', 'Other', NURTURE, true),
  code(DISQUALIFY, 'NOT_TARGET_GROUP', 'Nicht unsere Zielgruppe', 'Not our target group', DISCARD),
  code(DISQUALIFY, 'FAKE_OR_SPAM', 'Fake oder Spam', 'Fake or spam', DISCARD),
  code(DISQUALIFY, 'DUPLICATE', 'Dublette', 'Duplicate', DISCARD),
  code(DISQUALIFY, 'NO_CONSENT', 'Keine Einwilligung', 'No consent', DISCARD),
  code(DISQUALIFY, 'OTHER', 'Sonstiges', 'Other', DISCARD, true),
];
