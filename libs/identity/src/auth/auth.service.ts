import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import {
  type Actor,
  Clock,
  DomainError,
  ErrorCode,
  TENANT_FILTER,
  Tenant,
  TenantContext,
  UnauthenticatedError,
  AppConfig,
  ABILITY_RULES,
  type AbilityRules,
  type ActorIdentity,
  buildAbility,
  leanSql,
  type Role,
} from '@leadrelay/core';
import { type LoginInput, type UpdateMySettingsInput, normalizeEmail } from '../identity.inputs';
import { LoginPayload, MeModel, MembershipModel, UserModel } from '../identity.models';
import { Membership } from '../memberships/membership.entity';
import { Session } from '../sessions/session.entity';
import { User } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { type AccessClaims, SessionTokens } from './session-tokens';
import { SessionCache } from './session-cache';

const WRONG_CREDENTIALS = 'E-mail or password is wrong.';

/** The columns the session check reads (the database's names). */
interface SessionCheckTables {
  login_session: { id: string; tenant_id: string; membership_id: string; revoked_at: Date | null; expires_at: Date };
  membership: { id: string; tenant_id: string; user_id: string; role: Role; partner_id: string | null };
  user_account: { id: string; name: string };
}

/** Login, refresh, logout, and turning a valid access token into an actor. */
@Injectable()
export class AuthService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly tokens: SessionTokens,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Inject(ABILITY_RULES) private readonly abilityRules: readonly AbilityRules[],
    private readonly sessions: SessionCache,
  ) {}

  async login(input: LoginInput, address: string): Promise<LoginPayload> {
    const email = normalizeEmail(input.email);
    await this.throttle.assertAllowed(email, address);
    const user = await this.tenants.runUnscoped((em) => em.findOne(User, { email }, { populate: ['passwordHash'] }));
    const passwordMatches = await this.hasher.verify(user?.passwordHash, input.password);
    if (!user || !passwordMatches) {
      await this.throttle.recordFailure(email, address);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    const memberships = await this.membershipsOf(user.id);
    const chosen = chooseMembership(memberships, input.tenantId);
    await this.throttle.recordSuccess(email, address);
    return this.tenants.run(chosen.tenant.id, async (em) => {
      const session = em.create(Session, {
        tenantId: chosen.tenant.id,
        membership: chosen.id,
        refreshTokenId: randomUUID(),
        expiresAt: this.refreshExpiry(),
      });
      await em.flush();
      return this.issue(user, chosen, session);
    });
  }

  /** Exchanges a refresh token for a new pair. A refresh token presented twice ends its session. */
  async refresh(refreshToken: string): Promise<LoginPayload> {
    const claims = await this.tokens.readRefresh(refreshToken);
    const reused = await this.tenants.run(claims.tid, async (em) => {
      // One refresh of a session at a time: a copy of the token used at the same moment waits here,
      // then finds it spent and ends the session, instead of starting a second chain of tokens.
      await em.findOne(Session, { id: claims.sid }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const session = await this.activeSession(em, claims.sid);
      if (!session || session.membership.getEntity().user.id !== claims.sub) {
        throw new UnauthenticatedError('This session has ended. Log in again.');
      }
      if (session.refreshTokenId !== claims.jti) {
        session.revokedAt = this.clock.now();
        await em.flush();
        return true;
      }
      session.refreshTokenId = randomUUID();
      session.expiresAt = this.refreshExpiry();
      await em.flush();
      const membership = session.membership.getEntity();
      const tenant = await em.findOneOrFail(Tenant, { id: claims.tid });
      return this.issue(membership.user.getEntity(), MembershipModel.from(membership, tenant), session);
    });
    if (reused === true) {
      this.sessions.forget((known) => known.sessionId === claims.sid);
      throw new UnauthenticatedError('This refresh token was already used, so the session was ended for safety. Log in again.');
    }
    return reused;
  }

  async logout(actor: Actor): Promise<boolean> {
    await this.tenants.run(actor, (em) =>
      em.nativeUpdate(Session, { id: actor.sessionId, tenantId: actor.tenantId }, { revokedAt: this.clock.now() }),
    );
    this.sessions.forget((known) => known.sessionId === actor.sessionId);
    return true;
  }

  /** Ends every session of the actor's user, in each tenant's own context (sessions are tenant-owned). */
  async logoutEverywhere(actor: Actor): Promise<boolean> {
    const now = this.clock.now();
    for (const membership of await this.membershipsOf(actor.userId)) {
      await this.tenants.run(membership.tenant.id, (em) =>
        em.nativeUpdate(
          Session,
          { tenantId: membership.tenant.id, membership: membership.id, revokedAt: null },
          { revokedAt: now },
        ),
      );
    }
    this.sessions.forget((known) => known.userId === actor.userId);
    return true;
  }

  /**
   * The actor behind a valid access token (its signature, audience and expiry verified: `claims`),
   * or null when its session or membership has ended. Checked in the database at most once a
   * `SESSION_CACHE_MS` per token (see SessionCache).
   */
  async authenticate(token: string, claims: AccessClaims): Promise<Actor | null> {
    const expiresAt = claims.exp === undefined ? Number.POSITIVE_INFINITY : claims.exp * 1000;
    return this.sessions.actorOf(token, expiresAt, async () => {
      const identity = await this.checkSession(claims);
      return identity && { ...identity, ability: buildAbility(identity, this.abilityRules) };
    });
  }

  /** The actor of a token verified and checked within the session cache's bound, or undefined. */
  knownActor(token: string): Actor | undefined {
    return this.sessions.known(token);
  }

  /** The session behind the token, if it is active and still the token's membership and user: one lean read. */
  private checkSession(claims: AccessClaims): Promise<ActorIdentity | null> {
    return this.tenants.read(claims.tid, async (read) => {
      const row = await read.first(
        leanSql<SessionCheckTables>()
          .selectFrom('login_session as s')
          .innerJoin('membership as m', 'm.id', 's.membership_id')
          .innerJoin('user_account as u', 'u.id', 'm.user_id')
          .select(['s.id as session_id', 'm.id as membership_id', 'm.tenant_id', 'm.user_id', 'm.role', 'm.partner_id', 'u.name'])
          .where('s.tenant_id', '=', claims.tid)
          .where('s.id', '=', claims.sid)
          .where('s.revoked_at', 'is', null)
          .where('s.expires_at', '>', this.clock.now()),
      );
      if (!row || row.membership_id !== claims.mid || row.user_id !== claims.sub) {
        return null;
      }
      return {
        userId: row.user_id,
        userName: row.name,
        membershipId: row.membership_id,
        sessionId: row.session_id,
        tenantId: row.tenant_id,
        role: row.role,
        partnerId: row.partner_id ?? null,
      };
    });
  }

  async me(actor: Actor): Promise<MeModel> {
    const user = await this.tenants.runUnscoped((em) => em.findOneOrFail(User, { id: actor.userId }));
    const memberships = await this.membershipsOf(actor.userId);
    const current = memberships.find((m) => m.id === actor.membershipId);
    if (!current) {
      throw new UnauthenticatedError();
    }
    return { user: UserModel.from(user), membership: current, memberships };
  }

  /** The person's own settings; the user account is theirs alone, whichever tenant the session acts in. */
  async updateMySettings(actor: Actor, input: UpdateMySettingsInput): Promise<UserModel> {
    const user = await this.tenants.runUnscoped(async (em) => {
      const found = await em.findOneOrFail(User, { id: actor.userId });
      found.locale = input.locale ?? null;
      await em.flush();
      return found;
    });
    return UserModel.from(user);
  }

  /** The user's memberships in every tenant, as the login path may see them (see `TenantContext.runAsUser`). */
  private membershipsOf(userId: string): Promise<MembershipModel[]> {
    return this.tenants.runAsUser(userId, async (em) => {
      const memberships = await em.find(
        Membership,
        { user: userId },
        { populate: ['partner'], filters: { [TENANT_FILTER]: false }, orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      const tenants = await em.find(Tenant, { id: { $in: memberships.map((m) => m.tenantId) } });
      const byId = new Map(tenants.map((t) => [t.id, t]));
      return memberships.map((m) => MembershipModel.from(m, byId.get(m.tenantId)!));
    });
  }

  private activeSession(em: EntityManager, sessionId: string): Promise<Session | null> {
    return em.findOne(
      Session,
      { id: sessionId, revokedAt: null, expiresAt: { $gt: this.clock.now() } },
      { populate: ['membership.user', 'membership.partner'] },
    );
  }

  private async issue(user: User, membership: MembershipModel, session: Session): Promise<LoginPayload> {
    const claims = { sub: user.id, tid: membership.tenant.id, sid: session.id };
    const access = await this.tokens.signAccess({ ...claims, mid: membership.id }, this.clock.now());
    const refreshToken = await this.tokens.signRefresh({ ...claims, jti: session.refreshTokenId });
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken, membership };
  }

  private refreshExpiry(): Date {
    return new Date(this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
  }
}

/** The membership to log in with: the only one, or the one in `tenantId`; else the user must choose. */
function chooseMembership(memberships: MembershipModel[], tenantId: string | undefined): MembershipModel {
  if (memberships.length === 0) {
    throw new UnauthenticatedError('This account has no access to any organisation. Ask your administrator to add you.');
  }
  const chosen = tenantId
    ? memberships.find((m) => m.tenant.id === tenantId)
    : memberships.length === 1
      ? memberships[0]
      : undefined;
  if (!chosen) {
    throw new DomainError(
      ErrorCode.TENANT_REQUIRED,
      tenantId
        ? 'You are not a member of that tenant. Log in again with one of the tenantIds listed in `tenants`.'
        : 'You are a member of several tenants. Log in again with one of the tenantIds listed in `tenants`.',
      { field: 'tenantId', tenants: memberships.map((m) => ({ tenantId: m.tenant.id, name: m.tenant.name, role: m.role })) },
    );
  }
  return chosen;
}
