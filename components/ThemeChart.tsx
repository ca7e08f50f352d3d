import type { Theme } from '@/lib/content';

const BAR_HEIGHT = 22;
const GAP = 6;
const LABEL_WIDTH = 330;
const BAR_SPACE = 260;

/**
 * What was asked about, by theme: an SVG drawn at build time (no script), hidden from screen
 * readers because the same figures follow as a table.
 */
export function ThemeChart({ counts, themes, caption }: { counts: Map<string, number>; themes: Theme[]; caption: string }) {
  const rows = themes
    .map((theme) => ({ theme, count: counts.get(theme.id) ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...rows.map((row) => row.count));
  const height = rows.length * (BAR_HEIGHT + GAP);
  return (
    <figure className="theme-chart">
      <svg viewBox={`0 0 ${LABEL_WIDTH + BAR_SPACE + 40} ${height}`} role="presentation" aria-hidden="true" focusable="false">
        {rows.map((row, index) => {
          const y = index * (BAR_HEIGHT + GAP);
          const width = Math.max(2, (row.count / max) * BAR_SPACE);
          return (
            <g key={row.theme.id}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT * 0.72} textAnchor="end" className="chart-label">
                {row.theme.name}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} className="chart-bar" />
              <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.72} className="chart-label">
                {row.count}
              </text>
            </g>
          );
        })}
      </svg>
      {/* A table cannot be shrunk to nothing, so the wrapper is what is visually hidden. */}
      <div className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Answers</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.theme.id}>
                <th scope="row">{row.theme.name}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
