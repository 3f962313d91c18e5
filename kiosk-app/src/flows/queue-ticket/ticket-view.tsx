import { formatDate } from '@motcua/locales';
import type { PrintOutcome, QueueTicket } from '@motcua/protocol';
import { useTranslation } from 'react-i18next';

interface TicketViewProps {
  readonly ticket: QueueTicket;
  readonly print: PrintOutcome;
}

/** The ticket as big as the screen allows: it may be the only copy. */
export function TicketView({ ticket, print }: TicketViewProps) {
  const { t } = useTranslation('app');
  const printed = print === 'printed';
  return (
    <div className="ticket">
      <p className="slip__label">{t('queue.ticketNumber')}</p>
      <p className="ticket__number" data-testid="ticket-number">
        {ticket.number}
      </p>
      {ticket.kind === 'appointment' && (
        <p className="slip__date" data-testid="ticket-when">
          {t('queue.when', {
            date: formatDate(ticket.date),
            time: ticket.time ?? '',
          })}
        </p>
      )}
      <p
        className={printed ? 'notice' : 'error-box'}
        role="status"
        data-testid="ticket-print"
        data-outcome={print}
      >
        {printed ? t('queue.printed') : t('queue.notPrinted')}
      </p>
    </div>
  );
}
