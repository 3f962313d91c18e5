import { useCallback, useEffect, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import type { CommandRecord } from '../../src/store/types';
import type { KioskDetailView } from '../../src/views';
import type { Api } from './api';
import { errorCode } from './api';
import { useSocketEvent } from './use-socket-event';

export type DetailState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly code: string }
  | { readonly kind: 'ready'; readonly detail: KioskDetailView };

/** Changes about this kiosk within this window cause one reload. */
const RELOAD_DELAY_MS = 300;

/** Puts a changed command in the list, newest first. */
export function applyCommand(
  commands: readonly CommandRecord[],
  command: CommandRecord,
): CommandRecord[] {
  const others = commands.filter((c) => c.commandId !== command.commandId);
  return [command, ...others].sort((a, b) =>
    b.issuedAt.localeCompare(a.issuedAt),
  );
}

/**
 * `GET /api/kiosks/:id`, read again (once per burst) when an event, alert
 * or command of this kiosk comes in; command changes apply at once.
 */
export function useKioskDetail(
  api: Api,
  socket: Socket | undefined,
  kioskId: string,
): DetailState {
  const [state, setState] = useState<DetailState>({ kind: 'loading' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(() => {
    api
      .get<KioskDetailView>(`/api/kiosks/${encodeURIComponent(kioskId)}`)
      .then((detail) => setState({ kind: 'ready', detail }))
      .catch((failure: unknown) =>
        setState({ kind: 'failed', code: errorCode(failure) }),
      );
  }, [api, kioskId]);

  const reloadSoon = useCallback(() => {
    timer.current ??= setTimeout(() => {
      timer.current = undefined;
      load();
    }, RELOAD_DELAY_MS);
  }, [load]);

  useEffect(() => {
    setState({ kind: 'loading' });
    load();
    return () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [load]);

  useSocketEvent(socket, 'kiosk.event', (event) => {
    if (event.kioskId === kioskId) reloadSoon();
  });
  useSocketEvent(socket, 'alert.updated', (alert) => {
    if (alert.kioskId === kioskId) reloadSoon();
  });
  useSocketEvent(socket, 'command.updated', (command) => {
    if (command.kioskId !== kioskId) return;
    setState((current) =>
      current.kind === 'ready'
        ? {
            kind: 'ready',
            detail: {
              ...current.detail,
              commands: applyCommand(current.detail.commands, command),
            },
          }
        : current,
    );
    // A finished screenshot or log upload changes the latest blobs.
    if (command.status === 'done' && command.blob !== null) reloadSoon();
  });
  return state;
}
