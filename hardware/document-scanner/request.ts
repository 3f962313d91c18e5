import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { ScanError, ScanRequest } from './types';
import {
  invalidRequest,
  pageSizesMm,
  resolutionRange,
  scanModes,
  scanSources,
} from './types';

/** The most sheet sides one request may ask for; a dossier is not a book. */
export const maxPagesLimit = 200;

/**
 * Checks a request before any device is touched, so both the driver and
 * the simulator refuse the same things with the same words. The request
 * may come from another process, so nothing about its shape is trusted.
 */
export function validateScanRequest(
  request: ScanRequest,
): Result<ScanRequest, ScanError> {
  const { device, resolution, mode, source, pageSize, maxPages } = request;

  if (typeof device !== 'string' || device.length === 0) {
    return err(invalidRequest('device', 'device must name a scanner'));
  }
  if (
    !Number.isInteger(resolution) ||
    resolution < resolutionRange.min ||
    resolution > resolutionRange.max
  ) {
    return err(
      invalidRequest(
        'resolution',
        `resolution must be a whole number of dpi from ` +
          `${resolutionRange.min} to ${resolutionRange.max}`,
      ),
    );
  }
  if (!scanModes.includes(mode)) {
    return err(
      invalidRequest('mode', `mode must be one of ${scanModes.join(', ')}`),
    );
  }
  if (!scanSources.includes(source)) {
    return err(
      invalidRequest(
        'source',
        `source must be one of ${scanSources.join(', ')}`,
      ),
    );
  }
  if (!Object.hasOwn(pageSizesMm, pageSize)) {
    return err(invalidRequest('pageSize', 'pageSize must be A4'));
  }
  if (
    maxPages !== undefined &&
    (!Number.isInteger(maxPages) || maxPages < 1 || maxPages > maxPagesLimit)
  ) {
    return err(
      invalidRequest(
        'maxPages',
        `maxPages must be a whole number from 1 to ${maxPagesLimit}`,
      ),
    );
  }
  if (source === 'flatbed' && maxPages !== undefined && maxPages !== 1) {
    return err(
      invalidRequest('maxPages', 'a flatbed scan yields exactly one page'),
    );
  }

  return ok(request);
}
