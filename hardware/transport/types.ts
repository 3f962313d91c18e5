/**
 * A byte link to one device: a serial port, a TCP socket (printer port
 * 9100) or a `/dev/usb/lp*` file. Device drivers speak ESC/POS or scanner
 * framing over it and never see the transport.
 */

export type LinkState =
  | { readonly state: 'connecting' }
  | { readonly state: 'open' }
  /** The device went away; the link is trying to get it back. */
  | {
      readonly state: 'lost';
      readonly reason: string;
      readonly retryInMs: number;
    }
  | { readonly state: 'closed' };

export type LinkErrorCode =
  /** Not open right now (unplugged, reconnecting). */
  | 'disconnected'
  /** The write did not finish in time. */
  | 'timeout'
  /** The operating system refused (permissions, bad path, EIO). */
  | 'io';

export interface LinkError {
  readonly code: LinkErrorCode;
  readonly message: string;
}

export type LinkResult =
  { readonly ok: true } | { readonly ok: false; readonly error: LinkError };

export interface ByteLink {
  /** What this link is, for logs and health: `serial:/dev/serial/by-id/…`. */
  readonly description: string;
  write(bytes: Uint8Array): Promise<LinkResult>;
  /** Bytes from the device, in order, as they arrive. Returns unsubscribe. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  /** Every state change. Returns unsubscribe. */
  onState(listener: (state: LinkState) => void): () => void;
  state(): LinkState;
  close(): Promise<void>;
}
