// A dialog as every page opens it (its close button named in the reader's language), and the one
// confirmation of a move that cannot be undone: what will happen, the API's answer if it refused,
// cancel or go ahead.
import { Button, Group, Modal, type ModalProps, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ErrorAlert } from './QueryState';

export function Dialog(props: ModalProps) {
  const { t } = useTranslation();
  return <Modal closeButtonProps={{ 'aria-label': t('common.close') }} {...props} />;
}

interface ConfirmDialogProps<T> {
  /** What the move is about; the dialog is open while there is one. */
  subject: T | null;
  title: string;
  question: (subject: T) => string;
  confirmLabel: string;
  fetching: boolean;
  error?: CombinedError;
  /** Makes the move; true when it went through, and the dialog closes. */
  onConfirm: (subject: T) => Promise<boolean>;
  onClose: () => void;
}

export function ConfirmDialog<T>({
  subject,
  title,
  question,
  confirmLabel,
  fetching,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps<T>) {
  const { t } = useTranslation();
  return (
    <Dialog opened={subject !== null} onClose={onClose} title={title}>
      {subject !== null && (
        <Stack>
          {error && <ErrorAlert error={error} />}
          <Text>{question(subject)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={fetching}
              onClick={async () => {
                if (await onConfirm(subject)) onClose();
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
