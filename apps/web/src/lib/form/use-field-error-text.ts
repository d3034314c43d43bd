import { useTranslation } from 'react-i18next';
import type { FieldError } from './field-error';

/** Translates a stored field error in the current language. */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => (error ? t(`validation.${error.key}`, error.values ?? {}) : undefined);
}
