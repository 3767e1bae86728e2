import { graphql } from '@/shared/graphql/generated';

export const Lead = graphql(`
  query Lead($id: ID!) {
    lead(id: $id) {
      ...LeadDetail
    }
  }
`);
