import { useTranslation } from 'react-i18next';

interface Labelled {
  key: string;
  labels: { locale: string; text: string }[];
}

/** A tenant's reason code in the portal's current language (the API keeps a label per language). */
export function useReasonLabel(): (code: Labelled) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language.toUpperCase();
  return (code) => code.labels.find((l) => l.locale === locale)?.text ?? code.labels[0]?.text ?? code.key;
}
