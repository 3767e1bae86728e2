import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsEnum } from 'class-validator';
import { type Actor, Connection, CurrentActor, type Page, PageArgs, Policy, TenantContext, paginate } from '@leadrelay/core';
import { Membership } from '@leadrelay/identity';
import { NotificationCategory, NotificationKind } from '../notification-kind';
import { Notification, NotificationStatus } from '../notification.entity';

registerEnumType(NotificationCategory, {
  name: 'NotificationCategory',
  description:
    'OFFERS: new offers. REMINDERS: deadline reminders. RESULTS: accepted, declined, expired, unplaced, returned, won, lost.',
});
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field(() => [NotificationCategory], { description: 'Categories you receive mail for.' })
  enabled!: NotificationCategory[];

  @Field(() => [NotificationCategory], { description: 'Categories you switched off.' })
  disabled!: NotificationCategory[];
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationCategory], {
    description: 'The categories to switch off; all others are on. Escalations, invitations and password resets always arrive.',
  })
  @IsArray()
  @IsEnum(NotificationCategory, { each: true })
  disabled!: NotificationCategory[];
}

@ObjectType('FailedNotification')
export class FailedNotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field() email!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field() createdAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The lead the mail was about; null for mails about the set-up (webhooks).' })
  leadId!: string | null;

  static from(n: Notification): FailedNotificationModel {
    return {
      id: n.id,
      kind: n.kind,
      email: n.email,
      attempts: n.attempts,
      lastError: n.lastError ?? null,
      createdAt: n.createdAt,
      leadId: n.data.leadId,
    };
  }
}

@ObjectType()
export class FailedNotificationConnection extends Connection(FailedNotificationModel) {}

function preferences(optOuts: string[]): NotificationPreferencesModel {
  const all = Object.values(NotificationCategory);
  return { enabled: all.filter((c) => !optOuts.includes(c)), disabled: all.filter((c) => optOuts.includes(c)) };
}

@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly tenants: TenantContext) {}

  get(actor: Actor): Promise<NotificationPreferencesModel> {
    return this.tenants.run(actor, async (em) =>
      preferences((await em.findOneOrFail(Membership, { tenantId: actor.tenantId, id: actor.membershipId })).notificationOptOuts),
    );
  }

  update(actor: Actor, input: UpdateNotificationPreferencesInput): Promise<NotificationPreferencesModel> {
    return this.tenants.run(actor, async (em) => {
      const membership = await em.findOneOrFail(Membership, { tenantId: actor.tenantId, id: actor.membershipId });
      membership.notificationOptOuts = [...new Set(input.disabled)];
      await em.flush();
      return preferences(membership.notificationOptOuts);
    });
  }

  failed(actor: Actor, args: PageArgs): Promise<Page<FailedNotificationModel>> {
    return this.tenants.run(actor, (em) =>
      paginate(
        em,
        Notification,
        args,
        { where: { tenantId: actor.tenantId, status: NotificationStatus.FAILED }, orderBy: { createdAt: 'desc', id: 'desc' } },
        FailedNotificationModel.from,
      ),
    );
  }
}

@Resolver()
export class NotificationPreferencesResolver {
  constructor(private readonly service: NotificationPreferencesService) {}

  @Query(() => NotificationPreferencesModel, { description: 'Which mails you receive in this tenant.' })
  @Policy.authenticated()
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferencesModel> {
    return this.service.get(actor);
  }

  @Mutation(() => NotificationPreferencesModel)
  @Policy.authenticated()
  updateNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferencesModel> {
    return this.service.update(actor, input);
  }

  @Query(() => FailedNotificationConnection, {
    description: 'Mails that could not be delivered after every retry (vendor admins).',
  })
  @Policy.can('read', 'Notification')
  failedNotifications(@CurrentActor() actor: Actor, @Args() args: PageArgs): Promise<FailedNotificationConnection> {
    return this.service.failed(actor, args);
  }
}
