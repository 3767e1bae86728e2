import { graphql } from '@/shared/graphql/generated';

export const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
    }
  }
`);
