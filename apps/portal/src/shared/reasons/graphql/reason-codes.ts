import { graphql } from '../../graphql/generated';

export const ReasonCodes = graphql(`
  query ReasonCodes($kind: ReasonCodeKind!) {
    reasonCodes(kind: $kind) {
      id
      key
      labels {
        locale
        text
      }
      commentRequired
      followUp
    }
  }
`);
