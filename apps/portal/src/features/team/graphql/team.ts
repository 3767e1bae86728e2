import { graphql } from '@/shared/graphql/generated';

export const TeamMembers = graphql(`
  query TeamMembers($after: String) {
    members(first: 50, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        role
        createdAt
        user {
          id
          name
          email
        }
      }
    }
  }
`);

export const InviteMember = graphql(`
  mutation InviteMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      role
      user {
        id
        name
        email
      }
    }
  }
`);

export const ChangeMemberRole = graphql(`
  mutation ChangeMemberRole($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
      role
    }
  }
`);

export const RemoveMember = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);
