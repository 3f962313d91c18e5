/**
 * The one catalogue of log event ids. Each id is kebab-case and has a
 * one-line meaning for the person on call. Add here before logging anything.
 */
export const logEvents = {
  'service-listening': 'A process is listening and ready; url says where.',
  'service-stopping': 'A process was asked to stop and is shutting down.',
  'config-loaded': 'Configuration was read and validated at start.',
  'store-opened': 'The local store was opened and its durability checked.',
  'message-rejected': 'An incoming message failed its schema and was refused.',
  'client-refused': 'A connection was refused (origin, token or version).',
  'client-connected': 'A client connected to a local or central API.',
  'client-disconnected': 'A client went away.',
  'identity-read': 'A card or QR code was read and accepted.',
  'identity-rejected': 'A card or QR code was read but refused.',
  'dossier-code-scanned': 'A dossier code (a slip QR) was scanned.',
  'dossier-committed': 'A dossier was committed to the kiosk store.',
  'dossier-refused': 'A dossier submission was refused at intake.',
  'slip-printed': 'A slip was printed for a committed dossier.',
  'slip-print-failed': 'A committed dossier could not be printed.',
  'printer-status-changed': 'The receipt printer changed state.',
  'outbox-delivered': 'Central acknowledged an outbox item.',
  'outbox-retry': 'An outbox item will be retried after a delay.',
  'outbox-dead-lettered': 'Central refused an outbox item for good.',
  'central-connected': 'The agent is connected to central.',
  'central-disconnected': 'The agent lost its link to central.',
  'catalog-updated': 'A new procedure catalog was applied.',
  'dossier-received': 'Central stored a dossier delivered by a kiosk.',
  'dossier-duplicate': 'Central got a dossier it already had; acknowledged.',
  'heartbeat-received': 'Central got a kiosk heartbeat.',
  'session-ended': 'A resident session ended and its data was dropped.',
  'dossier-rejected':
    'Central refused a delivered dossier for good; the kiosk dead-letters it.',
  'dossier-store-failed':
    'Central could not store a delivered dossier; the kiosk will retry.',
  'store-write-failed':
    'Central could not write a non-critical record (such as last-seen).',
  'request-failed': 'An HTTP request failed inside central; answered 500.',
  'enrollment-token-issued':
    'Central issued a one-time enrollment token for a kiosk slot.',
  'kiosk-enrolled': 'A kiosk claimed its slot; its public key is now bound.',
  'kiosk-enroll-refused': 'Central refused an enrollment (token or key).',
  'kiosk-revoked': 'A kiosk key was revoked and its sockets were cut.',
  'kiosk-config-changed':
    'An admin changed a kiosk setting or its ward fee account; pushed.',
  'payee-selected':
    'The kiosk chose its fee account; payeeSource says whose (central, file).',
  'push-queued': 'Central appended items to kiosk push streams.',
  'push-failed':
    'A push item was refused or not acknowledged; the socket is cut.',
  'command-queued': 'A remote command was queued for a kiosk.',
  'command-finished': 'A remote command finished and its result was reported.',
  'blob-completed': 'Central holds a complete, hash-checked blob.',
  'blob-rejected': 'Central refused a blob chunk (offset, size or hash).',
  'kiosk-event-received': 'Central stored a health event from a kiosk.',
  enrolled: 'The kiosk claimed its slot at central with its key.',
  'enrollment-refused': 'Central refused the enrollment token or key.',
  'push-applied': 'An item of the central stream was applied.',
  'command-started': 'A remote command from central started.',
  'blob-uploaded': 'An attachment or upload reached central in full.',
  'kiosk-event-queued': 'A health change was queued for central.',
  'personal-data-purged': 'Central has a dossier; its personal data left.',
  'link-opened': 'A device link opened; bytes can flow.',
  'link-lost': 'A device link dropped; it will try again after retryInMs.',
  'link-watchdog-fired':
    'The watchdog found a serial device gone without a close event.',
  'link-closed': 'A device link was closed on purpose and stops retrying.',
  'device-health-changed':
    'A device role (printer, scanner) changed health; detail says why.',
  'device-discovery-issue':
    'Part of device discovery could not run (no udev, node-hid missing).',
  'staff-seeded': 'A staff account given at boot was created or updated.',
  'staff-dev-accounts':
    'Development staff accounts (password = username) were created; never in production.',
  'staff-open-reads':
    'No staff account exists: reads and /staff need no login (development only).',
  'staff-login': 'A staff member logged in, or a login was refused.',
  'staff-login-rate-limited':
    'Too many failed logins for a username from one address; refused unchecked.',
  'staff-logout': 'A staff member logged out; the session is deleted.',
  'staff-request-refused':
    'A staff request was refused: no session, wrong role or failed CSRF check.',
  'alert-opened': 'A kiosk alert opened (rule, severity, kiosk).',
  'alert-acknowledged': 'A staff member acknowledged a kiosk alert.',
  'alert-resolved':
    'A kiosk alert was resolved, by staff or because its condition cleared.',
  'case-opened': 'Central opened a case with a due moment for a dossier.',
  'case-status-changed': 'Staff moved a dossier case to another status.',
  'case-assigned': 'Staff assigned a dossier case to a civil servant.',
  'deadline-level-changed': 'A case entered another deadline level.',
  'notification-sent': 'A deadline notification went out through a channel.',
  'notification-failed':
    'A deadline notification could not be sent through a channel.',
  'notification-unrouted':
    'A case entered a level but nobody holds the role to tell; set ward roles.',
  'ward-roles-changed': 'An admin changed who heads a ward department.',
  'dossier-looked-up': 'A kiosk asked central for the status of a dossier.',
  'rating-received': 'Central stored a satisfaction rating from a kiosk.',
  'ticket-received': 'Central stored a queue ticket from a kiosk.',
  'dossier-lookup-answered':
    'The kiosk answered a dossier status lookup; source says from where.',
  'rating-queued': 'A satisfaction rating was stored for central.',
  'ticket-issued': 'A queue number or appointment was issued and stored.',
  'ticket-refused': 'A queue number or appointment was refused; code says why.',
  'help-requested': 'A resident asked for staff; an event is queued.',
  'service-request-refused':
    'A resident service request (lookup, rating, help) had bad input.',
  'cluster-joined':
    'Central joined the other nodes through Redis; node says which one it is.',
  'cluster-left': 'Central left the cluster on a clean stop.',
  'cluster-redis-lost':
    'Central lost its Redis link: other nodes stop seeing its kiosks until it is back.',
  'cluster-redis-back': 'Central reached Redis again after an outage.',
  'cluster-node-lost':
    'A central node stopped renewing its claim; its kiosks are shown offline.',
} as const;

export type LogEventId = keyof typeof logEvents;
