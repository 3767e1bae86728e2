import { useMutation, useQuery } from 'urql';
import { NotificationPreferences, UpdateNotificationPreferences } from '../graphql/notification-preferences';

export function useNotificationPreferences() {
  const [{ data, fetching, error }] = useQuery({ query: NotificationPreferences });
  const [saving, update] = useMutation(UpdateNotificationPreferences);
  return { preferences: data?.notificationPreferences, fetching, error, saving, update };
}
