import type { Language } from '@motcua/protocol';
import { useTranslation } from 'react-i18next';
import type { SnapshotFrom } from 'xstate';
import { useErrorText } from '../../../ui/use-error-text';
import type { ScreenProps } from '../screen-props';
import type { HeldAttachment } from '../types';
import type { AttachmentsMachine } from './machine';
import type { AttachmentRequirement } from './types';

interface DocumentCardProps {
  readonly requirement: AttachmentRequirement;
  readonly snapshot: SnapshotFrom<AttachmentsMachine>;
  readonly language: Language;
  readonly send: ScreenProps['send'];
}

function Preview({ held, alt }: { held: HeldAttachment; alt: string }) {
  const { t } = useTranslation('app');
  if (held.preview === null) {
    return <p className="document__pages">{t('attach.noPreview')}</p>;
  }
  return (
    <img
      className="document__preview"
      src={held.preview}
      alt={alt}
      data-testid={`attach-preview-${held.requirementId}`}
    />
  );
}

/** One document the procedure asks for: scan, look, retake or remove. */
export function DocumentCard(props: DocumentCardProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const { requirement, snapshot, language, send } = props;
  const { id } = requirement;
  const { held, scanning, pending, problem, missing } = snapshot.context;
  const name = requirement.label[language];
  const kept = held[id];
  const isScanning = snapshot.matches('scanning') && scanning === id;
  const blank = snapshot.matches('confirmingBlank') ? pending : null;
  // While scanning, or while another document's blank page waits for an
  // answer, nothing else can be started.
  const locked =
    snapshot.matches('scanning') ||
    (blank !== null && blank.requirementId !== id);

  const button = (
    type: 'attach.scan' | 'attach.retake' | 'attach.keep' | 'attach.remove',
    testId: string,
    label: string,
    primary = false,
  ) => (
    <button
      type="button"
      className={`button${primary ? ' button--primary' : ''}`}
      data-testid={`${testId}-${id}`}
      disabled={locked}
      onClick={() => send({ type, requirementId: id })}
    >
      {label}
    </button>
  );

  return (
    <li
      className="document"
      data-testid={`attach-document-${id}`}
      data-state={kept === undefined ? 'empty' : 'scanned'}
    >
      <h2 className="document__name">
        {name}{' '}
        <span className="document__need">
          ({t(requirement.required ? 'attach.required' : 'attach.optional')})
        </span>
      </h2>

      {isScanning && (
        <p
          className="waiting"
          role="status"
          data-testid={`attach-scanning-${id}`}
        >
          {t('attach.scanning')}
        </p>
      )}

      {blank?.requirementId === id && (
        <div
          className="error-box"
          role="alert"
          data-testid={`attach-blank-${id}`}
        >
          <p>{t('attach.blank')}</p>
          <Preview held={blank} alt={t('attach.previewAlt', { name })} />
          <div className="controls-row">
            {button('attach.retake', 'attach-retake', t('attach.retake'), true)}
            {button('attach.keep', 'attach-keep', t('attach.keep'))}
          </div>
        </div>
      )}

      {kept !== undefined && blank?.requirementId !== id && !isScanning && (
        <div className="document__scanned">
          <Preview held={kept} alt={t('attach.previewAlt', { name })} />
          <p className="notice" role="status">
            {t('attach.scanned', { count: kept.pages })}
          </p>
          <div className="controls-row">
            {button('attach.retake', 'attach-retake', t('attach.retake'))}
            {button('attach.remove', 'attach-remove', t('attach.remove'))}
          </div>
        </div>
      )}

      {kept === undefined && blank?.requirementId !== id && !isScanning && (
        <>
          <p className="document__hint">{t('attach.hint')}</p>
          {button('attach.scan', 'attach-scan', t('attach.scan'), true)}
        </>
      )}

      {problem?.requirementId === id && (
        <div
          className="error-box"
          role="alert"
          data-testid={`attach-problem-${id}`}
        >
          <p>{errorText(problem.error)}</p>
          <p>
            {t(
              requirement.required
                ? 'attach.problemRequired'
                : 'attach.problemOptional',
            )}
          </p>
        </div>
      )}

      {missing.includes(id) && kept === undefined && (
        <p className="form__error" data-testid={`attach-missing-${id}`}>
          {t('attach.needed')}
        </p>
      )}
    </li>
  );
}
