import type { ProtocolError } from '@motcua/protocol';

/**
 * The sentence for a failed lookup, in the `app` namespace. The agent says
 * `not_found` and `central_unreachable`; a code that is not a dossier code
 * is `invalid_format` (from the kiosk or the agent's schema check).
 */
export function lookupErrorKey(error: ProtocolError): string {
  switch (error.code) {
    case 'not_found':
      return 'lookup.errors.notFound';
    case 'central_unreachable':
      return 'lookup.errors.centralUnreachable';
    case 'invalid_format':
      return 'lookup.errors.malformed';
    case 'agent_unreachable':
      return 'lookup.errors.agentUnreachable';
    default:
      return 'lookup.errors.other';
  }
}
