import { useCallback, useEffect, useState } from 'react';
import type { Socket } from 'socket.io-client';
import type { NotificationView } from '../../src/views';
import type { Api } from './api';
import { useSocketEvent } from './use-socket-event';

export interface Inbox {
  readonly notifications: readonly NotificationView[];
  readonly unread: number;
  markRead(id: string): void;
}

/**
 * The logged-in user's notifications: `GET /api/inbox`, then those of
 * `notification.new` addressed to this user. Empty without a user.
 */
export function useInbox(
  api: Api,
  socket: Socket | undefined,
  username: string | undefined,
): Inbox {
  const [notifications, setNotifications] = useState<
    readonly NotificationView[]
  >([]);

  useEffect(() => {
    setNotifications([]);
    if (username === undefined) return undefined;
    let cancelled = false;
    api
      .get<{ notifications: NotificationView[] }>('/api/inbox')
      .then((body) => {
        if (!cancelled) setNotifications(body.notifications);
      })
      // An inbox that cannot load stays empty; the deadline board still works.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [api, username]);

  useSocketEvent(socket, 'notification.new', (notification) => {
    if (notification.recipient !== username) return;
    setNotifications((current) => [
      notification,
      ...current.filter((n) => n.id !== notification.id),
    ]);
  });

  const markRead = useCallback(
    (id: string) => {
      const readAt = new Date().toISOString();
      setNotifications((current) =>
        current.map((n) => (n.id === id ? { ...n, readAt } : n)),
      );
      // Unread again if central did not take it.
      api.post(`/api/inbox/${encodeURIComponent(id)}/read`).catch(() => {
        setNotifications((current) =>
          current.map((n) => (n.id === id ? { ...n, readAt: null } : n)),
        );
      });
    },
    [api],
  );

  const unread = notifications.filter((n) => n.readAt === null).length;
  return { notifications, unread, markRead };
}
