import { useEffect } from 'react';
import { hasStoredLanguage, i18n, isLanguage, storeLanguage } from './index';

/**
 * On a browser without a language choice of its own, take the one saved on the account (setMyLocale), so a
 * user who chose English elsewhere gets English here too.
 */
export function useAccountLanguage(accountLocale: string | null | undefined): void {
  useEffect(() => {
    if (hasStoredLanguage() || !isLanguage(accountLocale) || accountLocale === i18n.language) return;
    storeLanguage(accountLocale);
    void i18n.changeLanguage(accountLocale);
  }, [accountLocale]);
}
