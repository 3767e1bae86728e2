import { graphql } from '@/shared/graphql/generated';

export const SetPassword = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input)
  }
`);
