import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeadDetailFragment } from '@/shared/graphql/generated/graphql';
import { type EventLabelKey, eventLabelKey } from '@/shared/i18n/event-label';
import { useReasonLabel } from '@/shared/i18n/reason-label';
import { useFormat } from '@/shared/i18n/use-format';

/** The lead's history, newest first: who did what when, and why. */
export function HistoryTimeline({ events }: { events: LeadDetailFragment['events'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reason = useReasonLabel();
  const newestFirst = [...events].reverse();
  return (
    <Timeline bulletSize={14} lineWidth={2} active={newestFirst.length}>
      {newestFirst.map((event) => {
        const key: EventLabelKey | null = eventLabelKey(event.type);
        return (
          <Timeline.Item key={event.id} title={key ? t(key) : event.type}>
            <Text size="xs" c="dimmed">
              {format.dateTime(event.occurredAt)} · {event.actorName} ({event.actorOrganisation})
            </Text>
            {event.partner && event.partner.name !== event.actorOrganisation && <Text size="sm">{event.partner.name}</Text>}
            {event.reasonCode && <Text size="sm">{reason(event.reasonCode)}</Text>}
            {event.comment && (
              <Text size="sm" fs="italic">
                {event.comment}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
