import { locale } from '../../i18n/i18n.ts';

/**
 * A horizontal bar chart in plain SVG: one series of a few dozen bars needs no charting library
 * (chart.js or Plot would add 200 kB to the bundle for this).
 */
export function BarChart({
  rows,
  title,
}: {
  rows: Array<{ key: string; label: string; value: number }>;
  title: string;
}) {
  const shown = rows.slice(0, 24);
  const max = Math.max(1, ...shown.map((row) => row.value));
  const barHeight = 20;
  const labelWidth = 190;
  const width = 640;
  const height = shown.length * (barHeight + 6) + 6;
  const format = (value: number) => value.toLocaleString(locale(), { maximumFractionDigits: 0 });
  return (
    <figure class="bar-chart" data-testid="seizure-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title}>
        {shown.map((row, i) => {
          const y = 6 + i * (barHeight + 6);
          const w = ((width - labelWidth - 80) * row.value) / max;
          return (
            <g key={row.key} data-key={row.key}>
              <text x={labelWidth - 8} y={y + 14} text-anchor="end" font-size="12">
                {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
              </text>
              <rect x={labelWidth} y={y} width={Math.max(1, w)} height={barHeight} fill="#2e4057">
                <title>{`${row.label}: ${format(row.value)} kg`}</title>
              </rect>
              <text x={labelWidth + w + 6} y={y + 14} font-size="12">
                {format(row.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
