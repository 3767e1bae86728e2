import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The cursor of the page shown; null on the first page. */
  after: string | null;
  pageInfo?: { endCursor?: string | null; hasNextPage: boolean };
  onPage: (after: string | null) => void;
}

/** Cursor pages (first/after): back to the first page, on to the next. */
export function Pager({ after, pageInfo, onPage }: Props) {
  const { t } = useTranslation();
  if (!after && !pageInfo?.hasNextPage) return null;
  return (
    <Group>
      {after && (
        <Button variant="default" onClick={() => onPage(null)}>
          {t('common.firstPage')}
        </Button>
      )}
      {pageInfo?.hasNextPage && (
        <Button variant="default" onClick={() => onPage(pageInfo.endCursor ?? null)}>
          {t('common.nextPage')}
        </Button>
      )}
    </Group>
  );
}
