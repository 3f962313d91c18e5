import { formatVnd } from '@motcua/locales';
import { maskIdNumber } from '@motcua/protocol';
import type { Procedure } from '@motcua/protocol';
import { useTranslation } from 'react-i18next';
import { CancelButton } from '../../ui/cancel-button';
import { BackButton } from '../../ui/back-button';
import { ScreenLayout } from '../../ui/screen-layout';
import { useErrorText } from '../../ui/use-error-text';
import type { ScreenProps } from './screen-props';

const CATEGORIES: readonly Procedure['category'][] = [
  'civilStatus',
  'residence',
  'certification',
  'business',
];

export function ChoosingProcedureScreen({ snapshot, send }: ScreenProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const { identity, procedures, catalogError, language } = snapshot.context;
  const phase = snapshot.matches({
    session: { flow: { choosingProcedure: 'ready' } },
  })
    ? 'ready'
    : snapshot.matches({ session: { flow: { choosingProcedure: 'failed' } } })
      ? 'failed'
      : 'loading';

  return (
    <ScreenLayout
      name="procedure"
      step={3}
      heading={t('procedure.heading')}
      lead={
        identity !== null && (
          <>
            {t('procedure.greeting')},{' '}
            <strong data-testid="identity-name">{identity.fullName}</strong>
            <span className="masked-id">
              {' · '}
              {t('procedure.idNumber', {
                idNumber: maskIdNumber(identity.idNumber),
              })}
            </span>
          </>
        )
      }
      controls={
        <div className="controls-row">
          <BackButton onBack={() => send({ type: 'resident.back' })} />
          <CancelButton onConfirm={() => send({ type: 'resident.cancel' })} />
        </div>
      }
    >
      {phase === 'loading' && (
        <p className="waiting">{t('procedure.loading')}</p>
      )}
      {phase === 'failed' && (
        <div className="error-box" role="alert">
          <p>{t('procedure.failed')}</p>
          {catalogError !== null && <p>{errorText(catalogError)}</p>}
          <button
            type="button"
            className="button button--primary"
            data-testid="catalog-retry"
            onClick={() => send({ type: 'resident.retryCatalog' })}
          >
            {t('actions.retry')}
          </button>
        </div>
      )}
      {phase === 'ready' &&
        CATEGORIES.map((category) => {
          const inCategory = procedures.filter((p) => p.category === category);
          if (inCategory.length === 0) return null;
          return (
            <section key={category} className="procedure-group">
              <h2 className="procedure-group__heading">
                {t(`category.${category}`)}
              </h2>
              {inCategory.map((procedure) => (
                <button
                  key={procedure.id}
                  type="button"
                  className="button procedure"
                  data-testid={`procedure-${procedure.id}`}
                  onClick={() =>
                    send({
                      type: 'resident.chooseProcedure',
                      procedureId: procedure.id,
                    })
                  }
                >
                  <span className="procedure__name">
                    {procedure.name[language]}
                  </span>
                  <span className="procedure__facts">
                    {procedure.feeVnd === 0
                      ? t('procedure.free')
                      : t('procedure.fee', {
                          fee: formatVnd(procedure.feeVnd),
                        })}
                    {' · '}
                    {procedure.processingDays === 0
                      ? t('procedure.sameDay')
                      : t('procedure.processingDays', {
                          count: procedure.processingDays,
                        })}
                  </span>
                </button>
              ))}
            </section>
          );
        })}
    </ScreenLayout>
  );
}
