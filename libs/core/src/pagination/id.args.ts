import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class IdArgs {
  @Field(() => ID, {
    description:
      'The id, as the API returned it, of what the field is named for: a lead for `lead`, a round for `withdrawRound`, an offer for `acceptOffer`.',
  })
  @IsUUID('all', { message: 'id must be an id as returned by the API' })
  id!: string;
}
