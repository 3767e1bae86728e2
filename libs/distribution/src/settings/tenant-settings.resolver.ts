import { Injectable } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, BadUserInputError, CurrentActor, Policy, Tenant, TenantContext, assertCan } from '@leadrelay/core';
import { InvalidWorkingCalendarError, assertValidCalendar } from '../deadlines';
import { calendarOf } from './tenant-calendar';
import { TenantSettingsModel, TierHoursInput, UpdateTenantSettingsInput } from './tenant-settings.model';

@Injectable()
export class TenantSettingsService {
  constructor(private readonly tenants: TenantContext) {}

  get(actor: Actor): Promise<TenantSettingsModel> {
    return this.tenants.run(actor, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: actor.tenantId });
      assertCan(actor.ability, 'read', tenant);
      return TenantSettingsModel.from(tenant);
    });
  }

  update(actor: Actor, input: UpdateTenantSettingsInput): Promise<TenantSettingsModel> {
    return this.tenants.run(actor, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: actor.tenantId });
      assertCan(actor.ability, 'update', tenant);
      const { timeZone, acceptanceHoursByTier, ...rest } = input;
      const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
      const tiers = acceptanceHoursByTier
        ? TierHoursInput.toStored(acceptanceHoursByTier)
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
  @Policy.can('read', 'Tenant')
  tenantSettings(@CurrentActor() actor: Actor): Promise<TenantSettingsModel> {
    return this.settings.get(actor);
  }

  @Mutation(() => TenantSettingsModel, {
    description: 'Changes how the tenant runs its channel (vendor admins); offers already made keep their deadlines.',
  })
  @Policy.can('update', 'Tenant')
  updateTenantSettings(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The settings to change.' }) input: UpdateTenantSettingsInput,
  ): Promise<TenantSettingsModel> {
    return this.settings.update(actor, input);
  }
}
