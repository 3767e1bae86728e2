import { graphql } from '@/shared/graphql/generated';

export const NotificationPreferences = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      enabled
      disabled
    }
  }
`);

export const UpdateNotificationPreferences = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      enabled
      disabled
    }
  }
`);
