import { useEffect } from 'react';
import type { CombinedError } from 'urql';
import { fieldProblems } from '../graphql/errors';

interface FormLike {
  setFieldError: (field: string, message: string) => void;
}

/**
 * Puts the API's BAD_USER_INPUT problems onto the form's fields; answers whether any error is left for an alert.
 * `fields` names the form field for an input field the form shows differently (a nested `country` -> `territories`).
 */
export function useServerErrors(form: FormLike, error: CombinedError | undefined, fields: Record<string, string> = {}): boolean {
  const problems = fieldProblems(error);
  useEffect(() => {
    for (const [field, message] of Object.entries(problems)) form.setFieldError(fields[field] ?? field, message);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);
  return error !== undefined && Object.keys(problems).length === 0;
}
