import { DOSSIER_CODE_PATTERN } from '@motcua/protocol';
import type { VirtualPrinter } from '@motcua/hardware/receipt-printer';
import {
  decodeEscPos,
  startVirtualPrinter,
} from '@motcua/hardware/receipt-printer';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import type { RunningService } from '../services';
import { startService } from '../services';
import { connectAsPage } from '../e2e/page-socket';
import { catalogApplied, enrollmentEnv, waitForLog } from '../e2e/system';

export const SAMPLE_APPLICANT = {
  idNumber: '079090001234',
  fullName: 'NGUYỄN VĂN AN',
  dateOfBirth: '1990-03-15',
  sex: 'male' as const,
  address: '12 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh',
};

/**
 * Central and one agent as real processes, with the receipt printer living
 * in the test process so that it survives the agent being killed: what it
 * received is what a resident took home.
 */
export class KioskHarness {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'motcua-fault-'));
  private readonly enrollment = enrollmentEnv();
  central: RunningService | undefined;
  agent: RunningService | undefined;
  printer: VirtualPrinter | undefined;

  async startCentral(
    port = 0,
    env: Record<string, string> = {},
  ): Promise<RunningService> {
    this.central = await startService({
      name: 'central',
      entry: 'central/src/main.ts',
      env: {
        MOTCUA_CENTRAL_PORT: String(port),
        MOTCUA_CENTRAL_DATA: join(this.dataDir, 'central'),
        ...this.enrollment.central,
        ...env,
      },
    });
    return this.central;
  }

  async startAgent(
    centralUrl: string,
    env: Record<string, string> = {},
    dataName = 'agent',
  ): Promise<RunningService> {
    this.printer ??= await startVirtualPrinter({ port: 0 });
    this.agent = await startService({
      name: 'agent',
      entry: 'kiosk-agent/src/main.ts',
      env: {
        MOTCUA_CENTRAL_URL: centralUrl,
        MOTCUA_AGENT_PORT: '0',
        MOTCUA_AGENT_DATA: join(this.dataDir, dataName),
        MOTCUA_SIMULATOR: '1',
        MOTCUA_SIM_FAST: '1',
        MOTCUA_PRINTER_HOST: '127.0.0.1',
        MOTCUA_PRINTER_PORT: String(this.printer.port),
        ...this.enrollment.agent,
        ...env,
      },
    });
    return this.agent;
  }

  /** Resolves once the agent holds a procedure catalog. */
  async catalogReady(): Promise<void> {
    if (this.agent === undefined) throw new Error('no agent');
    await waitForLog(this.agent, catalogApplied);
  }

  /** A kiosk-page connection to the agent, as the served page makes it. */
  async page(): Promise<Socket> {
    if (this.agent === undefined) throw new Error('no agent');
    return connectAsPage(this.agent.url);
  }

  /** Asks central (open-admin mode) to send a command to the kiosk. */
  async command(name: string): Promise<string> {
    if (this.central === undefined) throw new Error('no central');
    const response = await fetch(
      `${this.central.url}/api/kiosks/KIOSK-DEV-01/commands`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      },
    );
    const body = (await response.json()) as { commandId?: string };
    if (body.commandId === undefined) {
      throw new Error(`command refused: ${JSON.stringify(body)}`);
    }
    return body.commandId;
  }

  /**
   * Dossier codes on every slip the printer received, in order. A slip with
   * a fee also carries a VietQR payment code, which is not a dossier code.
   */
  printedCodes(): string[] {
    return (this.printer?.jobs() ?? [])
      .flatMap((job) => decodeEscPos(job.bytes).qrCodes)
      .filter((code) => DOSSIER_CODE_PATTERN.test(code));
  }

  /** Codes central holds, one entry per stored dossier. */
  async centralCodes(): Promise<string[]> {
    if (this.central === undefined) throw new Error('no central');
    const response = await fetch(`${this.central.url}/api/dossiers`);
    const rows = (await response.json()) as { code: string }[];
    return rows.map((row) => row.code);
  }

  async stop(): Promise<void> {
    await this.agent?.stop();
    await this.central?.stop();
    await this.printer?.close();
  }
}

export function submission(requestId: string, extra: object = {}) {
  return {
    requestId,
    procedureId: 'residence-confirmation',
    language: 'vi',
    applicant: SAMPLE_APPLICANT,
    fields: {
      fullName: SAMPLE_APPLICANT.fullName,
      idNumber: SAMPLE_APPLICANT.idNumber,
      dateOfBirth: SAMPLE_APPLICANT.dateOfBirth,
      sex: SAMPLE_APPLICANT.sex,
      address: SAMPLE_APPLICANT.address,
    },
    ...extra,
  };
}
