/**
 * Named crash points for the fault tests: with `MOTCUA_FAULT` set to one of
 * these names the agent kills itself with SIGKILL at that exact point, as a
 * power cut would. Inert otherwise.
 */
export type FaultPoint =
  /** The dossier is committed; the slip is not printed yet. */
  | 'after-commit'
  /** The first chunk of an attachment reached central. */
  | 'after-first-chunk'
  /** Central acknowledged a delivery; the agent has not recorded it. */
  | 'before-ack-recorded';

export function faultPoint(point: FaultPoint): void {
  if (process.env['MOTCUA_FAULT'] === point) {
    process.kill(process.pid, 'SIGKILL');
  }
}
