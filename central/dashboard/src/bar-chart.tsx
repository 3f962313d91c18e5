import { niceMax } from './chart-math';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

interface BarChartProps {
  readonly bars: readonly Bar[];
  /** Read out by screen readers, and shown as the SVG title. */
  readonly title: string;
  readonly testId?: string;
}

const WIDTH = 1100;
const HEIGHT = 220;
const TOP = 24;
const BOTTOM = 28;
const SIDE = 8;

/** Vertical bars with their value on top and a label below; plain SVG. */
export function BarChart({ bars, title, testId }: BarChartProps) {
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const slot = (WIDTH - 2 * SIDE) / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.65);
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
      role="img"
      aria-label={title}
      data-testid={testId}
    >
      <title>{title}</title>
      <line
        className="chart-axis"
        x1={SIDE}
        x2={WIDTH - SIDE}
        y1={TOP + plot}
        y2={TOP + plot}
      />
      {bars.map((bar, index) => {
        const height = (bar.value / max) * plot;
        const x = SIDE + index * slot + (slot - barWidth) / 2;
        const middle = x + barWidth / 2;
        return (
          <g key={bar.label}>
            <rect
              className="chart-bar"
              x={x}
              y={TOP + plot - height}
              width={barWidth}
              height={height}
            />
            <text
              className="chart-value"
              x={middle}
              y={TOP + plot - height - 6}
              textAnchor="middle"
            >
              {bar.value}
            </text>
            <text
              className="chart-label"
              x={middle}
              y={HEIGHT - 8}
              textAnchor="middle"
            >
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
