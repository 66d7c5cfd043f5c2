import { communityColor, type Trends } from "@paperkg/core";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { api } from "../api/api.ts";
import { trendRows } from "../core/leaderboard/trendRows.ts";
import { useApi } from "../hooks/useApi.ts";

/** Papers per bucket for each series, one line each (Recharts). */
export function TrendChart({ trends, height = 180 }: { trends: Trends; height?: number }) {
  return (
    <div className="trend-chart" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={trendRows(trends)} margin={{ top: 6, right: 8, bottom: 0, left: -18 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis dataKey="bucket" fontSize={11} />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip />
          {trends.series.length > 1 && <Legend wrapperStyle={{ fontSize: 11 }} />}
          {trends.series.map((s, i) => (
            <Line
              key={s.id}
              dataKey={s.id}
              name={s.name}
              stroke={communityColor(i * 3 + 1)}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A small timeline of one entity's or community's dated papers per month, for the side panel. */
export function NodeTimeline({ id }: { id: string }) {
  const trends = useApi((s) => api.trends([id], "month", s), [id]);
  if (trends.type !== "ok") return null;
  const total = trends.data.series[0]?.counts.reduce((a, b) => a + b, 0) ?? 0;
  if (total === 0) return null;
  return (
    <section className="node-timeline" data-testid="node-timeline">
      <h3>Papers over time</h3>
      <TrendChart trends={trends.data} height={110} />
    </section>
  );
}
