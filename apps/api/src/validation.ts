import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
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

/**
 * Checks every input first against the bounds every field has (text without NUL, control or bidi
 * characters, finite numbers, dates between 1970 and 2100, shallow nesting: see input-bounds.ts),
 * then against its class-validator rules; a failure is BAD_USER_INPUT naming the fields.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CLIENT_INPUT.has(metadata.type)) {
      const problems = inputBoundProblems(value, metadata.data && typeof value !== 'object' ? metadata.data : '');
      if (problems.length) throw new BadUserInputError(problems);
    }
    return super.transform(value, metadata);
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
