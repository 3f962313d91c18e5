import { formatDate } from '@motcua/locales';
import { useSelector } from '@xstate/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { BackButton } from '../../ui/back-button';
import { ScreenLayout } from '../../ui/screen-layout';
import { useErrorText } from '../../ui/use-error-text';
import type { QueueTicketMachine } from './machine';
import { DatePicker, TimePicker } from './queue-pickers';
import { TicketView } from './ticket-view';

interface QueueTicketScreensProps {
  readonly actor: ActorRefFrom<QueueTicketMachine>;
}

export function QueueTicketScreens({ actor }: QueueTicketScreensProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const snapshot = useSelector(actor, (s) => s);
  const { days, date, time, ticket, print, error } = snapshot.context;
  const send = actor.send.bind(actor);
  const back = <BackButton onBack={() => send({ type: 'resident.back' })} />;
  const errorBox = error !== null && (
    <p
      className="error-box"
      role="alert"
      data-testid="queue-error"
      data-code={error.code}
    >
      {t(`queue.errors.${error.code}`, { defaultValue: errorText(error) })}
    </p>
  );
  const screen = (
    name: string,
    heading: string,
    body: ReactNode,
    controls: ReactNode,
  ) => (
    <ScreenLayout name={name} heading={heading} controls={controls}>
      {errorBox}
      {body}
    </ScreenLayout>
  );
  const waiting = (text: string) => (
    <p className="waiting" aria-live="polite" data-testid="queue-busy">
      {text}
    </p>
  );

  if (snapshot.matches('showingTicket') && ticket !== null && print !== null) {
    return screen(
      'ticket',
      t('queue.ticketHeading'),
      <TicketView ticket={ticket} print={print} />,
      <button
        type="button"
        className="button button--primary button--huge"
        data-testid="queue-done"
        onClick={() => send({ type: 'resident.finish' })}
      >
        {t('queue.done')}
      </button>,
    );
  }
  if (snapshot.matches('loadingDays')) {
    return screen(
      'queue',
      t('queue.dateHeading'),
      waiting(t('queue.loading')),
      null,
    );
  }
  if (snapshot.matches('taking')) {
    return screen(
      'queue',
      t('queue.takingHeading'),
      waiting(t('queue.taking')),
      null,
    );
  }
  // The pickers sit in the lower part of the screen, within reach.
  if (snapshot.matches('choosingDate')) {
    return screen(
      'queue-date',
      t('queue.dateHeading'),
      null,
      <>
        <DatePicker
          days={days}
          onChoose={(d) => send({ type: 'resident.chooseDate', date: d })}
        />
        <div className="controls-row">{back}</div>
      </>,
    );
  }
  if (snapshot.matches('choosingTime')) {
    return screen(
      'queue-time',
      t('queue.timeHeading', { date: formatDate(date ?? '') }),
      null,
      <>
        <TimePicker
          day={days.find((day) => day.date === date)}
          onChoose={(tm) => send({ type: 'resident.chooseTime', time: tm })}
        />
        <div className="controls-row">{back}</div>
      </>,
    );
  }
  if (snapshot.matches('confirming')) {
    return screen(
      'queue-confirm',
      t('queue.confirmHeading'),
      <p className="slip__date" data-testid="queue-summary">
        {t('queue.when', { date: formatDate(date ?? ''), time: time ?? '' })}
      </p>,
      <>
        <button
          type="button"
          className="button button--primary button--huge"
          data-testid="queue-confirm"
          onClick={() => send({ type: 'resident.confirm' })}
        >
          {t('queue.confirm')}
        </button>
        <div className="controls-row">{back}</div>
      </>,
    );
  }
  if (snapshot.matches('daysFailed') || snapshot.matches('failed')) {
    return screen(
      'queue-failed',
      t('queue.failedHeading'),
      null,
      <div className="controls-row">
        {back}
        <button
          type="button"
          className="button button--primary"
          data-testid="queue-retry"
          onClick={() => send({ type: 'resident.retry' })}
        >
          {t('actions.retry')}
        </button>
      </div>,
    );
  }
  return screen(
    'queue',
    t('queue.heading'),
    <p className="screen__lead">{t('queue.lead')}</p>,
    <>
      <div className="choice-list">
        <button
          type="button"
          className="button button--primary button--huge"
          data-testid="queue-walkin"
          onClick={() => send({ type: 'resident.walkIn' })}
        >
          {t('queue.walkIn')}
        </button>
        <button
          type="button"
          className="button button--huge"
          data-testid="queue-appointment"
          onClick={() => send({ type: 'resident.appointment' })}
        >
          {t('queue.appointment')}
        </button>
      </div>
      <div className="controls-row">{back}</div>
    </>,
  );
}
