import { createClient } from 'redis';
import type { Logger } from '@motcua/protocol';

const START_TRIES = 3;

function openClient(
  url: string,
  reconnectStrategy: (retries: number, cause: Error) => number | Error,
) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy },
  });
}

export type RedisClient = ReturnType<typeof openClient>;

/** A command client and a subscriber, as socket.io's adapter needs them. */
export interface RedisPair {
  readonly pub: RedisClient;
  readonly sub: RedisClient;
  close(): Promise<void>;
}

/**
 * Connects both clients (rejecting if Redis cannot be reached at start).
 * Later losses are logged once per outage; the clients reconnect by
 * themselves. Commands made while the link is down fail at once instead
 * of queueing without bound.
 */
export async function connectRedis(
  url: string,
  logger: Logger,
): Promise<RedisPair> {
  // At start a few quick tries, then the error; once running, retry for
  // as long as it takes, at most every 2 s.
  let started = false;
  const reconnectStrategy = (retries: number, cause: Error) => {
    if (!started) return retries >= START_TRIES ? cause : 200;
    return Math.min(100 * 2 ** retries, 2_000);
  };
  const pub = openClient(url, reconnectStrategy);
  const sub = openClient(url, reconnectStrategy);

  let lost = false;
  const onError = (error: unknown) => {
    if (lost) return;
    lost = true;
    logger.log('cluster-redis-lost', 'failure', {
      reason: error instanceof Error ? error.message : String(error),
    });
  };
  const onReady = () => {
    if (!lost) return;
    lost = false;
    logger.log('cluster-redis-back', 'success', {});
  };
  for (const client of [pub, sub]) {
    client.on('error', onError);
    client.on('ready', onReady);
  }

  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (error) {
    for (const client of [pub, sub]) {
      if (client.isOpen) client.destroy();
    }
    throw error;
  }
  started = true;

  return {
    pub,
    sub,
    async close() {
      // close() sends what is already queued, then ends the connection.
      await Promise.allSettled([pub.close(), sub.close()]);
    },
  };
}
