import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArgs, Policy } from '@leadrelay/core';
import { AddMemberInput, MembersArgs, UpdateMemberInput } from '../identity.inputs';
import { MemberConnection, MemberModel } from '../identity.models';
import { MemberService } from './member.service';

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(private readonly memberService: MemberService) {}

  @Query(() => MemberConnection, { description: "The tenant's members (vendor admin), or the own partner's (partner admin)." })
  @Policy.canOnRecord('read', 'Membership')
  members(@CurrentActor() actor: Actor, @Args() args: MembersArgs): Promise<MemberConnection> {
    return this.memberService.list(actor, args);
  }

  @Mutation(() => MemberModel, {
    description:
      'Adds a person by e-mail: an existing LeadRelay user, or a new one. A person without a password gets an ' +
      'invitation mail with a link to choose one (valid for 7 days); one who has a password, a note of the new access.',
  })
  @Policy.canOnRecord('create', 'Membership')
  addMember(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The person and their role.' }) input: AddMemberInput,
  ): Promise<MemberModel> {
    return this.memberService.add(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Mails the member a new invitation link (valid for 7 days); earlier links keep working until one is used. ' +
      'CONFLICT when the member has already chosen a password.',
  })
  @Policy.canOnRecord('create', 'Membership')
  resendInvitation(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<boolean> {
    return this.memberService.resendInvitation(actor, id);
  }

  @Mutation(() => MemberModel, {
    description:
      "Changes a member's role and, for a partner role, partner. The tenant always keeps one VENDOR_ADMIN and each " +
      'partner one PARTNER_ADMIN: changing the last one answers LAST_ADMIN.',
  })
  @Policy.canOnRecord('update', 'Membership')
  updateMember(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The membership and its new role.' }) input: UpdateMemberInput,
  ): Promise<MemberModel> {
    return this.memberService.update(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      "Ends the membership and its sessions; the person's account stays. LAST_ADMIN for the last admin (see updateMember).",
  })
  @Policy.canOnRecord('delete', 'Membership')
  removeMember(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<boolean> {
    return this.memberService.remove(actor, id);
  }
}
