import { Button } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { isLanguage, storeLanguage, DEFAULT_LANGUAGE, type Language } from './index';
import { SetMyLocaleMutation } from '../auth/operations';

/**
 * Toggles between Chinese and English. The button names the language it switches to. The choice is kept
 * in localStorage, and saved to the account when someone is signed in.
 */
export function LanguageSwitch({ signedIn, color = 'inherit' }: { signedIn: boolean; color?: 'inherit' | 'primary' }) {
  const { t, i18n } = useTranslation();
  const [setMyLocale] = useMutation(SetMyLocaleMutation);
  const current: Language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const next: Language = current === 'zh-CN' ? 'en' : 'zh-CN';

  const switchLanguage = () => {
    storeLanguage(next);
    void i18n.changeLanguage(next);
    if (signedIn) {
      // Best effort: the local choice already applies even if saving it to the account fails.
      setMyLocale({ variables: { input: { locale: next } } }).catch(() => undefined);
    }
  };

  return (
    <Button
      color={color}
      startIcon={<TranslateIcon />}
      onClick={switchLanguage}
      data-testid="lang-switch"
      aria-label={`${t('common.language')}: ${t(`lang.${next}`)}`}
      lang={next}
    >
      {t(`lang.${next}`)}
    </Button>
  );
}
