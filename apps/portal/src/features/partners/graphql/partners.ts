import { graphql } from '@/shared/graphql/generated';

export const PartnerFields = graphql(`
  fragment PartnerFields on Partner {
    id
    name
    city
    tier
    status
    capacity
    competencies
    territories {
      country
      postalCodePrefixes
    }
    createdAt
    version
  }
`);

export const Partners = graphql(`
  query Partners($statuses: [PartnerStatus!], $after: String) {
    partners(statuses: $statuses, first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...PartnerFields
      }
    }
  }
`);

export const CreatePartner = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      ...PartnerFields
    }
  }
`);

export const UpdatePartner = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      ...PartnerFields
    }
  }
`);
