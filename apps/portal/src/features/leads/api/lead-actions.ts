// The moves a lead page offers, in the order its buttons show. Which of them show is the API's
// `allowedActions`: the portal decides nothing about who may do what.
import type { LeadAction } from '@/shared/graphql/generated/graphql';

export const LEAD_ACTIONS = [
  'RECORD_PROGRESS',
  'ASSIGN',
  'CLOSE_WON',
  'CLOSE_LOST',
  'RETURN',
  'QUALIFY',
  'DISQUALIFY',
  'NURTURE',
  'DISTRIBUTE',
  'ROUTE_DIRECT',
  'WITHDRAW_ROUND',
] as const satisfies readonly LeadAction[];

export type LeadMove = (typeof LEAD_ACTIONS)[number];

/** `?action=close-won` <-> CLOSE_WON */
export const actionParam = (action: LeadMove) => action.toLowerCase().replace(/_/g, '-');
export const actionFromParam = (param: string | null): LeadMove | null =>
  LEAD_ACTIONS.find((action) => actionParam(action) === param) ?? null;
