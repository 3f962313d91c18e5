export { AttachmentVault } from './attachment-vault';
export type { NewAttachment, NewDossier, SlipView } from './dossier-store';
export { DossierStore } from './dossier-store';
export { Inbox } from './inbox';
export { openStore } from './open-store';
export { Outbox } from './outbox';
export { loadSealer } from './sealing';
export { TicketStore } from './ticket-store';
