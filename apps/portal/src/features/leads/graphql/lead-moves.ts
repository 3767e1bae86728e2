import { graphql } from '@/shared/graphql/generated';

export const RecordProgress = graphql(`
  mutation RecordProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      ...LeadDetail
    }
  }
`);

export const AssignLead = graphql(`
  mutation AssignLead($input: AssignLeadInput!) {
    assignLead(input: $input) {
      ...LeadDetail
    }
  }
`);

export const CloseLeadWon = graphql(`
  mutation CloseLeadWon($input: CloseLeadWonInput!) {
    closeLeadWon(input: $input) {
      ...LeadDetail
    }
  }
`);

export const CloseLeadLost = graphql(`
  mutation CloseLeadLost($input: CloseLeadLostInput!) {
    closeLeadLost(input: $input) {
      ...LeadDetail
    }
  }
`);

export const ReturnLead = graphql(`
  mutation ReturnLead($input: ReturnLeadInput!) {
    returnLead(input: $input) {
      ...LeadDetail
    }
  }
`);

export const QualifyLead = graphql(`
  mutation QualifyLead($input: QualifyLeadInput!) {
    qualifyLead(input: $input) {
      ...LeadDetail
    }
  }
`);

export const DisqualifyLead = graphql(`
  mutation DisqualifyLead($input: DisqualifyLeadInput!) {
    disqualifyLead(input: $input) {
      ...LeadDetail
    }
  }
`);

export const NurtureLead = graphql(`
  mutation NurtureLead($input: NurtureLeadInput!) {
    nurtureLead(input: $input) {
      ...LeadDetail
    }
  }
`);

export const RouteDirect = graphql(`
  mutation RouteDirect($input: RouteDirectInput!) {
    routeDirect(input: $input) {
      ...LeadDetail
    }
  }
`);

export const DistributeLead = graphql(`
  mutation DistributeLead($input: DistributeLeadInput!) {
    distributeLead(input: $input) {
      ...LeadDetail
    }
  }
`);

export const WithdrawRound = graphql(`
  mutation WithdrawRound($id: ID!) {
    withdrawRound(id: $id) {
      ...LeadDetail
    }
  }
`);

export const CreateLead = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
    }
  }
`);
