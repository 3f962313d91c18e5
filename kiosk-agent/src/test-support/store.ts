import { AttachmentVault } from '../store/attachment-vault';
import { DossierStore } from '../store/dossier-store';
import { Inbox } from '../store/inbox';
import { openStore } from '../store/open-store';
import { Outbox } from '../store/outbox';
import { loadSealer } from '../store/sealing';
import { tempDir } from './fixtures';

/** A full agent store in a fresh temp folder (or an existing one). */
export function newStore(dir = tempDir()) {
  const db = openStore(dir);
  const sealer = loadSealer(dir);
  const vault = new AttachmentVault(dir, sealer);
  const outbox = new Outbox(db);
  const inbox = new Inbox(db);
  const store = new DossierStore(db, sealer, vault, outbox, {
    agencyCode: '000.00.00.H29',
    sequenceBlock: 1,
  });
  return { dir, db, vault, outbox, inbox, store };
}

export function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
