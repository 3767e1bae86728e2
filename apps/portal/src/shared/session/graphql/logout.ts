import { graphql } from '../../graphql/generated';

export const Logout = graphql(`
  mutation Logout($everywhere: Boolean!) {
    logout(everywhere: $everywhere)
  }
`);
