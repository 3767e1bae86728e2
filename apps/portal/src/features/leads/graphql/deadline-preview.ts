import { graphql } from '@/shared/graphql/generated';

export const OfferDeadlinePreview = graphql(`
  query OfferDeadlinePreview {
    offerDeadlinePreview {
      tier
      businessHours
      expiresAt
    }
  }
`);
