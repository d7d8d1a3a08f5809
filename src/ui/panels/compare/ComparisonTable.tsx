/** The comparison, one column per choice: where requests go, load, drops, the estimate; then the same after the failure. */
import type { ReactNode } from 'react';
import {
  formatShare,
  shortObjectKey,
  type ChoiceColumn,
  type Estimate,
  type NodeSummary,
  type PolicyComparison,
  type ScenarioFigures,
} from '../../../engine';
import { formatGb, formatLatency, formatOverload, formatUsd } from '../../../format/compareFigures';
import { LocalityBar } from './LocalityBar';
import { RouteThumbnail } from './RouteThumbnail';

type Pick = (column: ChoiceColumn) => { figures: ScenarioFigures; estimate: Estimate } | undefined;

/** Soft hyphens inside camelCase words, so "internalTrafficPolicy" can break in a narrow column. */
const breakable = (label: string) => label.replace(/([a-z])([A-Z])/g, '$1\u00AD$2');

const names = (keys: readonly string[]) => keys.map(shortObjectKey).join(', ');

function Row({
  label,
  columns,
  pick,
  cell,
}: {
  label: ReactNode;
  columns: readonly ChoiceColumn[];
  pick: Pick;
  cell(data: { figures: ScenarioFigures; estimate: Estimate }): ReactNode;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {columns.map((c) => {
        const data = pick(c);
        return <td key={c.choice.id}>{data ? cell(data) : '–'}</td>;
      })}
    </tr>
  );
}

function Section({
  title,
  columns,
  pick,
  testId,
  nodes,
}: {
  title: ReactNode;
  columns: readonly ChoiceColumn[];
  pick: Pick;
  testId: string;
  nodes: readonly NodeSummary[];
}) {
  const clients = [...new Set(columns.flatMap((c) => pick(c)?.figures.clients.map((f) => f.client) ?? []))];
  const anyOffline = columns.some((c) => (pick(c)?.figures.offline.length ?? 0) > 0);
  return (
    <tbody data-testid={testId}>
      <tr className="cmp-section">
        <th scope="rowgroup" colSpan={columns.length + 1}>
          {title}
        </th>
      </tr>
      {nodes.length > 0 && (
        <Row
          label={
            <span title="Zones side by side, their nodes darker the more load they take; lines from each client's node to where it sends, as thick as the share; ✕ marks a dropped client">
              picture
            </span>
          }
          columns={columns}
          pick={pick}
          cell={({ figures }) => (
            <RouteThumbnail nodes={nodes} figures={figures} label={testId === 'compare-failure' ? 'after the failure' : 'as written'} />
          )}
        />
      )}
      <Row
        label={
          <span title="Shares of all clients' requests: same node / same zone (another node) / cross zone / dropped">
            node / zone / cross
          </span>
        }
        columns={columns}
        pick={pick}
        cell={({ figures }) => <LocalityBar shares={figures.overall} />}
      />
      <Row
        label="dropped, rejected"
        columns={columns}
        pick={pick}
        cell={({ figures }) => {
          const lost = [...figures.dropped, ...figures.rejected];
          return lost.length ? <span className="cmp-bad">{names(lost)}</span> : <span className="kt-muted">none</span>;
        }}
      />
      <Row
        label={
          <span title="The endpoint with the largest share of the forwarded requests, and that share over an even split across the Ready endpoints">
            busiest vs even
          </span>
        }
        columns={columns}
        pick={pick}
        cell={({ figures }) => {
          const busiest = figures.load.busiest;
          if (!busiest) return '–';
          const factor = figures.load.overloadFactor ?? 1;
          return (
            <span
              title={`${shortObjectKey(busiest.pod)}${busiest.node ? ` on ${busiest.node}` : ''}: ${formatShare(busiest.share)} of the requests, an even split is ${formatShare(figures.load.evenShare)}`}
            >
              <strong className={factor >= 1.5 ? 'cmp-warn' : undefined}>{formatOverload(figures.load)}</strong>{' '}
              {formatShare(busiest.share)}
            </span>
          );
        }}
      />
      <Row
        label={<span title="Ready endpoints that receive no request">idle endpoints</span>}
        columns={columns}
        pick={pick}
        cell={({ figures }) =>
          figures.load.idle.length ? (
            <span title={names(figures.load.idle)}>{figures.load.idle.length}</span>
          ) : (
            <span className="kt-muted">0</span>
          )
        }
      />
      <Row
        label="cross-zone / month"
        columns={columns}
        pick={pick}
        cell={({ estimate }) => (
          <span>
            {formatGb(estimate.crossZoneGbPerMonth)} <strong>{formatUsd(estimate.costPerMonth)}</strong>
          </span>
        )}
      />
      <Row label="mean hop latency" columns={columns} pick={pick} cell={({ estimate }) => formatLatency(estimate)} />
      {anyOffline && (
        <Row
          label={<span title="Clients that send nothing: their pod is not running or their node is NotReady">offline clients</span>}
          columns={columns}
          pick={pick}
          cell={({ figures }) => (figures.offline.length ? names(figures.offline) : <span className="kt-muted">none</span>)}
        />
      )}
      {clients.length > 1 &&
        clients.map((client) => (
          <Row
            key={client}
            label={<span className="cmp-client">{shortObjectKey(client)}</span>}
            columns={columns}
            pick={pick}
            cell={({ figures }) => {
              const f = figures.clients.find((x) => x.client === client);
              if (!f) return <span className="kt-muted">offline</span>;
              if (f.verdict !== 'forward')
                return (
                  <span className="cmp-bad" title={f.reason}>
                    {f.verdict === 'drop' ? 'dropped' : 'rejected'}
                  </span>
                );
              return (
                <span
                  title={f.reason}
                >{`${formatShare(f.shares.sameNode)} / ${formatShare(f.shares.sameZone)} / ${formatShare(f.shares.crossZone)}`}</span>
              );
            }}
          />
        ))}
    </tbody>
  );
}

export function ComparisonTable({
  comparison,
  nodes,
  onApply,
}: {
  comparison: PolicyComparison;
  nodes: readonly NodeSummary[];
  onApply(column: ChoiceColumn): void;
}) {
  const { columns, failure } = comparison;
  return (
    <div className="cmp-table-wrap">
      <table className="cmp-table" data-testid="compare-table">
        <caption className="cmp-sr">
          Every routing choice for {comparison.service} port {comparison.port}, side by side
        </caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th
                key={c.choice.id}
                scope="col"
                data-testid={`compare-column-${c.choice.id}`}
                className={c.choice.current ? 'cmp-current' : undefined}
              >
                <span className="cmp-choice" title={c.choice.note ? `${c.choice.yaml}. ${c.choice.note}` : c.choice.yaml}>
                  {breakable(c.choice.label)}
                </span>
                {c.choice.current ? (
                  <span className="cmp-badge" data-testid="compare-current">
                    as written
                  </span>
                ) : (
                  <button
                    type="button"
                    className="cmp-apply"
                    data-testid={`compare-apply-${c.choice.id}`}
                    onClick={() => onApply(c)}
                    title={`Write ${c.choice.yaml} into the Service (Ctrl+Z in the editor undoes it)`}
                  >
                    Apply
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <Section title="On the cluster as written" columns={columns} pick={(c) => c} testId="compare-now" nodes={nodes} />
        {failure && !failure.problem && (
          <Section
            title={<>Right after: {failure.label}</>}
            columns={columns}
            pick={(c) => c.underFailure}
            testId="compare-failure"
            nodes={nodes}
          />
        )}
      </table>
    </div>
  );
}
