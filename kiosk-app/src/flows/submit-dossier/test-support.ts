import type {
  DossierReceipt,
  FormField,
  Identity,
  Procedure,
  ProtocolError,
} from '@motcua/protocol';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { attachmentsMachine } from './attachments/machine';
import { submitDossierMachine } from './machine';
import type {
  CatalogOutcome,
  ScanOutcome,
  SubmitDossierEvent,
  SubmitInput,
  SubmitOutcome,
} from './types';

export const sampleIdentity: Identity = {
  idNumber: '079090001234',
  oldIdNumber: '025123456',
  fullName: 'NGUYỄN VĂN AN',
  dateOfBirth: '1990-03-15',
  sex: 'male',
  address: '12 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh',
  issueDate: '2021-05-01',
};

export const fullNameField: FormField = {
  id: 'fullName',
  kind: 'text',
  label: { vi: 'Họ và tên', en: 'Full name' },
  required: true,
  maxLength: 100,
  prefill: 'fullName',
};

export const dateOfBirthField: FormField = {
  id: 'dateOfBirth',
  kind: 'date',
  label: { vi: 'Ngày sinh', en: 'Date of birth' },
  required: true,
  maxLength: 10,
  prefill: 'dateOfBirth',
};

export const phoneField: FormField = {
  id: 'phone',
  kind: 'phone',
  label: { vi: 'Số điện thoại', en: 'Phone number' },
  required: true,
  maxLength: 10,
};

export const residenceConfirmation: Procedure = {
  id: 'residence-confirmation',
  code: '1.004194',
  category: 'residence',
  name: { vi: 'Xác nhận thông tin về cư trú', en: 'Residence confirmation' },
  processingDays: 3,
  feeVnd: 0,
  attachments: [],
  fields: [fullNameField, dateOfBirthField, phoneField],
};

/** A procedure with a fee, documents, an optional phone and a ward. */
export const temporaryResidence: Procedure = {
  id: 'temporary-residence',
  code: '1.004194',
  category: 'residence',
  name: { vi: 'Đăng ký tạm trú', en: 'Temporary residence registration' },
  processingDays: 3,
  feeVnd: 15_000,
  fields: [
    fullNameField,
    { ...phoneField, required: false },
    {
      id: 'newWard',
      kind: 'ward',
      label: { vi: 'Phường, xã', en: 'Ward or commune' },
      required: true,
      maxLength: 5,
    },
  ],
  attachments: [
    {
      id: 'proofOfResidence',
      label: { vi: 'Giấy tờ chỗ ở', en: 'Proof of residence' },
      required: true,
    },
    {
      id: 'ownerConsent',
      label: { vi: 'Ý kiến chủ nhà', en: 'Owner’s consent' },
      required: false,
    },
  ],
};

/** What the agent answers to `document.scan`: a page, blank or not. */
export function scannedPage(
  requirementId: string,
  options: { blank?: boolean; id?: number } = {},
): ScanOutcome {
  const id = String(options.id ?? 1).padStart(12, '0');
  return {
    ok: true,
    attachment: {
      attachmentId: `0193a8f0-7c1e-7b3a-9f00-${id}`,
      requirementId,
      sha256: 'a'.repeat(64),
      size: 1234,
      mime: 'image/png',
      pages: 1,
      blank: options.blank ?? false,
      preview: 'data:image/jpeg;base64,AAAA',
    },
  };
}

export const sampleReceipt: DossierReceipt = {
  dossierId: '0193a8f0-7c1e-7b3a-9f00-1234567890ab',
  dossierCode: '000.00.00.H29-261203-0001',
  receivedAt: '2026-12-03T06:30:00.000Z',
  returnDate: '2026-12-08',
  print: 'printed',
};

export const refusedPhone: ProtocolError = {
  code: 'invalid_format',
  message: 'fields.phone is not a mobile number',
  field: 'fields.phone',
};

interface HarnessOptions {
  readonly submit?: (
    input: SubmitInput,
  ) => SubmitOutcome | Promise<SubmitOutcome>;
  /** The agent's answer to each scan; a printed page by default. */
  readonly scan?: (requirementId: string) => ScanOutcome;
}

/** The flow with stubbed actors, a simulated clock and a log of effects. */
export function startFlow(options: HarnessOptions = {}) {
  const clock = new SimulatedClock();
  const submitted: SubmitInput[] = [];
  const scans: string[] = [];
  let scanCount = 0;
  const scan =
    options.scan ??
    ((requirementId: string) => {
      scanCount += 1;
      return scannedPage(requirementId, { id: scanCount });
    });
  let sessionsEnded = 0;
  const submit =
    options.submit ??
    ((): SubmitOutcome => ({ kind: 'accepted', receipt: sampleReceipt }));

  const machine = submitDossierMachine.provide({
    actors: {
      loadCatalog: fromPromise<CatalogOutcome>(async () => ({
        ok: true,
        procedures: [residenceConfirmation, temporaryResidence],
      })),
      collectAttachments: attachmentsMachine.provide({
        actors: {
          scanDocument: fromPromise<ScanOutcome, { requirementId: string }>(
            async ({ input }) => {
              scans.push(input.requirementId);
              return scan(input.requirementId);
            },
          ),
        },
      }),
      submitDossier: fromPromise<SubmitOutcome, SubmitInput>(
        async ({ input }) => {
          submitted.push(input);
          return submit(input);
        },
      ),
    },
    actions: {
      endAgentSession: () => {
        sessionsEnded += 1;
      },
    },
  });
  const actor = createActor(machine, { clock });
  actor.start();

  return {
    actor,
    clock,
    submitted,
    scans,
    sessionsEnded: () => sessionsEnded,
    send: (event: SubmitDossierEvent) => actor.send(event),
    snapshot: () => actor.getSnapshot(),
  };
}

export type Flow = ReturnType<typeof startFlow>;

/** Lets promise actors settle; no time passes on the simulated clock. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

/** Drives a flow from the attract screen to a filled form. */
export async function reachForm(
  flow: Flow,
  procedureId = 'residence-confirmation',
): Promise<void> {
  flow.send({ type: 'resident.start' });
  flow.send({ type: 'resident.chooseLanguage', language: 'vi' });
  flow.send({ type: 'resident.chooseService', service: 'submit' });
  flow.send({ type: 'identity.read', source: 'qr', identity: sampleIdentity });
  await settle();
  flow.send({ type: 'resident.chooseProcedure', procedureId });
}
