import type { Locale } from '../i18n/locale';
import type { AppAbility } from './app-ability';
import type { Role } from './role';

/** The facts about who is asking, from which the abilities are built. */
export interface ActorIdentity {
  userId: string;
  userName: string;
  membershipId: string;
  sessionId: string;
  tenantId: string;
  role: Role;
  /** Set for PARTNER_ADMIN and PARTNER_SALES, never for vendor roles. */
  partnerId: string | null;
  /** The language the user reads: their own choice, else the tenant's. */
  locale: Locale;
}

/**
 * Who is asking: one user acting in one membership, hence in exactly one tenant and, for partner
 * roles, for exactly one partner. Built by the JWT strategy for every request; services take it
 * as their first argument and check record-level permissions with its ability.
 */
export interface Actor extends ActorIdentity {
  ability: AppAbility;
}
