/**
 * Every timer of the flow, in milliseconds. Named so that tests, the
 * screens and assisted mode use the same numbers. ux.md: ask after 60–90 s
 * without input, then count down at least 20 s (Visa's VGAR uses 30 s).
 */
export const DELAYS = {
  /**
   * No tap for this long: ask "are you still there?". The default, used
   * until the agent's `agent.hello` brings central's `idleTimeoutSeconds`.
   */
  IDLE_WARNING: 90_000,
  /** The question stays this long; then the session ends. */
  IDLE_EXPIRY: 30_000,
  /** The thank-you screen after the slip, before the attract screen. */
  FAREWELL: 6_000,
} as const;

export type DelayName = keyof typeof DELAYS;

/** The part of the flow's context the idle question's delay reads. */
interface AgentFacts {
  readonly context: {
    readonly agent: { readonly idleTimeoutSeconds?: number } | null;
  };
}

/** Before the idle question: central's setting if the agent sent one. */
export function idleWarningMs({ context }: AgentFacts): number {
  const seconds = context.agent?.idleTimeoutSeconds;
  return seconds === undefined ? DELAYS.IDLE_WARNING : seconds * 1000;
}

/**
 * The delays stretched by `scale` (assisted mode), for
 * `machine.provide({ delays })`. Each is read when its timer starts, so a
 * change applies from the next tap on. The countdown after the question
 * keeps its own length (≥ 20 s) whatever central sets before it.
 */
export function scaledDelays(scale: () => number) {
  return {
    IDLE_WARNING: (args: AgentFacts) => idleWarningMs(args) * scale(),
    IDLE_EXPIRY: () => DELAYS.IDLE_EXPIRY * scale(),
    FAREWELL: () => DELAYS.FAREWELL * scale(),
  } satisfies Record<DelayName, unknown>;
}
