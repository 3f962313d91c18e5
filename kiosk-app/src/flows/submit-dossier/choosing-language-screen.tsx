import type { Language } from '@motcua/protocol';
import { useTranslation } from 'react-i18next';
import { CancelButton } from '../../ui/cancel-button';
import { ScreenLayout } from '../../ui/screen-layout';
import type { ScreenProps } from './screen-props';

const LANGUAGES: readonly Language[] = ['vi', 'en'];

export function ChoosingLanguageScreen({ send }: ScreenProps) {
  const { t } = useTranslation('app');
  return (
    <ScreenLayout
      name="language"
      step={1}
      heading={t('language.heading')}
      controls={
        <>
          <div className="choice-list">
            {LANGUAGES.map((language) => (
              <button
                key={language}
                type="button"
                lang={language}
                className="button button--primary button--huge"
                data-testid={`language-${language}`}
                onClick={() =>
                  send({ type: 'resident.chooseLanguage', language })
                }
              >
                {t(`language.${language}`)}
              </button>
            ))}
          </div>
          <div className="controls-row">
            <CancelButton onConfirm={() => send({ type: 'resident.cancel' })} />
          </div>
        </>
      }
    />
  );
}
