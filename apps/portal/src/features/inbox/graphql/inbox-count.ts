import { graphql } from '@/shared/graphql/generated';

export const InboxCount = graphql(`
  query InboxCount {
    offers(filter: { status: [PENDING] }, first: 1) {
      totalCount
    }
  }
`);
