import type { SlipLayout } from '@motcua/hardware/receipt-printer';
import { formatClock, formatDate } from '@motcua/locales';
import type { Language, Procedure, QueueTicket } from '@motcua/protocol';
import { translate } from './slip-text';

export interface TicketContext {
  readonly wardName: string;
  readonly kioskId: string;
  readonly language: Language;
  readonly procedure?: Procedure;
}

/**
 * The queue ticket on the receipt printer: the number large, what it is
 * for, when to come, and one line of instruction in the resident's
 * language. Its QR code names the ticket for a counter's scanner.
 */
export function ticketLayout(
  ticket: QueueTicket,
  context: TicketContext,
): SlipLayout {
  const t = (key: string) => translate(context.language, 'slip', key);
  const appointment = ticket.kind === 'appointment';
  const issued = formatClock(new Date(ticket.issuedAt));

  return {
    header: [
      translate(context.language, 'slip', 'agency', {
        ward: context.wardName,
      }).toUpperCase(),
      t('department'),
    ],
    title: appointment ? t('appointmentTitle') : t('ticketTitle'),
    code: ticket.number,
    rows: [
      {
        label: t('ticketKind'),
        value: appointment ? t('appointment') : t('walkIn'),
      },
      { label: t('ticketDate'), value: formatDate(ticket.date) },
      appointment
        ? { label: t('ticketTime'), value: ticket.time ?? '' }
        : {
            label: t('ticketIssuedAt'),
            value: `${issued.hour}:${issued.minute}`,
          },
      ...(context.procedure === undefined
        ? []
        : [
            {
              label: t('procedure'),
              value: context.procedure.name[context.language],
            },
          ]),
    ],
    qr: `MOTCUA-TICKET:${context.kioskId}:${ticket.date}:${ticket.number}`,
    footer: [
      appointment ? t('ticketAppointmentHint') : t('ticketWalkInHint'),
      `${t('kiosk')} ${context.kioskId}`,
    ],
  };
}
