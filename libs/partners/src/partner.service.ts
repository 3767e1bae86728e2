import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Actor,
  ConflictError,
  NotFoundError,
  type Page,
  TenantContext,
  type TenantRead,
  assertCan,
  leanSql,
  paginate,
} from '@leadrelay/core';
import { Partner, PartnerStatus } from './partner.entity';
import { PartnerModel } from './partner.model';
import type { CreatePartnerInput, PartnersArgs, UpdatePartnerInput } from './partner.inputs';

@Injectable()
export class PartnerService {
  constructor(private readonly tenants: TenantContext) {}

  list(actor: Actor, args: PartnersArgs): Promise<Page<PartnerModel>> {
    return this.tenants.run(actor, (em) =>
      paginate(
        em,
        Partner,
        args,
        {
          where: { ...scopeOf(actor), ...(args.statuses ? { status: { $in: args.statuses } } : {}) },
          orderBy: { name: 'asc', id: 'asc' },
        },
        PartnerModel.from,
      ),
    );
  }

  get(actor: Actor, id: string): Promise<PartnerModel> {
    return this.tenants.run(actor, async (em) => {
      const partner = await this.findInScope(em, actor, id);
      assertCan(actor.ability, 'read', partner);
      return PartnerModel.from(partner);
    });
  }

  create(actor: Actor, input: CreatePartnerInput): Promise<PartnerModel> {
    return this.tenants.run(actor, async (em) => {
      const partner = em.create(Partner, { ...input, tenantId: actor.tenantId });
      assertCan(actor.ability, 'create', partner);
      await this.flushUniqueName(em, input.name);
      return PartnerModel.from(partner);
    });
  }

  update(actor: Actor, input: UpdatePartnerInput): Promise<PartnerModel> {
    return this.tenants.run(actor, async (em) => {
      const partner = await this.findInScope(em, actor, input.id);
      assertCan(actor.ability, 'update', partner);
      if (input.version !== undefined) {
        await em.lock(partner, LockMode.OPTIMISTIC, input.version);
      }
      if (partner.status === PartnerStatus.ENDED && input.status && input.status !== PartnerStatus.ENDED) {
        throw new ConflictError('This partnership has ended and cannot be resumed. Create a new partner instead.');
      }
      const { id: _id, version: _version, ...changes } = input;
      em.assign(partner, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
      await this.flushUniqueName(em, input.name ?? partner.name);
      return PartnerModel.from(partner);
    });
  }

  /**
   * A partner as `actor` may see it: vendor users any of their tenant, partner users only their
   * own. Anything else is NOT_FOUND, so that its existence does not leak.
   */
  async findInScope(em: EntityManager, actor: Actor, id: string): Promise<Partner> {
    // Both conditions: for partner users the scope is itself an `id`, which a spread would overwrite.
    const partner = await em.findOne(Partner, { $and: [scopeOf(actor), { id }] });
    if (!partner) {
      throw new NotFoundError('Partner', id);
    }
    return partner;
  }

  /** `findInScope` in a lean read (`TenantContext.read`): NOT_FOUND unless `actor` may see the partner. */
  async assertInScope(read: TenantRead, actor: Actor, id: string): Promise<void> {
    const scope = scopeOf(actor);
    const found = await read.first(
      leanSql<{ partner: { id: string; tenant_id: string } }>()
        .selectFrom('partner')
        .select('id')
        .where('tenant_id', '=', scope.tenantId)
        .$if(Boolean(scope.id), (q) => q.where('id', '=', scope.id!))
        .where('id', '=', id),
    );
    if (!found) {
      throw new NotFoundError('Partner', id);
    }
  }

  private async flushUniqueName(em: EntityManager, name: string): Promise<void> {
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`A partner named "${name}" already exists. Choose another name.`, { field: 'name' });
      }
      throw error;
    }
  }
}

/** Where an actor may look: vendor users at their whole tenant, partner users at their own partner. */
function scopeOf(actor: Actor): { tenantId: string; id?: string } {
  return actor.partnerId ? { tenantId: actor.tenantId, id: actor.partnerId } : { tenantId: actor.tenantId };
}
