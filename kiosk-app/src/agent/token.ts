/** Placeholder the agent replaces with its per-boot token when serving. */
export const TOKEN_PLACEHOLDER = '__MOTCUA_AGENT_TOKEN__';

/** The agent token from the page's meta tag; empty when not served by it. */
export function readAgentToken(doc: Document): string {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[name="motcua-agent-token"]',
  );
  const token = meta?.content ?? '';
  return token === TOKEN_PLACEHOLDER ? '' : token;
}
