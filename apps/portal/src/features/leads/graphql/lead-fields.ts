import { graphql } from '@/shared/graphql/generated';

export const LeadRowFields = graphql(`
  fragment LeadRow on Lead {
    id
    stage
    progressStage
    score
    grade
    source
    createdAt
    acceptedAt
    nextStepAt
    company {
      name
      city
      country
    }
    owner {
      name
    }
    holdingPartner {
      name
    }
  }
`);

export const LeadDetailFields = graphql(`
  fragment LeadDetail on Lead {
    id
    version
    allowedActions
    stage
    progressStage
    score
    grade
    source
    sourceDetail
    createdAt
    acceptedAt
    closedAt
    lastProgressAt
    nextStepAt
    existingCustomer
    pendingFollowUp
    lostToCompetitor
    owner {
      id
      name
    }
    holdingPartner {
      id
      name
    }
    contact {
      firstName
      lastName
      email
      phone
      position
      decisionMaker
    }
    company {
      name
      street
      postalCode
      city
      country
      industry
      employeeBand
      website
    }
    interest {
      requestType
      productLine
      description
      budget
      timeframe
    }
    won {
      amount
      currency
      closedOn
    }
    duplicates {
      leadId
      companyName
      stage
      matchedOn
    }
    events {
      id
      type
      occurredAt
      actorName
      actorOrganisation
      partner {
        name
      }
      comment
      data
      reasonCode {
        key
        labels {
          locale
          text
        }
      }
    }
  }
`);
