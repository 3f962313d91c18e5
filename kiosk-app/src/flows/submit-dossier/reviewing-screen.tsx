import { formatDate, formatVnd } from '@motcua/locales';
import { maskIdNumber } from '@motcua/protocol';
import type { FormField, Language } from '@motcua/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findOption, HCMC_UNITS, PROVINCES } from '../../pick-lists';
import { BackButton } from '../../ui/back-button';
import { ScreenLayout } from '../../ui/screen-layout';
import { useErrorText } from '../../ui/use-error-text';
import { findProcedure, isSexField, toDisplayDate } from './form';
import { DuplicateWarning } from './duplicate-warning';
import type { ScreenProps } from './screen-props';
import type { ResidentEvent } from './types';

interface SectionProps {
  readonly name: string;
  readonly title: string;
  readonly edit: ResidentEvent | null;
  readonly send: ScreenProps['send'];
  readonly children: ReactNode;
}

/** One part of the dossier, with a "Sửa" link back to its step. */
function ReviewSection({ name, title, edit, send, children }: SectionProps) {
  const { t } = useTranslation('app');
  return (
    <section className="review-section" data-testid={`review-${name}`}>
      <header className="review-section__header">
        <h2>{title}</h2>
        {edit !== null && (
          <button
            type="button"
            className="button button--link"
            data-testid={`review-edit-${name}`}
            aria-label={t('review.editSection', { section: title })}
            onClick={() => send(edit)}
          >
            {t('actions.edit')}
          </button>
        )}
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

/** A field's value as the resident chose it: names, not codes. */
export function shownValue(
  field: FormField,
  value: string,
  language: Language,
  t: (key: string) => string,
): string {
  if (value === '') return t('review.empty');
  if (isSexField(field)) return t(`sex.${value}`);
  switch (field.kind) {
    case 'date':
      return toDisplayDate(value);
    case 'ward':
      return findOption(HCMC_UNITS, value)?.name ?? value;
    case 'province':
      return findOption(PROVINCES, value)?.name ?? value;
    default:
      return (
        field.options?.find((o) => o.value === value)?.label[language] ?? value
      );
  }
}

export function ReviewingScreen({ snapshot, send }: ScreenProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const { identity, procedures, procedureId, values, attachments, language } =
    snapshot.context;
  const { submitError } = snapshot.context;
  const procedure = findProcedure(procedures, procedureId);
  const requirements = procedure?.attachments ?? [];
  const fee = procedure?.feeVnd ?? 0;

  return (
    <ScreenLayout
      name="review"
      step={6}
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
      {submitError?.code === 'likely_duplicate' ? (
        <DuplicateWarning message={submitError.message} send={send} />
      ) : (
        submitError !== null && (
          <p className="error-box" role="alert" data-testid="submit-error">
            {errorText(submitError)}
          </p>
        )
      )}
      {identity !== null && (
        <ReviewSection
          name="identity"
          title={t('review.applicant')}
          edit={{ type: 'resident.editIdentity' }}
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
        name="procedure"
        title={t('review.procedure')}
        edit={{ type: 'resident.editProcedure' }}
        send={send}
      >
        <Row
          label={t('review.procedure')}
          value={procedure?.name[language] ?? ''}
        />
      </ReviewSection>
      <ReviewSection
        name="form"
        title={t('review.form')}
        edit={{ type: 'resident.editForm' }}
        send={send}
      >
        {procedure?.fields.map((field) => (
          <Row
            key={field.id}
            label={field.label[language]}
            value={shownValue(field, values[field.id] ?? '', language, t)}
          />
        ))}
      </ReviewSection>
      {requirements.length > 0 && (
        <ReviewSection
          name="attachments"
          title={t('review.attachments')}
          edit={{ type: 'resident.editAttachments' }}
          send={send}
        >
          {requirements.map((requirement) => {
            const held = attachments[requirement.id];
            return (
              <Row
                key={requirement.id}
                label={requirement.label[language]}
                value={
                  held === undefined
                    ? t('review.notAttached')
                    : t('attach.scanned', { count: held.pages })
                }
              />
            );
          })}
        </ReviewSection>
      )}
      <ReviewSection
        name="fee"
        title={t('review.fee')}
        edit={{ type: 'resident.editProcedure' }}
        send={send}
      >
        <Row
          label={t('review.fee')}
          value={fee === 0 ? t('procedure.free') : formatVnd(fee)}
        />
        {fee > 0 && (
          <Row label={t('review.feePayment')} value={t('review.feeHow')} />
        )}
      </ReviewSection>
    </ScreenLayout>
  );
}
