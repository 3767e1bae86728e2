import { graphql } from '@/shared/graphql/generated';

export const TenantSettingsFields = graphql(`
  fragment TenantSettingsFields on TenantSettings {
    timeZone
    workingDays
    dayStart
    dayEnd
    holidays
    acceptanceHours
    acceptanceHoursByTier {
      gold
      silver
      bronze
    }
    firstContactHours
    escalationHours
    remindAtHalfway
    reminderHoursBeforeDeadline
  }
`);

export const TenantSettingsQuery = graphql(`
  query TenantSettings {
    tenantSettings {
      ...TenantSettingsFields
    }
  }
`);

export const UpdateTenantSettings = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      ...TenantSettingsFields
    }
  }
`);
