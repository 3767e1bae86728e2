import { Injectable } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  BadUserInputError,
  CurrentActor,
  PermissionDeniedError,
  Policy,
  Role,
  Tenant,
  TenantContext,
  isPartnerRole,
} from '@leadrelay/core';
import { InvalidWorkingCalendarError, assertValidCalendar } from '../deadlines';
import { calendarOf } from './tenant-calendar';
import { TenantSettingsModel, UpdateTenantSettingsInput } from './tenant-settings.model';

@Injectable()
export class TenantSettingsService {
  constructor(private readonly tenants: TenantContext) {}

  get(actor: Actor): Promise<TenantSettingsModel> {
    if (isPartnerRole(actor.role)) throw new PermissionDeniedError('Tenant settings are for vendor users.');
    return this.tenants.run(actor.tenantId, async (em) =>
      TenantSettingsModel.from(await em.findOneOrFail(Tenant, { id: actor.tenantId })),
    );
  }

  update(actor: Actor, input: UpdateTenantSettingsInput): Promise<TenantSettingsModel> {
    if (actor.role !== Role.VENDOR_ADMIN) throw new PermissionDeniedError('Only a vendor admin may change the tenant settings.');
    return this.tenants.run(actor.tenantId, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: actor.tenantId });
      const { timeZone, acceptanceHoursByTier, ...rest } = input;
      const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
      const tiers = acceptanceHoursByTier
        ? Object.fromEntries(Object.entries(acceptanceHoursByTier).filter(([, hours]) => typeof hours === 'number'))
        : tenant.settings().acceptanceHoursByTier;
      tenant.storedSettings = { ...tenant.storedSettings, ...changes, acceptanceHoursByTier: tiers };
      if (timeZone) tenant.timeZone = timeZone;
      try {
        assertValidCalendar(calendarOf(tenant));
      } catch (error) {
        if (error instanceof InvalidWorkingCalendarError) throw BadUserInputError.of(error.field, error.message);
        throw error;
      }
      await em.flush();
      return TenantSettingsModel.from(tenant);
    });
  }
}

@Resolver(() => TenantSettingsModel)
export class TenantSettingsResolver {
  constructor(private readonly settings: TenantSettingsService) {}

  @Query(() => TenantSettingsModel, {
    description: 'Acceptance and work periods, working calendar and reminders (vendor users).',
  })
  @Policy.authenticated()
  tenantSettings(@CurrentActor() actor: Actor): Promise<TenantSettingsModel> {
    return this.settings.get(actor);
  }

  @Mutation(() => TenantSettingsModel)
  @Policy.authenticated()
  updateTenantSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateTenantSettingsInput,
  ): Promise<TenantSettingsModel> {
    return this.settings.update(actor, input);
  }
}
