import { err } from '@motcua/protocol';
import type { Command, Response } from './apdu';
import { decodeResponse, encodeCommand } from './apdu';
import type { SecureChannel } from './secure-messaging';
import type { ApduTransport, ChipResult } from './types';
import { chipError } from './types';

/**
 * Sends commands over a transport, plain or through secure messaging.
 * A transport that rejects instead of returning an error is treated the
 * same as one that reports `io`.
 */
export class CardLink {
  constructor(private readonly transport: ApduTransport) {}

  private async exchange(bytes: Uint8Array): Promise<ChipResult<Response>> {
    let answer;
    try {
      answer = await this.transport.transmit(bytes);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      return err(
        chipError('chip.transport', `transport failed: ${message}`, {
          cause: { code: 'io', message },
        }),
      );
    }
    if (!answer.ok) {
      return err(
        chipError('chip.transport', answer.error.message, {
          cause: answer.error,
        }),
      );
    }
    return decodeResponse(answer.value);
  }

  send(command: Command): Promise<ChipResult<Response>> {
    return this.exchange(encodeCommand(command));
  }

  async sendSecure(
    channel: SecureChannel,
    command: Command,
  ): Promise<ChipResult<Response>> {
    const answer = await this.exchange(channel.wrap(command));
    if (!answer.ok) return answer;
    // A card that drops secure messaging (e.g. 6987/6988) answers plain.
    if (answer.value.data.length === 0 && answer.value.sw !== 0x9000) {
      return err(
        chipError(
          'chip.sm_malformed',
          'card answered without secure messaging',
          { sw: answer.value.sw },
        ),
      );
    }
    return channel.unwrap(answer.value);
  }
}
