import type { Role } from './role';

/**
 * The facts about who is asking, from which the abilities are built. Apart from `Actor` (which
 * carries the built ability) so that the abilities and the actor do not import each other.
 */
export interface ActorIdentity {
  userId: string;
  userName: string;
  membershipId: string;
  sessionId: string;
  tenantId: string;
  role: Role;
  /** Set for PARTNER_ADMIN and PARTNER_SALES, never for vendor roles. */
  partnerId: string | null;
}
