import { Role } from '@leadrelay/core';
import { LeadStage } from '@leadrelay/leads';
import { LeadAction, LifecycleActor, allowedActions, transition } from './lead-lifecycle';

/**
 * The expectation, written from the other side: per stage (the table is written per action), what
 * each actor may do and where the lead goes. One line: stage, action, actors -> target stage.
 * Actors: V vendor admin, C channel manager, M marketing, D direct sales, PA partner admin,
 * PS partner sales, SYS the system. Every triple not listed here must be refused.
 */
const ALLOWED = `
  NEW          QUALIFY             V C M SYS -> QUALIFIED
  NEW          DISQUALIFY          V C M   -> DISQUALIFIED
  NEW          NURTURE             V C M SYS -> NURTURING

  QUALIFIED    DISQUALIFY          V C M   -> DISQUALIFIED
  QUALIFIED    NURTURE             V C M   -> NURTURING
  QUALIFIED    ROUTE_DIRECT        V C SYS -> DIRECT
  QUALIFIED    DISTRIBUTE          V C SYS -> OFFERED

  NURTURING    QUALIFY             V C M   -> QUALIFIED
  NURTURING    DISQUALIFY          V C M   -> DISQUALIFIED

  DIRECT       CLOSE_WON           D       -> WON
  DIRECT       CLOSE_LOST          D       -> LOST

  OFFERED      WITHDRAW_ROUND      V C     -> UNPLACED
  OFFERED      WITHDRAW_OFFER      V C     -> OFFERED
  OFFERED      ACCEPT_OFFER        PA PS   -> ACCEPTED
  OFFERED      DECLINE_OFFER       PA PS   -> OFFERED
  OFFERED      END_ROUND_UNPLACED  SYS     -> UNPLACED

  UNPLACED     DISQUALIFY          V C M   -> DISQUALIFIED
  UNPLACED     NURTURE             V C M   -> NURTURING
  UNPLACED     ROUTE_DIRECT        V C SYS -> DIRECT
  UNPLACED     DISTRIBUTE          V C SYS -> OFFERED

  ACCEPTED     ASSIGN              PA      -> ACCEPTED
  ACCEPTED     RECORD_PROGRESS     PA PS   -> IN_PROGRESS
  ACCEPTED     RETURN              PA PS   -> RETURNED
  ACCEPTED     CLOSE_WON           PA PS   -> WON
  ACCEPTED     CLOSE_LOST          PA PS   -> LOST

  IN_PROGRESS  ASSIGN              PA      -> IN_PROGRESS
  IN_PROGRESS  RECORD_PROGRESS     PA PS   -> IN_PROGRESS
  IN_PROGRESS  RETURN              PA PS   -> RETURNED
  IN_PROGRESS  CLOSE_WON           PA PS   -> WON
  IN_PROGRESS  CLOSE_LOST          PA PS   -> LOST

  RETURNED     DISQUALIFY          V C M   -> DISQUALIFIED
  RETURNED     NURTURE             V C M   -> NURTURING
  RETURNED     ROUTE_DIRECT        V C SYS -> DIRECT
  RETURNED     DISTRIBUTE          V C SYS -> OFFERED

  LOST         NURTURE             V C M   -> NURTURING
`;
// DISQUALIFIED and WON are terminal: nothing leaves them.

const ACTOR_CODES: Record<string, LifecycleActor> = {
  V: Role.VENDOR_ADMIN,
  C: Role.CHANNEL_MANAGER,
  M: Role.MARKETING,
  D: Role.DIRECT_SALES,
  PA: Role.PARTNER_ADMIN,
  PS: Role.PARTNER_SALES,
  SYS: 'SYSTEM',
};

const STAGES = Object.values(LeadStage);
const ACTIONS = Object.values(LeadAction);
const ACTORS: LifecycleActor[] = [...Object.values(Role), 'SYSTEM'];

/** "stage action actor" -> target stage, for every allowed triple. */
const expectedTargets = new Map<string, LeadStage>();
/** "action actor" pairs the actor may take in some stage; any other pair is FORBIDDEN everywhere. */
const everAllowed = new Set<string>();

for (const line of ALLOWED.split('\n').map((l) => l.trim())) {
  if (line === '') continue;
  const match = /^(\w+)\s+(\w+)\s+([A-Z ]+?)\s+->\s+(\w+)$/.exec(line);
  if (!match) throw new Error(`Unreadable expectation line: ${line}`);
  const [, stage, action, actorCodes, target] = match;
  if (!STAGES.includes(stage as LeadStage) || !STAGES.includes(target as LeadStage)) throw new Error(`Unknown stage: ${line}`);
  if (!ACTIONS.includes(action as LeadAction)) throw new Error(`Unknown action: ${line}`);
  for (const code of actorCodes.split(/\s+/)) {
    const actor = ACTOR_CODES[code];
    if (!actor) throw new Error(`Unknown actor code ${code}: ${line}`);
    expectedTargets.set(`${stage} ${action} ${actor}`, target as LeadStage);
    everAllowed.add(`${action} ${actor}`);
  }
}

const TRIPLES = STAGES.flatMap((stage) => ACTIONS.flatMap((action) => ACTORS.map((actor) => [stage, action, actor] as const)));

describe('lead lifecycle', () => {
  it('the expectation lists 85 allowed triples (a dropped line fails here)', () => {
    expect(expectedTargets.size).toBe(85);
  });

  it('covers every stage, action and actor: 12 x 15 x 7 triples', () => {
    expect(TRIPLES).toHaveLength(12 * 15 * 7);
  });

  it('names each action by its string value, as it is stored and sent', () => {
    for (const [name, value] of Object.entries(LeadAction)) expect(value).toBe(name);
  });

  describe('transition(stage, action, actor) for every triple', () => {
    it.each(TRIPLES)('%s, %s by %s', (stage, action, actor) => {
      const result = transition(stage, action, actor);
      const target = expectedTargets.get(`${stage} ${action} ${actor}`);

      if (target !== undefined) {
        expect(result).toEqual({ allowed: true, to: target });
      } else if (!everAllowed.has(`${action} ${actor}`)) {
        expect(result).toEqual({ allowed: false, code: 'FORBIDDEN', message: expect.stringMatching(/\S/) });
      } else {
        expect(result).toEqual({
          allowed: false,
          code: 'INVALID_STAGE',
          message: expect.stringContaining(`this lead is ${stage}`),
        });
      }
    });
  });

  describe('examples', () => {
    it('a partner cannot distribute a lead, whatever its stage', () => {
      expect(transition(LeadStage.QUALIFIED, LeadAction.DISTRIBUTE, Role.PARTNER_ADMIN)).toEqual({
        allowed: false,
        code: 'FORBIDDEN',
        message: 'Your role may not distribute a lead to partners. Ask a vendor admin or a channel manager.',
      });
    });

    it('a channel manager cannot distribute a WON lead, and is told which leads can be', () => {
      expect(transition(LeadStage.WON, LeadAction.DISTRIBUTE, Role.CHANNEL_MANAGER)).toEqual({
        allowed: false,
        code: 'INVALID_STAGE',
        message: 'Only a qualified, returned or unplaced lead can be distributed; this lead is WON.',
      });
    });

    it('a WON lead cannot be returned', () => {
      expect(transition(LeadStage.WON, LeadAction.RETURN, Role.PARTNER_SALES)).toEqual({
        allowed: false,
        code: 'INVALID_STAGE',
        message: 'Only an accepted or in-progress lead can be returned; this lead is WON.',
      });
    });

    it('a direct-sales user closes a DIRECT lead WON', () => {
      expect(transition(LeadStage.DIRECT, LeadAction.CLOSE_WON, Role.DIRECT_SALES)).toEqual({ allowed: true, to: LeadStage.WON });
    });

    it("a direct-sales user cannot close a partner's lead, and a partner cannot close a DIRECT lead", () => {
      expect(transition(LeadStage.IN_PROGRESS, LeadAction.CLOSE_LOST, Role.DIRECT_SALES)).toEqual({
        allowed: false,
        code: 'INVALID_STAGE',
        message: 'Only a direct-sales lead can be closed as lost; this lead is IN_PROGRESS.',
      });
      expect(transition(LeadStage.DIRECT, LeadAction.CLOSE_WON, Role.PARTNER_ADMIN)).toMatchObject({ code: 'INVALID_STAGE' });
    });

    it('a declined offer leaves the lead OFFERED; only the system ends the round unplaced', () => {
      expect(transition(LeadStage.OFFERED, LeadAction.DECLINE_OFFER, Role.PARTNER_SALES)).toEqual({
        allowed: true,
        to: LeadStage.OFFERED,
      });
      expect(transition(LeadStage.OFFERED, LeadAction.END_ROUND_UNPLACED, Role.CHANNEL_MANAGER)).toEqual({
        allowed: false,
        code: 'FORBIDDEN',
        message:
          'Your role may not end an offer round as unplaced. This happens automatically when no offer of the round is accepted; to end a round yourself, withdraw it.',
      });
    });

    it('the system may not act for people', () => {
      expect(transition(LeadStage.OFFERED, LeadAction.WITHDRAW_ROUND, 'SYSTEM')).toMatchObject({
        allowed: false,
        code: 'FORBIDDEN',
      });
    });
  });

  describe('allowedActions(stage, actor)', () => {
    it('offers a partner sales rep accept and decline on an OFFERED lead', () => {
      expect(allowedActions(LeadStage.OFFERED, Role.PARTNER_SALES)).toEqual([LeadAction.ACCEPT_OFFER, LeadAction.DECLINE_OFFER]);
    });

    it('offers a channel manager the placing moves on a QUALIFIED lead, and marketing only the curating ones', () => {
      expect(allowedActions(LeadStage.QUALIFIED, Role.CHANNEL_MANAGER)).toEqual([
        LeadAction.DISQUALIFY,
        LeadAction.NURTURE,
        LeadAction.ROUTE_DIRECT,
        LeadAction.DISTRIBUTE,
      ]);
      expect(allowedActions(LeadStage.QUALIFIED, Role.MARKETING)).toEqual([LeadAction.DISQUALIFY, LeadAction.NURTURE]);
    });

    it('offers a partner admin the whole working set on an ACCEPTED lead', () => {
      expect(allowedActions(LeadStage.ACCEPTED, Role.PARTNER_ADMIN)).toEqual([
        LeadAction.ASSIGN,
        LeadAction.RECORD_PROGRESS,
        LeadAction.RETURN,
        LeadAction.CLOSE_WON,
        LeadAction.CLOSE_LOST,
      ]);
    });

    it.each([LeadStage.WON, LeadStage.DISQUALIFIED])('offers nobody anything on a terminal %s lead', (stage) => {
      for (const actor of ACTORS) expect(allowedActions(stage, actor)).toEqual([]);
    });

    it.each(STAGES.flatMap((stage) => ACTORS.map((actor) => [stage, actor] as const)))(
      'on a %s lead, %s gets exactly the listed actions',
      (stage, actor) => {
        const expected = ACTIONS.filter((action) => expectedTargets.has(`${stage} ${action} ${actor}`));
        expect(allowedActions(stage, actor)).toEqual(expected);
      },
    );
  });
});
