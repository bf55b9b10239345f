import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './fieldErrors';

/**
 * The text to show for a server error. The server writes its messages in English; in Chinese the common
 * codes have a translation (serverError.<CODE>). Codes without one, such as INVALID, whose message says what
 * exactly is wrong, keep the server's message.
 */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: Pick<FieldError, 'code' | 'message'>) =>
      i18n.language === 'en' ? error.message : t(`serverError.${error.code}`, { defaultValue: error.message }),
    [t, i18n.language],
  );
}
