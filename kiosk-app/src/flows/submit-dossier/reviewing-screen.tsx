import { BackButton } from '../../ui/back-button';
import { formatDate } from '@motcua/locales';
import { maskIdNumber } from '@motcua/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../ui/screen-layout';
import { useErrorText } from '../../ui/use-error-text';
import { findProcedure, isSexField, toDisplayDate } from './form';
import type { ScreenProps } from './screen-props';
import type { ResidentEvent } from './types';

interface SectionProps {
  readonly title: string;
  readonly edit: ResidentEvent;
  readonly testId: string;
  readonly send: ScreenProps['send'];
  readonly children: ReactNode;
}

function ReviewSection({ title, edit, testId, send, children }: SectionProps) {
  const { t } = useTranslation('app');
  return (
    <section className="review-section">
      <header className="review-section__header">
        <h2>{title}</h2>
        <button
          type="button"
          className="button button--link"
          data-testid={testId}
          onClick={() => send(edit)}
        >
          {t('actions.edit')}
        </button>
      </header>
      <dl className="review-section__list">{children}</dl>
    </section>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="review-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function ReviewingScreen({ snapshot, send }: ScreenProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const { identity, procedures, procedureId, values, submitError, language } =
    snapshot.context;
  const procedure = findProcedure(procedures, procedureId);

  function shown(fieldId: string): string {
    const field = procedure?.fields.find((f) => f.id === fieldId);
    const value = values[fieldId] ?? '';
    if (field === undefined || value === '') return t('review.empty');
    if (isSexField(field)) return t(`sex.${value}`);
    if (field.kind === 'date') return toDisplayDate(value);
    const option = field.options?.find((o) => o.value === value);
    return option?.label[language] ?? value;
  }

  return (
    <ScreenLayout
      name="review"
      step={5}
      heading={t('review.heading')}
      lead={t('review.lead')}
      controls={
        <div className="controls-row">
          <BackButton onBack={() => send({ type: 'resident.back' })} />
          <button
            type="button"
            className="button button--primary"
            data-testid="submit-dossier"
            onClick={() => send({ type: 'resident.submit' })}
          >
            {t('review.submit')}
          </button>
        </div>
      }
    >
      {submitError !== null && (
        <p className="error-box" role="alert" data-testid="submit-error">
          {errorText(submitError)}
        </p>
      )}
      {identity !== null && (
        <ReviewSection
          title={t('review.applicant')}
          edit={{ type: 'resident.editIdentity' }}
          testId="review-edit-identity"
          send={send}
        >
          <Row label={t('review.fullName')} value={identity.fullName} />
          <Row
            label={t('review.idNumber')}
            value={maskIdNumber(identity.idNumber)}
          />
          <Row
            label={t('review.dateOfBirth')}
            value={formatDate(identity.dateOfBirth)}
          />
          <Row label={t('review.address')} value={identity.address} />
        </ReviewSection>
      )}
      <ReviewSection
        title={t('review.procedure')}
        edit={{ type: 'resident.editProcedure' }}
        testId="review-edit-procedure"
        send={send}
      >
        <Row
          label={t('review.procedure')}
          value={procedure?.name[language] ?? ''}
        />
      </ReviewSection>
      <ReviewSection
        title={t('review.form')}
        edit={{ type: 'resident.editForm' }}
        testId="review-edit-form"
        send={send}
      >
        {procedure?.fields.map((field) => (
          <Row
            key={field.id}
            label={field.label[language]}
            value={shown(field.id)}
          />
        ))}
      </ReviewSection>
    </ScreenLayout>
  );
}
