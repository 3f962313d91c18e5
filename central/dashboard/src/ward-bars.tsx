export interface WardBar {
  readonly ward: string;
  /** Null when there is nothing to measure yet. */
  readonly value: number | null;
}

interface WardBarsProps {
  readonly rows: readonly WardBar[];
  /** The value of a full-length bar (1 for a rate, 5 for a rating). */
  readonly max: number;
  readonly format: (value: number) => string;
  readonly title: string;
  readonly empty: string;
  readonly testId?: string;
}

const WIDTH = 560;
const ROW = 32;
const LABEL = 190;
const VALUE = 90;

/** One horizontal bar per ward, its value written after it; plain SVG. */
export function WardBars(props: WardBarsProps) {
  const { rows, max, format, title, empty, testId } = props;
  const track = WIDTH - LABEL - VALUE;
  const height = Math.max(1, rows.length) * ROW + 8;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
      role="img"
      aria-label={title}
      data-testid={testId}
    >
      <title>{title}</title>
      {rows.map((row, index) => {
        const y = 4 + index * ROW;
        const share =
          row.value === null ? 0 : Math.min(1, Math.max(0, row.value / max));
        return (
          <g key={row.ward}>
            <text
              className="chart-label"
              x={LABEL - 8}
              y={y + 19}
              textAnchor="end"
            >
              {row.ward}
            </text>
            <rect
              className="chart-track"
              x={LABEL}
              y={y + 4}
              width={track}
              height={ROW - 10}
            />
            <rect
              className="chart-bar"
              x={LABEL}
              y={y + 4}
              width={share * track}
              height={ROW - 10}
            />
            <text className="chart-value" x={LABEL + track + 8} y={y + 19}>
              {row.value === null ? empty : format(row.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
