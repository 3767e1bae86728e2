import { graphql } from '@/shared/graphql/generated';

export const ReasonCodeFields = graphql(`
  fragment ReasonCodeFields on ReasonCode {
    id
    key
    kind
    followUp
    commentRequired
    retired
    labels {
      locale
      text
    }
  }
`);

export const ReasonCatalogue = graphql(`
  query ReasonCatalogue($kind: ReasonCodeKind) {
    reasonCodes(kind: $kind, includeRetired: true) {
      ...ReasonCodeFields
    }
  }
`);

export const CreateReasonCode = graphql(`
  mutation CreateReasonCode($input: CreateReasonCodeInput!) {
    createReasonCode(input: $input) {
      ...ReasonCodeFields
    }
  }
`);

export const UpdateReasonCode = graphql(`
  mutation UpdateReasonCode($input: UpdateReasonCodeInput!) {
    updateReasonCode(input: $input) {
      ...ReasonCodeFields
    }
  }
`);

export const RetireReasonCode = graphql(`
  mutation RetireReasonCode($id: ID!) {
    retireReasonCode(id: $id) {
      ...ReasonCodeFields
    }
  }
`);
