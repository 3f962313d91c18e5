import type {
  BackoffOptions,
  ByteLink,
  LinkLogger,
  Scheduler,
} from '../transport';
import { openFileLink, openSerialLink, openTcpLink } from '../transport';
import type { LinkTarget } from './role-mapping';

/** Opens the byte link for a mapped role; tests may substitute it. */
export type LinkOpener = (target: LinkTarget) => ByteLink;

export interface LinkOpenerOptions {
  readonly reconnect?: BackoffOptions;
  readonly watchdogMs?: number;
  readonly scheduler?: Scheduler;
  readonly logger?: LinkLogger;
}

export function defaultLinkOpener(options: LinkOpenerOptions): LinkOpener {
  const shared = {
    reconnect: options.reconnect,
    scheduler: options.scheduler,
    logger: options.logger,
  };
  return (target) => {
    switch (target.kind) {
      case 'serial':
        return openSerialLink({
          ...shared,
          path: target.path,
          baudRate: target.baudRate,
          watchdogMs: options.watchdogMs,
        });
      case 'network':
        return openTcpLink({ ...shared, host: target.host, port: target.port });
      case 'file':
        return openFileLink({ ...shared, path: target.path });
      default: {
        const unreachable: never = target;
        return unreachable;
      }
    }
  };
}
