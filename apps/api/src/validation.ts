import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { LRUCache } from 'lru-cache';
import { BadUserInputError, type FieldProblem, inputBoundProblems } from '@leadrelay/core';

function problemsOf(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/** GraphQL arguments (Nest's GqlParamtype.ARGS) and the parts of an HTTP request a client writes. */
const CLIENT_INPUT = new Set<ArgumentMetadata['type'] | number>(['body', 'query', 'param', 3]);

/** Argument sets longer than this as JSON are validated every time (they are rare, and would fill the memory). */
const REMEMBERED_LENGTH = 2_000;
/** At most this many distinct argument sets are remembered per arguments class; the least recently used go first. */
const REMEMBERED_SETS = 1_000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Checks every input first against the bounds every field has (text without NUL, control or bidi
 * characters, finite numbers, dates between 1970 and 2100, shallow nesting: see input-bounds.ts),
 * then against its class-validator rules; a failure is BAD_USER_INPUT naming the fields.
 *
 * A whole GraphQL arguments class (`@Args() args: OffersArgs`) that passed is remembered by its
 * JSON: the same arguments again (a client paging the inbox, a portal polling) get the same
 * validated instance without class-transformer and class-validator running again (issue 9: 5 % of
 * an inbox request's CPU). Shared by those requests, so frozen: a resolver cannot change what
 * another request receives. What failed is never remembered: it is checked, and refused, each time.
 */
class InputValidationPipe extends ValidationPipe {
  private readonly remembered = new WeakMap<object, LRUCache<string, object> | null>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CLIENT_INPUT.has(metadata.type)) {
      return super.transform(value, metadata);
    }
    const remembered = this.rememberedFor(value, metadata);
    const key = remembered && JSON.stringify(value);
    const known = key !== null && key.length <= REMEMBERED_LENGTH ? remembered!.get(key) : undefined;
    if (known) {
      return known;
    }
    const problems = inputBoundProblems(value, metadata.data && typeof value !== 'object' ? metadata.data : '');
    if (problems.length) throw new BadUserInputError(problems);
    const validated: unknown = await super.transform(value, metadata);
    if (key !== null && key.length <= REMEMBERED_LENGTH && validated !== null && typeof validated === 'object') {
      remembered!.set(key, deepFreeze(validated));
    }
    return validated;
  }

  /** The remembered argument sets of a whole GraphQL arguments class (`@ArgsType`), or null for any other input. */
  private rememberedFor(value: unknown, { data, metatype }: ArgumentMetadata): LRUCache<string, object> | null {
    if (data !== undefined || !metatype || value === null || typeof value !== 'object') {
      return null;
    }
    let sets = this.remembered.get(metatype);
    if (sets === undefined) {
      // An HTTP body (the intake's) comes as 'body' too: only classes declared as GraphQL arguments.
      sets = TypeMetadataStorage.getArgumentsMetadataByTarget(metatype)
        ? new LRUCache<string, object>({ max: REMEMBERED_SETS })
        : null;
      this.remembered.set(metatype, sets);
    }
    return sets;
  }
}

export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => new BadUserInputError(problemsOf(errors)),
  });
}
