import type { Procedure, ProtocolError } from '@motcua/protocol';
import type {
  AttachEvent,
  HeldAttachment,
  HeldAttachments,
  ScanOutcome,
} from '../types';

export type AttachmentRequirement = Procedure['attachments'][number];

export interface AttachmentsInput {
  readonly requirements: readonly AttachmentRequirement[];
  /** What was scanned before (back from review): kept, not scanned again. */
  readonly held: HeldAttachments;
}

/** A scan failed; the message is shown beside that document. */
export interface ScanProblem {
  readonly requirementId: string;
  readonly error: ProtocolError;
}

export interface AttachmentsContext {
  readonly requirements: readonly AttachmentRequirement[];
  readonly held: HeldAttachments;
  /** The document on the glass right now. */
  readonly scanning: string | null;
  /** A blank-looking scan waiting for "keep" or "retake". */
  readonly pending: HeldAttachment | null;
  readonly problem: ScanProblem | null;
  /** Required documents still missing when "next" was tapped. */
  readonly missing: readonly string[];
  readonly direction: 'next' | 'back';
}

export interface AttachmentsOutput {
  readonly direction: 'next' | 'back';
  readonly held: HeldAttachments;
}

export type { AttachEvent, ScanOutcome };
