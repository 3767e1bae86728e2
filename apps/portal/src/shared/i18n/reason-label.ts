import { useTranslation } from 'react-i18next';
import type { PortalLocale } from './locale';

interface Labelled {
  labelDe: string;
  labelEn: string;
}

const LABEL_OF: Record<PortalLocale, (code: Labelled) => string> = { de: (c) => c.labelDe, en: (c) => c.labelEn };

/** A tenant's reason code in the viewer's language (the tenant keeps both labels). */
export function useReasonLabel(): (code: Labelled) => string {
  const { i18n } = useTranslation();
  return LABEL_OF[i18n.language as PortalLocale] ?? LABEL_OF.en;
}
