import { type LeadVerb, PARTNER_ROLES, Role } from '@leadrelay/core';
import { LeadStage } from '@leadrelay/leads';

/**
 * The lead's life (shared/domain.md, "The lead's life") as one pure table: which actor may move a
 * lead in which stage by which action, and where the lead goes. Who holds the lead (which partner,
 * which rep) is not decided here; the state-transition service checks that on the loaded records.
 */

/** Every move a lead can make. Stored and sent as strings, so each value is its name. */
export enum LeadAction {
  QUALIFY = 'QUALIFY',
  DISQUALIFY = 'DISQUALIFY',
  NURTURE = 'NURTURE',
  ROUTE_DIRECT = 'ROUTE_DIRECT',
  DISTRIBUTE = 'DISTRIBUTE',
  WITHDRAW_ROUND = 'WITHDRAW_ROUND',
  WITHDRAW_OFFER = 'WITHDRAW_OFFER',
  ACCEPT_OFFER = 'ACCEPT_OFFER',
  DECLINE_OFFER = 'DECLINE_OFFER',
  END_ROUND_UNPLACED = 'END_ROUND_UNPLACED',
  ASSIGN = 'ASSIGN',
  RECORD_PROGRESS = 'RECORD_PROGRESS',
  RETURN = 'RETURN',
  CLOSE_WON = 'CLOSE_WON',
  CLOSE_LOST = 'CLOSE_LOST',
}

/** A member acting in one of the six roles, or SYSTEM: deadline jobs and automatic follow-ups. */
export type LifecycleActor = Role | 'SYSTEM';

export type TransitionResult =
  { allowed: true; to: LeadStage } | { allowed: false; code: 'FORBIDDEN' | 'INVALID_STAGE'; message: string };

/** These actors may take the action while the lead is in one of these stages. */
export interface TransitionRule {
  readonly actors: readonly LifecycleActor[];
  readonly from: readonly LeadStage[];
  /**
   * Only on a lead the actor works itself: its partner holds it (a sales rep: it is assigned to the
   * rep), or it is the direct-sales user's own (`heldBy` in the leads lib).
   */
  readonly holder?: true;
}

/** What a person's permission to take an action is checked on: the lead, or one of its offers. */
export type LifecycleSubject = 'Lead' | 'Offer';

/** An action's rules (an action may have several actor groups with their own stages) and its target. */
export interface LifecycleEntry {
  readonly rules: readonly TransitionRule[];
  /** 'same': the lead keeps its stage (the action is recorded in its history only). */
  readonly to: LeadStage | 'same';
  /** The verb the rules grant (lifecycle.abilities.ts) and its subject; none for LeadRelay's own moves. */
  readonly verb?: { readonly action: LeadVerb; readonly subject: LifecycleSubject };
}

const { NEW, QUALIFIED, NURTURING, DISQUALIFIED, DIRECT, OFFERED, UNPLACED, ACCEPTED, IN_PROGRESS, RETURNED, WON, LOST } =
  LeadStage;

/** Vendor roles that curate leads before they are placed. */
const LEAD_CURATORS: readonly Role[] = [Role.VENDOR_ADMIN, Role.CHANNEL_MANAGER, Role.MARKETING];
/** Vendor roles that place leads with partners or direct sales. */
const CHANNEL_ROLES: readonly Role[] = [Role.VENDOR_ADMIN, Role.CHANNEL_MANAGER];
/** Stages from which a lead waits for the vendor to place it. */
const PLACEABLE: readonly LeadStage[] = [QUALIFIED, RETURNED, UNPLACED];
/** Stages in which a partner works the lead. */
const WITH_PARTNER: readonly LeadStage[] = [ACCEPTED, IN_PROGRESS];

/** The whole life on one screen. WON and DISQUALIFIED are terminal: no rule starts there. */
export const LEAD_LIFECYCLE: Readonly<Record<LeadAction, LifecycleEntry>> = {
  // SYSTEM: scoring moves a NEW lead by the tenant's thresholds (above both QUALIFIED, above fit only NURTURING).
  [LeadAction.QUALIFY]: {
    rules: [
      { actors: LEAD_CURATORS, from: [NEW, NURTURING] },
      { actors: ['SYSTEM'], from: [NEW] },
    ],
    to: QUALIFIED,
    verb: { action: 'qualify', subject: 'Lead' },
  },
  [LeadAction.DISQUALIFY]: {
    rules: [{ actors: LEAD_CURATORS, from: [NEW, NURTURING, ...PLACEABLE] }],
    to: DISQUALIFIED,
    verb: { action: 'disqualify', subject: 'Lead' },
  },
  // A lost lead waits in marketing's nurture queue until marketing takes it.
  [LeadAction.NURTURE]: {
    rules: [
      { actors: LEAD_CURATORS, from: [NEW, LOST, ...PLACEABLE] },
      { actors: ['SYSTEM'], from: [NEW] },
    ],
    to: NURTURING,
    verb: { action: 'nurture', subject: 'Lead' },
  },
  // SYSTEM: the router, by the tenant's routing rules in AUTOMATIC mode.
  [LeadAction.ROUTE_DIRECT]: {
    rules: [
      { actors: CHANNEL_ROLES, from: PLACEABLE },
      { actors: ['SYSTEM'], from: PLACEABLE },
    ],
    to: DIRECT,
    verb: { action: 'routeDirect', subject: 'Lead' },
  },
  [LeadAction.DISTRIBUTE]: {
    rules: [
      { actors: CHANNEL_ROLES, from: PLACEABLE },
      { actors: ['SYSTEM'], from: PLACEABLE },
    ],
    to: OFFERED,
    verb: { action: 'distribute', subject: 'Lead' },
  },
  [LeadAction.WITHDRAW_ROUND]: {
    rules: [{ actors: CHANNEL_ROLES, from: [OFFERED] }],
    to: UNPLACED,
    verb: { action: 'withdraw', subject: 'Lead' },
  },
  // One offer pulled back; when it was the round's last open one, the round ends (END_ROUND_UNPLACED).
  [LeadAction.WITHDRAW_OFFER]: {
    rules: [{ actors: CHANNEL_ROLES, from: [OFFERED] }],
    to: 'same',
    verb: { action: 'withdraw', subject: 'Offer' },
  },
  [LeadAction.ACCEPT_OFFER]: {
    rules: [{ actors: PARTNER_ROLES, from: [OFFERED] }],
    to: ACCEPTED,
    verb: { action: 'accept', subject: 'Offer' },
  },
  // One partner declining leaves the round open; its end is END_ROUND_UNPLACED.
  [LeadAction.DECLINE_OFFER]: {
    rules: [{ actors: PARTNER_ROLES, from: [OFFERED] }],
    to: 'same',
    verb: { action: 'decline', subject: 'Offer' },
  },
  // Every offer of the round declined, expired or withdrawn, none accepted.
  [LeadAction.END_ROUND_UNPLACED]: { rules: [{ actors: ['SYSTEM'], from: [OFFERED] }], to: UNPLACED },
  [LeadAction.ASSIGN]: {
    rules: [{ actors: [Role.PARTNER_ADMIN], from: WITH_PARTNER, holder: true }],
    to: 'same',
    verb: { action: 'assign', subject: 'Lead' },
  },
  [LeadAction.RECORD_PROGRESS]: {
    rules: [{ actors: PARTNER_ROLES, from: WITH_PARTNER, holder: true }],
    to: IN_PROGRESS,
    verb: { action: 'progress', subject: 'Lead' },
  },
  [LeadAction.RETURN]: {
    rules: [{ actors: PARTNER_ROLES, from: WITH_PARTNER, holder: true }],
    to: RETURNED,
    verb: { action: 'return', subject: 'Lead' },
  },
  [LeadAction.CLOSE_WON]: {
    rules: [
      { actors: PARTNER_ROLES, from: WITH_PARTNER, holder: true },
      { actors: [Role.DIRECT_SALES], from: [DIRECT], holder: true },
    ],
    to: WON,
    verb: { action: 'closeWon', subject: 'Lead' },
  },
  [LeadAction.CLOSE_LOST]: {
    rules: [
      { actors: PARTNER_ROLES, from: WITH_PARTNER, holder: true },
      { actors: [Role.DIRECT_SALES], from: [DIRECT], holder: true },
    ],
    to: LOST,
    verb: { action: 'closeLost', subject: 'Lead' },
  },
};

/**
 * Whether `actor` may take `action` on a lead in `stage`, and where the lead goes. The role is
 * checked first: FORBIDDEN when the actor may never take the action, whatever the stage; then
 * the stage: INVALID_STAGE when the actor may take it, but not from this stage.
 */
export function transition(stage: LeadStage, action: LeadAction, actor: LifecycleActor): TransitionResult {
  const entry = LEAD_LIFECYCLE[action];
  const rules = entry.rules.filter((rule) => rule.actors.includes(actor));
  if (rules.length === 0) {
    return { allowed: false, code: 'FORBIDDEN', message: forbiddenMessage(action, actor) };
  }
  if (!rules.some((rule) => rule.from.includes(stage))) {
    const from = [...new Set(rules.flatMap((rule) => rule.from))];
    return { allowed: false, code: 'INVALID_STAGE', message: invalidStageMessage(action, from, stage) };
  }
  return { allowed: true, to: entry.to === 'same' ? stage : entry.to };
}

/** The actions `actor` may take on a lead in `stage`, in LeadAction order (for UIs). */
export function allowedActions(stage: LeadStage, actor: LifecycleActor): LeadAction[] {
  return Object.values(LeadAction).filter((action) => transition(stage, action, actor).allowed);
}

// ---- Wording of the refusals --------------------------------------------------------------------

interface ActionWording {
  /** "Your role may not <doing>." */
  readonly doing: string;
  /** "Only a new lead can be <done>." */
  readonly done: string;
  /** Said instead of "Ask ..." when only SYSTEM may take the action. */
  readonly automatic?: string;
}

const WORDING: Readonly<Record<LeadAction, ActionWording>> = {
  [LeadAction.QUALIFY]: { doing: 'qualify a lead', done: 'qualified' },
  [LeadAction.DISQUALIFY]: { doing: 'disqualify a lead', done: 'disqualified' },
  [LeadAction.NURTURE]: { doing: 'move a lead to nurturing', done: 'moved to nurturing' },
  [LeadAction.ROUTE_DIRECT]: { doing: 'route a lead to direct sales', done: 'routed to direct sales' },
  [LeadAction.DISTRIBUTE]: { doing: 'distribute a lead to partners', done: 'distributed' },
  [LeadAction.WITHDRAW_ROUND]: { doing: "withdraw a lead's offer round", done: 'withdrawn from its round' },
  [LeadAction.WITHDRAW_OFFER]: { doing: 'withdraw an offer', done: 'withdrawn from its offer' },
  [LeadAction.ACCEPT_OFFER]: { doing: 'accept a lead offer', done: 'accepted' },
  [LeadAction.DECLINE_OFFER]: { doing: 'decline a lead offer', done: 'declined' },
  [LeadAction.END_ROUND_UNPLACED]: {
    doing: 'end an offer round as unplaced',
    done: 'marked unplaced',
    automatic: 'This happens automatically when no offer of the round is accepted; to end a round yourself, withdraw it.',
  },
  [LeadAction.ASSIGN]: { doing: 'assign a lead to a sales rep', done: 'assigned to a sales rep' },
  [LeadAction.RECORD_PROGRESS]: { doing: 'record progress on a lead', done: 'updated with progress' },
  [LeadAction.RETURN]: { doing: 'return a lead', done: 'returned' },
  [LeadAction.CLOSE_WON]: { doing: 'close a lead as won', done: 'closed as won' },
  [LeadAction.CLOSE_LOST]: { doing: 'close a lead as lost', done: 'closed as lost' },
};

const ACTOR_NAMES: Readonly<Record<LifecycleActor, string>> = {
  [Role.VENDOR_ADMIN]: 'vendor admin',
  [Role.CHANNEL_MANAGER]: 'channel manager',
  [Role.MARKETING]: 'marketing user',
  [Role.DIRECT_SALES]: 'direct sales rep',
  [Role.PARTNER_ADMIN]: 'partner admin',
  [Role.PARTNER_SALES]: 'partner sales rep',
  SYSTEM: 'automatic job',
};

const STAGE_ADJECTIVES: Readonly<Record<LeadStage, string>> = {
  [NEW]: 'new',
  [QUALIFIED]: 'qualified',
  [NURTURING]: 'nurturing',
  [DISQUALIFIED]: 'disqualified',
  [DIRECT]: 'direct-sales',
  [OFFERED]: 'offered',
  [UNPLACED]: 'unplaced',
  [ACCEPTED]: 'accepted',
  [IN_PROGRESS]: 'in-progress',
  [RETURNED]: 'returned',
  [WON]: 'won',
  [LOST]: 'lost',
};

function forbiddenMessage(action: LeadAction, actor: LifecycleActor): string {
  const wording = WORDING[action];
  const subject = actor === 'SYSTEM' ? 'An automatic job' : 'Your role';
  const people = Object.values(Role).filter((role) => LEAD_LIFECYCLE[action].rules.some((rule) => rule.actors.includes(role)));
  const next =
    people.length > 0 ? `Ask ${orList(people.map((role) => withArticle(ACTOR_NAMES[role])))}.` : (wording.automatic ?? '');
  return `${subject} may not ${wording.doing}. ${next}`.trim();
}

/** The table allows the move to the actor's role, but the lead is worked by someone else. */
export function notYoursMessage(action: LeadAction): string {
  return `You may not ${WORDING[action].doing} here: this lead is worked by someone else.`;
}

function invalidStageMessage(action: LeadAction, from: readonly LeadStage[], stage: LeadStage): string {
  const stages = withArticle(orList(from.map((s) => STAGE_ADJECTIVES[s])));
  return `Only ${stages} lead can be ${WORDING[action].done}; this lead is ${stage}.`;
}

/** "a", "a or b", "a, b or c". */
function orList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}
