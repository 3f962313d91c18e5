import type { BlobRef, CommandName } from '@motcua/protocol';

export interface CommandOutcome {
  readonly ok: boolean;
  readonly detail?: string;
  readonly blob?: BlobRef;
}

/** What remote commands may touch; each one is a small function here. */
export interface CommandContext {
  printTestSlip(): Promise<CommandOutcome>;
  reloadPage(): number;
  reloadConfig(): string[];
  /** The newest part of the agent log. */
  recentLogs(): Buffer;
  captureScreenshot(): Promise<Buffer | string>;
  /** Keeps bytes for upload; returns their reference. */
  keepBlob(bytes: Buffer, mime: BlobRef['mime']): BlobRef;
}

/** Runs one command from central. Never throws: failures are outcomes. */
export async function runCommand(
  name: CommandName,
  context: CommandContext,
): Promise<CommandOutcome> {
  try {
    switch (name) {
      case 'printTestSlip':
        return await context.printTestSlip();
      case 'reloadPage': {
        const pages = context.reloadPage();
        return pages > 0
          ? { ok: true, detail: `reload sent to ${String(pages)} page(s)` }
          : { ok: false, detail: 'no kiosk page is connected' };
      }
      case 'reloadConfig': {
        const changed = context.reloadConfig();
        return {
          ok: true,
          detail:
            changed.length === 0
              ? 'configuration unchanged'
              : `changed: ${changed.join(', ')}`,
        };
      }
      case 'uploadLogs': {
        const logs = context.recentLogs();
        return {
          ok: true,
          detail: `${String(logs.length)} bytes of log`,
          blob: context.keepBlob(logs, 'text/plain'),
        };
      }
      case 'captureScreenshot': {
        const shot = await context.captureScreenshot();
        if (typeof shot === 'string') return { ok: false, detail: shot };
        return {
          ok: true,
          detail: 'screenshot of the kiosk page',
          blob: context.keepBlob(shot, 'image/png'),
        };
      }
      default: {
        const unhandled: never = name;
        return { ok: false, detail: `unknown command ${String(unhandled)}` };
      }
    }
  } catch (error) {
    return {
      ok: false,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
