import type { KioskEventKind, Logger, SimpleAnswer } from '@motcua/protocol';
import { parseMessage } from '@motcua/protocol';

export interface HelpDeps {
  /** Queues a `kiosk.event` durably and wakes the link. */
  readonly queueEvent: (kind: KioskEventKind, detail?: string) => void;
  readonly logger: Logger;
}

/** `help.request`: central hears `help.requested`, with the reason. */
export function requestHelp(deps: HelpDeps, payload: unknown): SimpleAnswer {
  const parsed = parseMessage('help.request', payload);
  if (!parsed.ok) {
    deps.logger.log('service-request-refused', 'failure', {
      message: 'help.request',
      error: parsed.error,
    });
    return { ok: false, error: parsed.error };
  }
  deps.queueEvent('help.requested', parsed.value.reason);
  deps.logger.log('help-requested', 'success', {
    reason: parsed.value.reason,
  });
  return { ok: true };
}
