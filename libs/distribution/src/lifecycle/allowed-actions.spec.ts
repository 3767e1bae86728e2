import { type Actor, type ActorIdentity, Role, buildAbility } from '@leadrelay/core';
import { LeadStage, leadAbilities } from '@leadrelay/leads';
import { LeadMove, OfferMove, allowedLeadMoves, allowedOfferMoves } from './allowed-actions';
import { LEAD_LIFECYCLE, LeadAction, allowedActions } from './lead-lifecycle';
import { lifecycleAbilities } from './lifecycle.abilities';

const TENANT = 'tenant-1';
const PARTNER = 'partner-1';
const ME = 'user-1';
const NOW = new Date('2026-12-01T10:00:00Z');

function actorIn(role: Role): Actor {
  const identity: ActorIdentity = {
    userId: ME,
    userName: 'Test',
    membershipId: 'm-1',
    sessionId: 's-1',
    tenantId: TENANT,
    role,
    partnerId: role === Role.PARTNER_ADMIN || role === Role.PARTNER_SALES ? PARTNER : null,
  };
  return { ...identity, ability: buildAbility(identity, [leadAbilities, lifecycleAbilities]) };
}

/** Moves only the person who works the lead makes (the table's holder rules). */
const HOLDER_ONLY = [LeadMove.ASSIGN, LeadMove.RECORD_PROGRESS, LeadMove.RETURN, LeadMove.CLOSE_WON, LeadMove.CLOSE_LOST];

describe('allowedActions', () => {
  it('names exactly the lifecycle actions whose verb is checked on the lead', () => {
    const onLead = Object.values(LeadAction).filter((action) => LEAD_LIFECYCLE[action].verb?.subject === 'Lead');
    expect(Object.values(LeadMove)).toEqual(onLead);
  });

  describe.each(Object.values(Role))('for a %s', (role) => {
    const actor = actorIn(role);
    it.each(Object.values(LeadStage))(
      "on a %s lead it works: the table's moves; on one it does not: none that need the holder",
      (stage) => {
        const byTable = allowedActions(stage, role).filter((action): action is LeadAction & LeadMove =>
          (Object.values(LeadMove) as string[]).includes(action),
        );
        const works = { tenantId: TENANT, holdingPartnerId: actor.partnerId, ownerId: ME, stage };
        const another = { tenantId: TENANT, holdingPartnerId: actor.partnerId ? 'partner-2' : null, ownerId: 'user-2', stage };
        expect(allowedLeadMoves(actor, works)).toEqual(byTable);
        expect(allowedLeadMoves(actor, another)).toEqual(byTable.filter((move) => !HOLDER_ONLY.includes(move)));
        expect(allowedLeadMoves(actor, { ...works, tenantId: 'tenant-2' })).toEqual([]);
      },
    );
  });

  it('gives a partner ACCEPT and DECLINE on its own pending offer before the deadline, and nothing after it', () => {
    const offer = { tenantId: TENANT, partnerId: PARTNER, pending: true, expiresAt: new Date(NOW.getTime() + 60_000) };
    for (const role of [Role.PARTNER_ADMIN, Role.PARTNER_SALES]) {
      expect(allowedOfferMoves(actorIn(role), offer, LeadStage.OFFERED, NOW)).toEqual([OfferMove.ACCEPT, OfferMove.DECLINE]);
      expect(allowedOfferMoves(actorIn(role), { ...offer, expiresAt: NOW }, LeadStage.OFFERED, NOW)).toEqual([]);
      expect(allowedOfferMoves(actorIn(role), { ...offer, pending: false }, LeadStage.OFFERED, NOW)).toEqual([]);
      expect(allowedOfferMoves(actorIn(role), { ...offer, partnerId: 'partner-2' }, LeadStage.OFFERED, NOW)).toEqual([]);
    }
  });

  it('gives the channel roles WITHDRAW on a pending offer, and the other vendor roles nothing', () => {
    const offer = { tenantId: TENANT, partnerId: PARTNER, pending: true, expiresAt: new Date(NOW.getTime() + 60_000) };
    expect(allowedOfferMoves(actorIn(Role.CHANNEL_MANAGER), offer, LeadStage.OFFERED, NOW)).toEqual([OfferMove.WITHDRAW]);
    expect(allowedOfferMoves(actorIn(Role.VENDOR_ADMIN), offer, LeadStage.OFFERED, NOW)).toEqual([OfferMove.WITHDRAW]);
    expect(allowedOfferMoves(actorIn(Role.MARKETING), offer, LeadStage.OFFERED, NOW)).toEqual([]);
    expect(allowedOfferMoves(actorIn(Role.DIRECT_SALES), offer, LeadStage.OFFERED, NOW)).toEqual([]);
  });
});
