import type { Language } from '@motcua/protocol';
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { BackButton } from '../../../ui/back-button';
import { CancelButton } from '../../../ui/cancel-button';
import { ScreenLayout } from '../../../ui/screen-layout';
import type { ScreenProps } from '../screen-props';
import { DocumentCard } from './document-card';
import type { AttachmentsMachine } from './machine';
import './attachments.css';

type AttachmentsActor = ActorRefFrom<AttachmentsMachine>;

interface ViewProps {
  readonly actor: AttachmentsActor;
  readonly language: Language;
  readonly send: ScreenProps['send'];
}

function AttachmentsView({ actor, language, send }: ViewProps) {
  const { t } = useTranslation('app');
  const snapshot = useSelector(actor, (s) => s);
  const { requirements, missing } = snapshot.context;
  const busy = snapshot.matches('scanning');

  return (
    <ScreenLayout
      name="attachments"
      step={5}
      heading={t('attach.heading')}
      lead={t('attach.lead')}
      controls={
        <div className="controls-row">
          <BackButton onBack={() => send({ type: 'attach.back' })} />
          <CancelButton onConfirm={() => send({ type: 'resident.cancel' })} />
          <button
            type="button"
            className="button button--primary"
            data-testid="attach-next"
            disabled={busy}
            onClick={() => send({ type: 'attach.next' })}
          >
            {t('actions.next')}
          </button>
        </div>
      }
    >
      {missing.length > 0 && (
        <p className="error-box" role="alert" data-testid="attach-missing">
          {t('attach.missing', {
            documents: requirements
              .filter((r) => missing.includes(r.id))
              .map((r) => r.label[language])
              .join(', '),
          })}
        </p>
      )}
      <ul className="documents">
        {requirements.map((requirement) => (
          <DocumentCard
            key={requirement.id}
            requirement={requirement}
            snapshot={snapshot}
            language={language}
            send={send}
          />
        ))}
      </ul>
    </ScreenLayout>
  );
}

/** The documents step; its state lives in the invoked documents machine. */
export function AttachingScreen({ snapshot, send }: ScreenProps) {
  const child = snapshot.children['collectAttachments'] as
    AttachmentsActor | undefined;
  if (child === undefined) return null;
  return (
    <AttachmentsView
      actor={child}
      language={snapshot.context.language}
      send={send}
    />
  );
}
