import { graphql } from '../../graphql/generated';

export const RefreshSession = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      expiresAt
    }
  }
`);
