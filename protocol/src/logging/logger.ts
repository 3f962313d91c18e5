import type { LogEventId } from './events';
import { logEvents } from './events';
import { redact } from './redact';

export type Disposition = 'success' | 'failure' | 'n/a';

export interface Logger {
  log(
    event: LogEventId,
    disposition: Disposition,
    fields?: Record<string, unknown>,
  ): void;
}

export interface LoggerOptions {
  readonly source: string;
  /** Receives one JSON line per event, newline included. */
  readonly write: (line: string) => void;
  readonly now?: () => Date;
}

/** JSON-lines logger; every field passes through `redact` first. */
export function createLogger(options: LoggerOptions): Logger {
  const now = options.now ?? (() => new Date());
  return {
    log(event, disposition, fields = {}) {
      const line: Record<string, unknown> = {
        time: now().toISOString(),
        source: options.source,
        event,
        disposition,
        meaning: logEvents[event],
      };

      // A field named like one of the above must not hide the real event.
      const redacted = redact(fields) as Record<string, unknown>;
      for (const [key, value] of Object.entries(redacted)) {
        if (!Object.hasOwn(line, key)) line[key] = value;
      }

      options.write(`${JSON.stringify(line)}\n`);
    },
  };
}
