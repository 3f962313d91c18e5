import { useEffect, useRef } from 'react';
import type { Socket } from 'socket.io-client';
import type { StaffEvents } from '../../src/views';

/**
 * Calls `handler` for each `/staff` event of this name while mounted. The
 * latest handler is used without re-subscribing on every render.
 */
export function useSocketEvent<E extends keyof StaffEvents>(
  socket: Socket | undefined,
  event: E,
  handler: StaffEvents[E],
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (socket === undefined) return undefined;
    const listener = (...args: Parameters<StaffEvents[E]>) => {
      (latest.current as (...a: Parameters<StaffEvents[E]>) => void)(...args);
    };
    socket.on(event as string, listener as never);
    return () => {
      socket.off(event as string, listener as never);
    };
  }, [socket, event]);
}
