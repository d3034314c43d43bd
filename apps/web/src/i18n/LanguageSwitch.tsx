import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from './index';

/** One tap toggles between Vietnamese and English; the button names the language it switches to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'vi' ? 'en' : 'vi';
  return (
    <Button
      variant="default"
      size="compact-md"
      h={40}
      miw={44}
      onClick={() => void setLanguage(next)}
      aria-label={t('language.switchLabel')}
      title={t('language.switchLabel')}
      data-testid="lang-switch"
      data-lang={currentLanguage()}
    >
      {t('language.switchToShort')}
    </Button>
  );
}
