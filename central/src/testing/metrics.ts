import { expect } from 'vitest';

// One sample line: a metric name, optional `{label="value",…}` with escaped
// values, a space and a number.
const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\["\\\\n])*",?';
const VALUE = '(?:[-+]?[0-9.e+-]+|NaN|[+-]Inf)';
const SAMPLE_LINE = new RegExp(`^${NAME}(\\{(${LABEL})*\\})? ${VALUE}$`);

export interface ScrapedMetrics {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
  /** The sample lines, without `#` comments and blank lines. */
  readonly samples: string[];
}

/** Scrapes `/metrics` as a Prometheus on this host would. */
export async function scrapeMetrics(url: string): Promise<ScrapedMetrics> {
  const response = await fetch(`${url}/metrics`);
  const text = await response.text();
  const samples = text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    samples,
  };
}

/** Fails naming the first line that does not read as `name{labels} value`. */
export function expectWellFormed(samples: readonly string[]): void {
  expect(samples.length).toBeGreaterThan(0);
  expect(samples.filter((line) => !SAMPLE_LINE.test(line))).toEqual([]);
}
