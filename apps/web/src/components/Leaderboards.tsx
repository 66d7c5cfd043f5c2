import type { Leaderboard } from "@paperkg/core";
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { api } from "../api/api.ts";
import { bestOverTime } from "../core/leaderboard/bestOverTime.ts";
import { useApi } from "../hooks/useApi.ts";
import { CypherButton } from "./CypherButton.tsx";
import { ErrorMessage, Spinner } from "./Status.tsx";

type Metric = Leaderboard["metrics"][number];

const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const direction = (m: Metric) =>
  m.higherIsBetter === true
    ? "higher is better"
    : m.higherIsBetter === false
      ? "lower is better"
      : "direction unknown";

/** A benchmark's stated results: one ranked table per metric with a chart of the best value over time; gains apart. */
export function Leaderboards({
  benchmark,
  onSelectPaper,
}: {
  benchmark: string;
  onSelectPaper: (id: string) => void;
}) {
  const board = useApi((s) => api.leaderboard(benchmark, s), [benchmark]);
  if (board.type === "loading" || board.type === "idle") return <Spinner label="Loading results…" />;
  if (board.type === "error") return <ErrorMessage>{board.message}</ErrorMessage>;
  const { metrics, improvements } = board.data;
  if (metrics.length === 0 && improvements.length === 0) return null;
  return (
    <section className="leaderboards" data-testid="leaderboards">
      <div className="muted small">
        Stated results <CypherButton cypher={board.data.cypher} what="this leaderboard" />
      </div>
      {metrics.map((m) => (
        <MetricTable key={m.metric} metric={m} onSelectPaper={onSelectPaper} />
      ))}
      {improvements.length > 0 && (
        <>
          <h4>Stated gains (not ranked)</h4>
          <ul className="improvements" data-testid="improvements">
            {improvements.map((r) => (
              <li key={`${r.paper.id}|${r.raw}`}>
                <button type="button" className="link-button" onClick={() => onSelectPaper(r.paper.id)}>
                  {r.paper.title}
                </button>
                <span className="muted"> — “{r.raw}”</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function MetricTable({ metric, onSelectPaper }: { metric: Metric; onSelectPaper: (id: string) => void }) {
  const points = bestOverTime(metric.rows, metric.higherIsBetter);
  return (
    <div className="leaderboard" data-testid={`leaderboard-${metric.metric}`}>
      <h4>
        {metric.metric} <span className="muted">({direction(metric)})</span>
      </h4>
      {points.length >= 2 && (
        <div className="leaderboard-chart" data-testid="leaderboard-chart">
          <ResponsiveContainer width="100%" height={160}>
            <ComposedChart data={points} margin={{ top: 6, right: 8, bottom: 0, left: -12 }}>
              <CartesianGrid stroke="#e5e7eb" />
              <XAxis
                dataKey="time"
                type="number"
                scale="time"
                domain={["dataMin", "dataMax"]}
                tickFormatter={day}
                fontSize={11}
              />
              <YAxis fontSize={11} domain={["auto", "auto"]} />
              <Tooltip labelFormatter={(t) => day(Number(t))} />
              <Scatter dataKey="value" name="stated" fill="#94a3b8" isAnimationActive={false} />
              <Line
                dataKey="best"
                name="best so far"
                type="stepAfter"
                stroke="#2563eb"
                dot={false}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>#</th>
            <th>Value</th>
            <th>Model / method</th>
            <th>Paper</th>
          </tr>
        </thead>
        <tbody>
          {metric.rows.map((r, i) => (
            <tr key={`${r.paper.id}|${r.raw}|${i}`} title={r.raw}>
              <td>{i + 1}</td>
              <td className="nowrap value">
                {r.value}
                {r.unit === "%" ? "%" : ""}
              </td>
              <td>{r.subject?.name ?? <span className="muted">—</span>}</td>
              <td>
                <button type="button" className="link-button" onClick={() => onSelectPaper(r.paper.id)}>
                  {r.paper.title}
                </button>
                {r.published && <span className="muted"> · {r.published.slice(0, 7)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
