import { useState } from 'react';
import type { CommandName } from '@motcua/protocol';
import type { CommandRecord } from '../../src/store/types';
import type { Api } from './api';
import { errorCode } from './api';
import { formatDateTime } from './format';
import type { Translate } from './i18n';

export const COMMANDS: readonly CommandName[] = [
  'printTestSlip',
  'reloadPage',
  'reloadConfig',
  'uploadLogs',
  'captureScreenshot',
];

interface KioskCommandsProps {
  readonly kioskId: string;
  readonly commands: readonly CommandRecord[];
  /** Undefined for viewers: no buttons, the list only. */
  readonly api: Api | undefined;
  readonly t: Translate;
}

type Sent =
  | {
      readonly kind: 'sent';
      readonly name: CommandName;
      readonly commandId: string;
    }
  | {
      readonly kind: 'refused';
      readonly name: CommandName;
      readonly code: string;
    };

/** Remote commands: buttons for operators, the result, recent commands. */
export function KioskCommands(props: KioskCommandsProps) {
  const { kioskId, commands, api, t } = props;
  const [sent, setSent] = useState<Sent | undefined>();

  const send = (name: CommandName) => {
    if (api === undefined) return;
    api
      .post<{ commandId: string }>(
        `/api/kiosks/${encodeURIComponent(kioskId)}/commands`,
        { name },
      )
      .then(({ commandId }) => setSent({ kind: 'sent', name, commandId }))
      .catch((failure: unknown) =>
        setSent({ kind: 'refused', name, code: errorCode(failure) }),
      );
  };
  const latest =
    sent?.kind === 'sent'
      ? commands.find((c) => c.commandId === sent.commandId)
      : undefined;

  return (
    <section className="detail-block" aria-labelledby="commands-title">
      <h3 id="commands-title">{t('detail.commands')}</h3>
      {api === undefined ? (
        <p className="muted">{t('detail.viewerNoCommands')}</p>
      ) : (
        <div className="command-buttons" data-testid="command-buttons">
          {COMMANDS.map((name) => (
            <button
              key={name}
              type="button"
              className="secondary-button"
              data-testid={`command-${name}`}
              onClick={() => send(name)}
            >
              {t(`command.${name}`)}
            </button>
          ))}
        </div>
      )}
      <p className="command-result" role="status" aria-live="polite">
        {sent?.kind === 'refused' ? (
          <span data-testid="command-result" data-status="refused">
            {t('detail.commandRefused', {
              command: t(`command.${sent.name}`),
              code: sent.code,
            })}
          </span>
        ) : latest !== undefined ? (
          <span data-testid="command-result" data-status={latest.status}>
            {t(`commandResult.${latest.status}`, {
              command: t(`command.${latest.name}`),
              detail: latest.detail ?? '',
            })}
          </span>
        ) : sent?.kind === 'sent' ? (
          <span data-testid="command-result" data-status="queued">
            {t('commandResult.queued', {
              command: t(`command.${sent.name}`),
              detail: '',
            })}
          </span>
        ) : null}
      </p>
      {commands.length === 0 ? (
        <p className="empty">{t('detail.noCommands')}</p>
      ) : (
        <table className="data-table compact" data-testid="command-table">
          <thead>
            <tr>
              <th scope="col">{t('detail.command')}</th>
              <th scope="col">{t('detail.commandStatus')}</th>
              <th scope="col">{t('detail.issuedAt')}</th>
              <th scope="col">{t('detail.finishedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((command) => (
              <tr key={command.commandId} data-status={command.status}>
                <td>{t(`command.${command.name}`)}</td>
                <td>
                  {t(`commandStatus.${command.status}`)}
                  {command.detail === null ? null : (
                    <div className="muted small">{command.detail}</div>
                  )}
                </td>
                <td>{formatDateTime(command.issuedAt)}</td>
                <td>
                  {command.finishedAt === null
                    ? '—'
                    : formatDateTime(command.finishedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
