import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { vi, type TranslatedErrorCode } from '../i18n/vi';

function isTranslatedErrorCode(code: string): code is TranslatedErrorCode {
  return Object.hasOwn(vi.errors, code);
}

/** The message to show for any thrown error: translated per code, else the server's own message. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (isApiError(error)) {
      return isTranslatedErrorCode(error.code) ? t(`errors.${error.code}`) : error.message;
    }
    return t('errors.INTERNAL_ERROR');
  };
}
