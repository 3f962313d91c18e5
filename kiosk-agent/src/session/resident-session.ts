import type { ProtocolError, Result } from '@motcua/protocol';
import { err, ok, protocolError } from '@motcua/protocol';
import { createHash, randomUUID } from 'node:crypto';
import type { NewAttachment } from '../store/dossier-store';

export interface HeldDocument {
  readonly attachmentId: string;
  readonly requirementId: string;
  readonly sha256: string;
  readonly mime: NewAttachment['mime'];
  readonly bytes: Buffer;
}

/** No resident keeps more than this many scans in one session. */
export const MAX_HELD_DOCUMENTS = 20;

/**
 * What the agent holds for the resident at the kiosk: scanned documents not
 * yet part of a dossier. Memory only, never disk; `end()` drops it all.
 */
export class ResidentSession {
  private documents = new Map<string, HeldDocument>();

  hold(
    requirementId: string,
    bytes: Buffer,
    mime: NewAttachment['mime'],
  ): Result<HeldDocument, ProtocolError> {
    if (this.documents.size >= MAX_HELD_DOCUMENTS) {
      return err(
        protocolError(
          'session.too_many_documents',
          `At most ${String(MAX_HELD_DOCUMENTS)} documents per session`,
        ),
      );
    }
    const held: HeldDocument = {
      attachmentId: randomUUID(),
      requirementId,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      mime,
      bytes,
    };
    this.documents.set(held.attachmentId, held);
    return ok(held);
  }

  /** The documents a dossier refers to, or the first one that is unknown. */
  take(
    choices: readonly { requirementId: string; attachmentId: string }[],
  ): Result<NewAttachment[], ProtocolError> {
    const chosen: NewAttachment[] = [];
    for (const [index, choice] of choices.entries()) {
      const held = this.documents.get(choice.attachmentId);
      if (held === undefined) {
        return err(
          protocolError(
            'attachment.unknown',
            'A document is no longer held; scan it again',
            `attachments.${String(index)}.attachmentId`,
          ),
        );
      }
      chosen.push({
        requirementId: choice.requirementId,
        bytes: held.bytes,
        mime: held.mime,
      });
    }
    return ok(chosen);
  }

  heldCount(): number {
    return this.documents.size;
  }

  end(): void {
    for (const held of this.documents.values()) held.bytes.fill(0);
    this.documents = new Map();
  }
}
