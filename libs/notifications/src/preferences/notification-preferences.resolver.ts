import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum } from 'class-validator';
import { type Actor, Connection, CurrentActor, type Page, PageArgs, Policy, TenantContext, paginate } from '@leadrelay/core';
import { Membership } from '@leadrelay/identity';
import { NotificationCategory, NotificationKind } from '../notification-kind';
import { Notification, NotificationStatus } from '../notification.entity';

registerEnumType(NotificationCategory, {
  name: 'NotificationCategory',
  description:
    'OFFERS: new offers. REMINDERS: deadline reminders. RESULTS: accepted, declined, expired, unplaced, returned, won, lost.',
  valuesMap: {
    OFFERS: { description: 'Mails about new offers.' },
    REMINDERS: { description: 'Reminders before acceptance deadlines and work deadlines.' },
    RESULTS: { description: 'Outcomes: accepted, declined, expired, unplaced, returned, won, lost.' },
  },
});
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a mail is about.',
  valuesMap: {
    OFFER_NEW: { description: "A new offer, to the partner's users." },
    OFFER_REMINDER: { description: "An offer's deadline is near." },
    OFFER_EXPIRED: { description: 'An offer expired unanswered.' },
    OFFER_ACCEPTED: { description: 'A partner accepted an offer.' },
    OFFER_DECLINED: { description: 'A partner declined an offer.' },
    LEAD_UNPLACED: { description: 'A round ended with no acceptance, to the channel managers.' },
    LEAD_RETURNED: { description: 'A partner returned a lead.' },
    LEAD_WON: { description: 'A partner closed a lead as won.' },
    LEAD_LOST: { description: 'A partner closed a lead as lost.' },
    WORK_REMINDER: { description: 'A held lead has no progress within the work deadline.' },
    LEAD_ESCALATED: { description: 'A held lead is escalated to the channel managers.' },
    WEBHOOK_DISABLED: { description: 'A webhook endpoint was switched off, to the vendor admins.' },
    INVITATION: { description: 'A new member is asked to choose a password (link valid 7 days).' },
    MEMBERSHIP_ADDED: { description: 'A user with a password can now reach one more tenant.' },
    PASSWORD_RESET: { description: 'A link to choose a new password (valid 1 hour).' },
  },
});

@ObjectType('NotificationPreferences', { description: 'Which optional mails you receive in this tenant.' })
export class NotificationPreferencesModel {
  @Field(() => [NotificationCategory], { description: 'Categories you receive mail for.' })
  enabled!: NotificationCategory[];

  @Field(() => [NotificationCategory], { description: 'Categories you switched off.' })
  disabled!: NotificationCategory[];
}

@InputType({ description: 'Which optional mails to switch off.' })
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationCategory], {
    description: 'The categories to switch off; all others are on. Escalations, invitations and password resets always arrive.',
  })
  @IsArray()
  @ArrayMaxSize(Object.values(NotificationCategory).length)
  @IsEnum(NotificationCategory, { each: true })
  disabled!: NotificationCategory[];
}

@ObjectType('FailedNotification', { description: 'A mail that could not be delivered after every retry.' })
export class FailedNotificationModel {
  @Field(() => ID, { description: "The notification's id (also the mail's Message-ID)." }) id!: string;
  @Field(() => NotificationKind, { description: 'What the mail was about.' }) kind!: NotificationKind;
  @Field({ description: 'The address it was sent to.' }) email!: string;
  @Field(() => Int, { description: 'How many times sending was tried.' }) attempts!: number;
  @Field(() => String, { nullable: true, description: 'What the mail server answered last.' }) lastError!: string | null;
  @Field({ description: 'When the mail was written.' }) createdAt!: Date;
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

@ObjectType({ description: 'A page of undeliverable mails.' })
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

  @Mutation(() => NotificationPreferencesModel, {
    description: 'Switches optional mail categories off or on again, for you in this tenant.',
  })
  @Policy.authenticated()
  updateNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The categories to switch off.' }) input: UpdateNotificationPreferencesInput,
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
