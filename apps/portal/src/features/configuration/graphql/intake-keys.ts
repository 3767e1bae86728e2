import { graphql } from '@/shared/graphql/generated';

export const IntakeKeyFields = graphql(`
  fragment IntakeKeyFields on IntakeKey {
    id
    name
    prefix
    source
    sourceDetail
    leadsCreated
    lastUsedAt
    createdAt
    revokedAt
  }
`);

export const IntakeKeys = graphql(`
  query IntakeKeys {
    intakeKeys {
      ...IntakeKeyFields
    }
  }
`);

export const CreateIntakeKey = graphql(`
  mutation CreateIntakeKey($input: CreateIntakeKeyInput!) {
    createIntakeKey(input: $input) {
      secret
      intakeKey {
        ...IntakeKeyFields
      }
    }
  }
`);

export const RevokeIntakeKey = graphql(`
  mutation RevokeIntakeKey($id: ID!) {
    revokeIntakeKey(id: $id) {
      ...IntakeKeyFields
    }
  }
`);
