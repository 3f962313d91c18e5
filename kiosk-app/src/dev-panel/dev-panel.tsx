import type { PrinterStatus } from '@motcua/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentLink, SimPrinterCondition } from '../agent/agent-link';
import { LastSlip } from './last-slip';
import { MALFORMED_QR, SAMPLE_CCCD_QR } from './sample-codes';

const CONDITIONS: readonly SimPrinterCondition[] = [
  'ready',
  'paperNearEnd',
  'paperOut',
  'coverOpen',
];

interface DevPanelProps {
  readonly link: AgentLink;
  readonly printer: PrinterStatus | null;
  readonly lastRejected: string | null;
}

/**
 * Simulator mode only: drives the simulated scanner and printer, and shows
 * the last slip the printer received.
 */
export function DevPanel({ link, printer, lastRejected }: DevPanelProps) {
  const { t } = useTranslation('app');
  const [open, setOpen] = useState(false);
  const [data, setData] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function report(result: Promise<{ ok: boolean; error?: { code: string } }>) {
    void result.then((answer) => setProblem(answer.error?.code ?? null));
  }

  return (
    <aside className="dev">
      <button
        type="button"
        className="dev__toggle"
        data-testid="dev-panel-toggle"
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        {t('dev.toggle')}
      </button>
      {open && (
        <div className="dev__panel" data-testid="dev-panel">
          <h2>{t('dev.heading')}</h2>
          <div className="dev__row">
            <button
              type="button"
              data-testid="dev-scan-sample"
              onClick={() => report(link.simScan(SAMPLE_CCCD_QR))}
            >
              {t('dev.scanSample')}
            </button>
            <button
              type="button"
              data-testid="dev-scan-malformed"
              onClick={() => report(link.simScan(MALFORMED_QR))}
            >
              {t('dev.scanMalformed')}
            </button>
          </div>
          <form
            className="dev__row"
            onSubmit={(event) => {
              event.preventDefault();
              report(link.simScan(data));
            }}
          >
            <input
              aria-label={t('dev.scanInput')}
              placeholder={t('dev.scanInput')}
              data-testid="dev-scan-input"
              value={data}
              onChange={(event) => setData(event.target.value)}
            />
            <button type="submit" data-testid="dev-scan-submit">
              {t('dev.scan')}
            </button>
          </form>
          <div className="dev__row" aria-label={t('dev.printer')}>
            {CONDITIONS.map((condition) => (
              <button
                key={condition}
                type="button"
                data-testid={`dev-printer-${condition}`}
                onClick={() => report(link.simPrinter(condition))}
              >
                {condition}
              </button>
            ))}
          </div>
          <p data-testid="dev-printer-status">
            {t('dev.lastPrinter', {
              state: printer?.state ?? t('dev.noPrinter'),
            })}
          </p>
          {(problem ?? lastRejected) !== null && (
            <p className="dev__problem">
              {t('dev.lastProblem', { problem: problem ?? lastRejected })}
            </p>
          )}
          <LastSlip printer={printer} />
        </div>
      )}
    </aside>
  );
}
