import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that copies a value and says so (announced to screen readers). */
export function CopyValueButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button variant="default" size="compact-sm" onClick={copy} aria-live="polite" style={{ flexShrink: 0 }}>
          {copied ? t('common.copied') : label}
        </Button>
      )}
    </CopyButton>
  );
}

interface Props {
  secret: string;
  /** What the secret is (the code's accessible name), e.g. "Key". */
  name: string;
  /** That it is shown only this once, and what to do now. */
  notice: string;
  copyLabel: string;
  onDone: () => void;
  /** Below the secret: how to use it. */
  children?: ReactNode;
  /** Beside the done button, e.g. a second copy button. */
  actions?: ReactNode;
}

/** A secret LeadRelay keeps only a fingerprint of: shown once, with a copy button and a done button. */
export function ShownOnceSecret({ secret, name, notice, copyLabel, onDone, children, actions }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text fw={500}>{notice}</Text>
      <Group wrap="nowrap" align="center">
        <Code aria-label={name} style={{ wordBreak: 'break-all', flex: 1 }}>
          {secret}
        </Code>
        <CopyValueButton value={secret} label={copyLabel} />
      </Group>
      {children}
      <Group justify={actions ? 'space-between' : 'flex-end'}>
        {actions}
        <Button onClick={onDone}>{t('common.done')}</Button>
      </Group>
    </Stack>
  );
}
