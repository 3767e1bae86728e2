import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { type FilterQuery, LockMode, UniqueConstraintViolationException, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Actor,
  BadUserInputError,
  ConflictError,
  DomainError,
  NotFoundError,
  type Page,
  Role,
  TenantContext,
  assertCan,
  isPartnerRole,
  paginate,
} from '@leadrelay/core';
import { type Partner, PartnerService } from '@leadrelay/partners';
import { type AddMemberInput, type MembersArgs, type UpdateMemberInput, normalizeEmail } from '../identity.inputs';
import { MemberModel } from '../identity.models';
import { Membership } from '../memberships/membership.entity';
import { User } from '../users/user.entity';
import { MemberInvitationService } from './member-invitation.service';
import { SessionCache } from '../auth/session-cache';

const MEMBER_POPULATE = ['user', 'partner'] as const;

/** The tenant's last VENDOR_ADMIN, or a partner's last PARTNER_ADMIN, may not be demoted, moved or removed. */
export class LastAdminError extends DomainError {
  constructor(role: Role.VENDOR_ADMIN | Role.PARTNER_ADMIN) {
    super(
      'LAST_ADMIN',
      role === Role.VENDOR_ADMIN
        ? 'This is the last VENDOR_ADMIN of the tenant. Make someone else VENDOR_ADMIN first.'
        : 'This is the last PARTNER_ADMIN of the partner. Make another member of the partner PARTNER_ADMIN first.',
      { role },
    );
  }
}

/**
 * The people of a tenant. A vendor admin manages all of them; a partner admin those of its own
 * partner, in partner roles only. Referenced partners and memberships are looked up in the
 * actor's scope first, so another tenant's or partner's are NOT_FOUND, never FORBIDDEN.
 */
@Injectable()
export class MemberService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly partners: PartnerService,
    private readonly invitations: MemberInvitationService,
    private readonly sessions: SessionCache,
  ) {}

  list(actor: Actor, args: MembersArgs): Promise<Page<MemberModel>> {
    return this.tenants.run(actor, async (em) => {
      if (args.partnerId) {
        await this.partners.findInScope(em, actor, args.partnerId);
      }
      assertCan(actor.ability, 'read', 'Membership');
      const where: FilterQuery<Membership> = {
        ...scopeOf(actor),
        ...(args.partnerId ? { partner: args.partnerId } : {}),
      };
      return paginate(
        em,
        Membership,
        args,
        { where, orderBy: { createdAt: 'asc', id: 'asc' }, populate: MEMBER_POPULATE },
        MemberModel.from,
      );
    });
  }

  add(actor: Actor, input: AddMemberInput): Promise<MemberModel> {
    return this.tenants.run(actor, async (em) => {
      const partner = await this.partnerForRole(em, actor, input.role, input.partnerId);
      assertCan(actor.ability, 'create', subject('Membership', { tenantId: actor.tenantId, partnerId: partner?.id ?? null }));
      const email = normalizeEmail(input.email);
      // With the password hash (lazy): whether it is set decides between invitation and note.
      const user =
        (await em.findOne(User, { email }, { populate: ['passwordHash'] })) ??
        em.create(User, { email, name: input.name, locale: input.locale ?? null });
      if (await em.count(Membership, { tenantId: actor.tenantId, user })) {
        throw new ConflictError(`${email} is already a member of this tenant. Change their role with updateMember instead.`, {
          field: 'email',
        });
      }
      const membership = em.create(Membership, { tenantId: actor.tenantId, user, role: input.role, partner });
      try {
        await em.flush();
      } catch (error) {
        // Someone added the same person (here, or as a new user elsewhere) between our check and our insert.
        if (error instanceof UniqueConstraintViolationException) {
          const message = `${email} was being added by someone else at the same moment. Load the members and try again.`;
          throw new ConflictError(message, { field: 'email' });
        }
        throw error;
      }
      await this.invitations.announce(em, actor, membership, user);
      return MemberModel.from(membership);
    });
  }

  /** Mails a new invitation link to a member who has not chosen a password yet. */
  resendInvitation(actor: Actor, id: string): Promise<boolean> {
    return this.tenants.run(actor, async (em) => {
      const membership = await this.findInScope(em, actor, id);
      assertCan(actor.ability, 'create', membership);
      await em.populate(membership, ['user.passwordHash']);
      const user = membership.user.getEntity();
      if (user.passwordHash) {
        throw new ConflictError(
          `${user.email} has already chosen a password and can log in. A forgotten password is reset with "Forgot password?" on the login page.`,
        );
      }
      await this.invitations.invite(em, actor, membership, user);
      return true;
    });
  }

  async update(actor: Actor, input: UpdateMemberInput): Promise<MemberModel> {
    const updated = await this.tenants.run(actor, async (em) => {
      const membership = await this.findInScope(em, actor, input.id);
      assertCan(actor.ability, 'update', membership);
      const role = input.role ?? membership.role;
      // A partner role keeps its partner unless another is named; a vendor role has none.
      const partnerId = input.partnerId ?? (isPartnerRole(role) ? membership.partnerId : undefined);
      const partner = await this.partnerForRole(em, actor, role, partnerId);
      assertCan(actor.ability, 'update', subject('Membership', { tenantId: actor.tenantId, partnerId: partner?.id ?? null }));
      if (membership.role === Role.VENDOR_ADMIN && role !== Role.VENDOR_ADMIN) {
        await this.assertAnotherAdmin(em, actor.tenantId, membership.id);
      }
      if (membership.role === Role.PARTNER_ADMIN && (role !== Role.PARTNER_ADMIN || partner?.id !== membership.partnerId)) {
        await this.assertAnotherPartnerAdmin(em, actor.tenantId, membership);
      }
      membership.role = role;
      membership.partner = partner ? ref(partner) : null;
      await em.flush();
      return MemberModel.from(membership);
    });
    // The member's sessions carry the old role: the next request reads the new one.
    this.sessions.forget((known) => known.membershipId === input.id);
    return updated;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    await this.tenants.run(actor, async (em) => {
      const membership = await this.findInScope(em, actor, id);
      assertCan(actor.ability, 'delete', membership);
      if (membership.role === Role.VENDOR_ADMIN) {
        await this.assertAnotherAdmin(em, actor.tenantId, membership.id);
      }
      if (membership.role === Role.PARTNER_ADMIN) {
        await this.assertAnotherPartnerAdmin(em, actor.tenantId, membership);
      }
      em.remove(membership);
      await em.flush();
    });
    this.sessions.forget((known) => known.membershipId === id);
    return true;
  }

  private async findInScope(em: EntityManager, actor: Actor, id: string): Promise<Membership> {
    const membership = await em.findOne(Membership, { ...scopeOf(actor), id }, { populate: MEMBER_POPULATE });
    if (!membership) {
      throw new NotFoundError('Member', id);
    }
    return membership;
  }

  /** The partner a membership of `role` belongs to: required for partner roles, refused for vendor roles. */
  private async partnerForRole(
    em: EntityManager,
    actor: Actor,
    role: Role,
    partnerId: string | undefined,
  ): Promise<Partner | null> {
    if (!isPartnerRole(role)) {
      if (partnerId) {
        throw BadUserInputError.of('partnerId', `${role} is a vendor role and belongs to no partner. Leave partnerId out.`);
      }
      return null;
    }
    const id = partnerId ?? actor.partnerId;
    if (!id) {
      throw BadUserInputError.of('partnerId', `${role} is a partner role. Name the partner with partnerId.`);
    }
    return this.partners.findInScope(em, actor, id);
  }

  private async assertAnotherAdmin(em: EntityManager, tenantId: string, membershipId: string): Promise<void> {
    // Locks the tenant's admins until commit: two admins removing or demoting each other at the same
    // moment would otherwise each count the other and leave the tenant without one.
    const admins = await em.find(
      Membership,
      { tenantId, role: Role.VENDOR_ADMIN },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
    if (!admins.some((admin) => admin.id !== membershipId)) {
      throw new LastAdminError(Role.VENDOR_ADMIN);
    }
  }

  private async assertAnotherPartnerAdmin(em: EntityManager, tenantId: string, membership: Membership): Promise<void> {
    // Locked as the tenant's admins are (above): two partner admins demoting each other keep one.
    const admins = await em.find(
      Membership,
      { tenantId, partner: membership.partnerId, role: Role.PARTNER_ADMIN },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
    if (!admins.some((admin) => admin.id !== membership.id)) {
      throw new LastAdminError(Role.PARTNER_ADMIN);
    }
  }
}

/** Where an actor may look: vendor users at their whole tenant, partner users at their own partner. */
function scopeOf(actor: Actor): { tenantId: string; partner?: string } {
  return actor.partnerId ? { tenantId: actor.tenantId, partner: actor.partnerId } : { tenantId: actor.tenantId };
}
