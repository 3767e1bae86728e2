import { graphql } from '@/shared/graphql/generated';

export const TenantMemberFields = graphql(`
  fragment TenantMemberFields on Member {
    id
    role
    createdAt
    partner {
      id
      name
    }
    user {
      id
      name
      email
    }
  }
`);

export const TenantMembers = graphql(`
  query TenantMembers($after: String) {
    members(first: 25, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...TenantMemberFields
      }
    }
  }
`);

export const AddMember = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      ...TenantMemberFields
    }
  }
`);

export const UpdateMember = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      ...TenantMemberFields
    }
  }
`);

export const RemoveMember = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);

export const MemberPartners = graphql(`
  query MemberPartners {
    partners(first: 100, statuses: [ACTIVE, PAUSED, INVITED]) {
      nodes {
        id
        name
      }
    }
  }
`);
