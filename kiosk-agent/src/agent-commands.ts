import type { BlobRef, Logger } from '@motcua/protocol';
import { encodeSlip } from '@motcua/hardware/receipt-printer';
import type { CommandContext } from './commands/run-command';
import { captureKioskPage } from './commands/screenshot';
import type { RuntimeSettings } from './config';
import { readSettingsFile } from './config';
import type { PayeeCandidates } from './payee';
import { usePayee } from './payee';
import type { Devices } from './devices';
import type { LocalApi } from './local-api/local-api';
import type { FileSink } from './logs/file-sink';
import { translate } from './printing/slip-text';
import type { AttachmentVault } from './store/attachment-vault';

/** Bytes of log sent by `uploadLogs`. */
export const LOG_UPLOAD_BYTES = 256 * 1024;

export function commandContext(deps: {
  readonly devices: Devices;
  /** The page reloads: whatever the agent held for it goes too. */
  readonly endSession: () => void;
  readonly api: () => LocalApi;
  readonly logs: FileSink;
  readonly vault: AttachmentVault;
  readonly settings: RuntimeSettings;
  readonly settingsFile: string | undefined;
  /** The fee accounts on offer, with the settings file's as given. */
  readonly payees: (
    settingsFile: PayeeCandidates['settingsFile'],
  ) => PayeeCandidates;
  readonly cdpUrl: string | undefined;
  readonly kioskId: () => string;
  readonly now: () => Date;
  readonly logger: Logger;
}): CommandContext {
  return {
    async printTestSlip() {
      const t = (key: string) => translate('vi', 'slip', key);
      const result = await deps.devices.printer.print(
        encodeSlip(
          {
            header: [deps.settings.wardName.toUpperCase()],
            title: t('testTitle'),
            code: deps.kioskId(),
            rows: [{ label: 'Thời điểm', value: deps.now().toISOString() }],
            qr: deps.kioskId(),
            footer: ['motcua'],
          },
          deps.devices.profile,
        ),
      );
      return result.ok
        ? { ok: true, detail: 'test slip printed' }
        : {
            ok: false,
            detail: `${result.error.code}: ${result.error.message}`,
          };
    },
    reloadPage() {
      const pages = deps.api().clients();
      deps.endSession();
      deps.api().emit('page.reload', {});
      return pages;
    },
    reloadConfig() {
      const next = readSettingsFile(deps.settingsFile);
      const changed: string[] = [];
      if (
        next.wardName !== undefined &&
        next.wardName !== deps.settings.wardName
      ) {
        deps.settings.wardName = next.wardName;
        changed.push('wardName');
      }
      if (
        next.retentionDays !== undefined &&
        next.retentionDays !== deps.settings.retentionDays
      ) {
        deps.settings.retentionDays = next.retentionDays;
        changed.push('retentionDays');
      }
      if (
        next.appointmentsPerSlot !== undefined &&
        next.appointmentsPerSlot !== deps.settings.appointmentsPerSlot
      ) {
        deps.settings.appointmentsPerSlot = next.appointmentsPerSlot;
        changed.push('appointmentsPerSlot');
      }
      // The file's account is used only while central has set none.
      const payees = deps.payees(next.payee);
      if (usePayee(deps.settings, payees, deps.logger, 'reloadConfig')) {
        changed.push('payee');
      }
      deps.logger.log('config-loaded', 'success', { changed });
      return changed;
    },
    recentLogs() {
      return deps.logs.tail(LOG_UPLOAD_BYTES);
    },
    captureScreenshot() {
      return captureKioskPage(deps.cdpUrl, deps.api().url);
    },
    keepBlob(bytes: Buffer, mime: BlobRef['mime']): BlobRef {
      const stored = deps.vault.put(bytes);
      return { sha256: stored.sha256, size: stored.size, mime };
    },
  };
}
