import { PROTOCOL_VERSION } from '@motcua/protocol';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';

/**
 * The smallest kiosk page, in `root/page`: the agent writes its per-boot
 * token into it, which is all a test needs to speak to the agent as the
 * page does.
 */
export function tokenPageDir(root: string): string {
  const dir = join(root, 'page');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta name="motcua-agent-token" ' +
      'content="__MOTCUA_AGENT_TOKEN__"><title>kiosk</title>\n',
  );
  return dir;
}

/** A kiosk-page connection to the agent at `url`, as the served page makes it. */
export async function connectAsPage(url: string): Promise<Socket> {
  const html = await (await fetch(`${url}/`)).text();
  const token = /name="motcua-agent-token" content="([^"]+)"/.exec(html)?.[1];
  if (token === undefined) throw new Error('the agent served no page token');
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { origin: url },
    auth: { token, protocolVersion: PROTOCOL_VERSION },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('agent.hello', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}
