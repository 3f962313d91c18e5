import type { CentralPush, Logger } from '@motcua/protocol';
import type { CommandContext, CommandOutcome } from './commands/run-command';
import { runCommand } from './commands/run-command';
import type { RuntimeSettings } from './config';
import type { PayeeCandidates } from './payee';
import { usePayee } from './payee';
import type { Inbox } from './store/inbox';
import type { Db } from './store/open-store';
import type { Outbox } from './store/outbox';

export interface PushDeps {
  readonly db: Db;
  readonly inbox: Inbox;
  readonly outbox: Outbox;
  readonly settings: RuntimeSettings;
  /** Where a fee account can come from, central's as last applied. */
  readonly payees: () => PayeeCandidates;
  readonly commands: CommandContext;
  /** Something was queued for central. */
  readonly wake: () => void;
  readonly now: () => Date;
  readonly logger: Logger;
}

/** Finishes a command and queues its result, in one transaction. */
function recordResult(
  deps: PushDeps,
  commandId: string,
  outcome: CommandOutcome,
): void {
  const record = deps.db.transaction(() => {
    deps.inbox.finishCommand(
      commandId,
      outcome.ok ? 'done' : 'failed',
      deps.now(),
    );
    deps.outbox.enqueue('command.result', commandId, deps.now(), {
      commandId,
      ok: outcome.ok,
      ...(outcome.detail === undefined ? {} : { detail: outcome.detail }),
      ...(outcome.blob === undefined ? {} : { blob: outcome.blob }),
    });
  });
  record();
}

/**
 * Commands that a crash cut off: reported as failed, never run again. Call
 * once at start, before central's stream is applied.
 */
export function failInterruptedCommands(deps: PushDeps): void {
  for (const command of deps.inbox.unfinishedCommands()) {
    recordResult(deps, command.id, {
      ok: false,
      detail: 'interrupted by a restart of the agent; not run again',
    });
  }
}

/**
 * Applies one item of central's stream: data items are stored with their
 * sequence number; a command is recorded, run, and its result queued.
 */
export function pushApplier(deps: PushDeps) {
  return async ({ seq, item }: CentralPush): Promise<void> => {
    if (!deps.inbox.apply(seq, item, deps.now())) return;
    deps.logger.log('push-applied', 'success', { seq, kind: item.kind });
    if (item.kind === 'config') {
      deps.settings.wardName = item.config.wardName;
      deps.settings.retentionDays = item.config.retentionDays;
      deps.settings.idleTimeoutSeconds = item.config.idleTimeoutSeconds;
      // Central's payee wins; without one, the settings file's is back.
      usePayee(deps.settings, deps.payees(), deps.logger, 'centralConfig');
    }
    if (item.kind !== 'command') return;

    deps.logger.log('command-started', 'n/a', { name: item.name, seq });
    const outcome = await runCommand(item.name, deps.commands);
    recordResult(deps, item.commandId, outcome);
    deps.logger.log('command-finished', outcome.ok ? 'success' : 'failure', {
      name: item.name,
      detail: outcome.detail,
    });
    deps.wake();
  };
}
