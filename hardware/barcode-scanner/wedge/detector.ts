import type { Scheduler } from '../scheduler';
import { globalScheduler } from '../scheduler';
import type { WedgeKey, WedgeOutput, WedgeThresholds } from './burst';
import { createWedgeBurstDetector, wedgeDefaults } from './burst';

export interface WedgeDetectorOptions {
  readonly thresholds?: Partial<WedgeThresholds>;
  /** Receives scans and typed keys, in the order the keys came. */
  readonly onOutput: (output: WedgeOutput) => void;
  /** Ends a burst after `gapMs` of silence; tests pass a manual one. */
  readonly scheduler?: Scheduler;
}

export interface WedgeDetector {
  /** Feed every keydown the page does not want to reach a field directly. */
  push(key: WedgeKey): void;
  /** Releases held keys now (the screen is about to change). */
  flush(): void;
  dispose(): void;
}

/**
 * The burst detector with its own timer, for the kiosk page: typed keys
 * are released at most `gapMs` after the last one.
 */
export function createWedgeDetector(
  options: WedgeDetectorOptions,
): WedgeDetector {
  const gapMs = options.thresholds?.gapMs ?? wedgeDefaults.gapMs;
  const scheduler = options.scheduler ?? globalScheduler;
  const bursts = createWedgeBurstDetector(options.thresholds);
  let timer: unknown;
  let disposed = false;

  const emit = (outputs: WedgeOutput[]) => {
    for (const output of outputs) {
      if (disposed) return; // the listener may dispose the detector
      options.onOutput(output);
    }
  };

  const stopTimer = () => {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
  };

  const onSilence = () => {
    timer = undefined;
    emit(bursts.flush());
  };

  return {
    push(key) {
      if (disposed) return;
      stopTimer();
      emit(bursts.push(key));
      if (bursts.holding > 0) timer = scheduler.setTimeout(onSilence, gapMs);
    },

    flush() {
      stopTimer();
      emit(bursts.flush());
    },

    dispose() {
      stopTimer();
      disposed = true;
    },
  };
}
