import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ObjectType({ description: 'Where a page lies in its list, and the cursors to move on from it (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether the list goes on after this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether the list has items before this page: false on the first page (without `after`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The first item's cursor; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The last item's cursor: pass it as `after` to get the next page. Null when the page is empty.",
  })
  endCursor!: string | null;
}

/** `first` and `after` of every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items the page holds at most, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, {
    nullable: true,
    description: 'The `endCursor` of the page before; left out for the first page. Cursors belong to their list and filter.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A cursor-paginated list of `node`s: `nodes`, `pageInfo`, `totalCount`. */
export function Connection<T>(node: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [node], { description: "This page's items, in the list's order." })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether there are pages before and after this one, and their cursors.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds (the same on every page).' })
    totalCount!: number;
  }
  return ConnectionType as Type<Page<T>>;
}
