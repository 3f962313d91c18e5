/** The scale-out part of `startCentral`'s options. */
export interface ClusterEnvOptions {
  readonly redisUrl?: string;
  readonly redisKeyPrefix?: string;
  readonly presenceTtlMs?: number;
}

/**
 * Reads `MOTCUA_REDIS_URL`, `MOTCUA_REDIS_PREFIX` and
 * `MOTCUA_PRESENCE_TTL_MS`; empty means unset. Without a URL central runs
 * alone, with everything in process.
 */
export function clusterOptionsFromEnv(
  env: NodeJS.ProcessEnv,
): ClusterEnvOptions {
  const redisUrl = env['MOTCUA_REDIS_URL'] || undefined;
  const prefix = env['MOTCUA_REDIS_PREFIX'] || undefined;
  const ttl = env['MOTCUA_PRESENCE_TTL_MS'] || undefined;
  if (redisUrl === undefined) return {};

  const presenceTtlMs = ttl === undefined ? undefined : Number(ttl);
  if (
    presenceTtlMs !== undefined &&
    (!Number.isInteger(presenceTtlMs) || presenceTtlMs < 300)
  ) {
    throw new Error(
      'MOTCUA_PRESENCE_TTL_MS must be a whole number ≥ 300, ' +
        `not "${String(ttl)}"`,
    );
  }
  return {
    redisUrl,
    ...(prefix === undefined ? {} : { redisKeyPrefix: prefix }),
    ...(presenceTtlMs === undefined ? {} : { presenceTtlMs }),
  };
}
