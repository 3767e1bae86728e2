import { useEffect } from 'react';
import type { CombinedError } from 'urql';
import { fieldProblems } from '../graphql/errors';

interface FormLike {
  setFieldError: (field: string, message: string) => void;
}

/** Puts the API's BAD_USER_INPUT problems onto the form's fields; answers whether any error is left for an alert. */
export function useServerErrors(form: FormLike, error: CombinedError | undefined): boolean {
  const problems = fieldProblems(error);
  useEffect(() => {
    for (const [field, message] of Object.entries(problems)) form.setFieldError(field, message);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);
  return error !== undefined && Object.keys(problems).length === 0;
}
