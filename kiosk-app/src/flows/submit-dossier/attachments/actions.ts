import { missingRequired } from '../../../intake-checks';
import type { HeldAttachment, ScanOutcome } from '../types';
import type { AttachmentsContext } from './types';

type Context = AttachmentsContext;

/** The agent's answer as the flow keeps it; a failure has no attachment. */
export function heldFrom(outcome: ScanOutcome): HeldAttachment | null {
  if (!outcome.ok) return null;
  const { attachment } = outcome;
  return {
    requirementId: attachment.requirementId,
    attachmentId: attachment.attachmentId,
    pages: attachment.pages,
    blank: attachment.blank,
    preview: attachment.preview ?? null,
  };
}

export function withScanStarted(context: Context, requirementId: string) {
  return {
    ...context,
    scanning: requirementId,
    pending: null,
    problem: null,
    missing: context.missing.filter((id) => id !== requirementId),
  };
}

/** A scan kept: it replaces any earlier scan of the same document. */
export function withKept(context: Context, held: HeldAttachment): Context {
  return {
    ...context,
    held: { ...context.held, [held.requirementId]: held },
    scanning: null,
    pending: null,
    problem: null,
  };
}

export function withRemoved(context: Context, requirementId: string): Context {
  return {
    ...context,
    held: Object.fromEntries(
      Object.entries(context.held).filter(([id]) => id !== requirementId),
    ),
    problem: null,
  };
}

export function missingOf(context: Context): string[] {
  return missingRequired(
    context.requirements,
    new Set(Object.keys(context.held)),
  );
}

export function isRequirement(context: Context, requirementId: string) {
  return context.requirements.some((r) => r.id === requirementId);
}
