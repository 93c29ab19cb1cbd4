import type { SeriesPoint } from '../lib/view/card';

interface Props {
  points: SeriesPoint[];
  label: string;
}

/**
 * A small line chart of a series, the page's period marked. Each point is focusable and
 * carries its figure and source as its accessible name and tooltip.
 */
export function Sparkline({ points, label }: Props) {
  const w = 300;
  const h = 64;
  const pad = 8;
  const values = points.map((p) => p.value);
  const min = Math.min(...values, 0);
  const max = Math.max(...values);
  const x = (i: number) => pad + (points.length === 1 ? 0 : (i * (w - 2 * pad)) / (points.length - 1));
  const y = (v: number) => h - pad - (max === min ? 0 : ((v - min) * (h - 2 * pad)) / (max - min));
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <figure class="sparkline">
      <svg viewBox={`0 0 ${w} ${h + 14}`} role="img" aria-label={label}>
        <path d={path} fill="none" stroke="currentColor" stroke-width="1.5" />
        {points.map((p, i) => (
          <g key={p.period} tabIndex={0} role="img" aria-label={p.label} class={p.current ? 'point current' : 'point'}>
            <title>{p.label}</title>
            <circle cx={x(i)} cy={y(p.value)} r={p.current ? 5 : 3} />
            <text x={x(i)} y={h + 12} text-anchor="middle">
              {p.period.slice(0, 4)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
