/** The comparison, one column per choice: where requests go, load, drops, the estimate; then the same after the failure. */
import { useMemo, type ReactNode } from 'react';
import {
  formatSeconds,
  formatShare,
  shortObjectKey,
  type ChoiceColumn,
  type CompareTopology,
  type Estimate,
  type PolicyComparison,
  type ScenarioFigures,
} from '../../../engine';
import { formatGb, formatLatency, formatOverload, formatUsd } from '../../../format/compareFigures';
import { compareLayout, comparePictures, figureRoutes, type CanvasLayoutInput } from '../../../view/comparePicture';
import { CanvasThumbnail } from './CanvasThumbnail';
import { LocalityBar } from './LocalityBar';

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

/** Each column's small copy of the canvas, all in one frame; undefined when there is nothing to draw. */
function usePictures(
  comparison: PolicyComparison,
  columns: readonly ChoiceColumn[],
  pick: Pick,
  topology: CompareTopology | undefined,
  canvas: CanvasLayoutInput,
) {
  return useMemo(() => {
    if (!topology || topology.nodes.length === 0) return undefined;
    const layout = compareLayout(topology, canvas);
    const routes = columns.map((c) => figureRoutes(comparison.service, comparison.port, pick(c)?.figures.clients ?? []));
    return comparePictures(layout, routes, topology, comparison.service);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `pick` is one of two fixed readers, told apart by the topology
  }, [comparison, columns, topology, canvas]);
}

function Section({
  title,
  columns,
  pick,
  testId,
  comparison,
  topology,
  canvas,
}: {
  title: ReactNode;
  columns: readonly ChoiceColumn[];
  pick: Pick;
  testId: string;
  comparison: PolicyComparison;
  topology: CompareTopology | undefined;
  canvas: CanvasLayoutInput;
}) {
  const pictures = usePictures(comparison, columns, pick, topology, canvas);
  const clients = [...new Set(columns.flatMap((c) => pick(c)?.figures.clients.map((f) => f.client) ?? []))];
  const anyOffline = columns.some((c) => (pick(c)?.figures.offline.length ?? 0) > 0);
  return (
    <tbody data-testid={testId}>
      <tr className="cmp-section">
        <th scope="rowgroup" colSpan={columns.length + 1}>
          {title}
        </th>
      </tr>
      {pictures && (
        <tr className="cmp-pictures">
          <th scope="row">
            <span title="The canvas's own layout with this choice's routes: as thick as the share, green on the same node, blue in the zone, orange across zones; ✕ where a client is dropped. Endpoint pods are darker the more load they take.">
              picture
            </span>
          </th>
          {columns.map((c, i) => {
            const data = pick(c);
            return (
              <td key={c.choice.id}>
                {data ? (
                  <CanvasThumbnail
                    pictures={pictures}
                    index={i}
                    figures={data.figures}
                    label={`${c.choice.label}, ${testId === 'compare-failure' ? 'after the failure' : 'now'}`}
                  />
                ) : (
                  '–'
                )}
              </td>
            );
          })}
        </tr>
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
        label="cross-zone / month"
        columns={columns}
        pick={pick}
        cell={({ estimate }) => (
          <span>
            {formatGb(estimate.crossZoneGbPerMonth)} <strong>{formatUsd(estimate.costPerMonth)}</strong>
          </span>
        )}
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
        label="dropped, rejected"
        columns={columns}
        pick={pick}
        cell={({ figures }) => {
          const lost = [...figures.dropped, ...figures.rejected];
          return lost.length ? <span className="cmp-bad">{names(lost)}</span> : <span className="kt-muted">none</span>;
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

/** Which state the columns are of: the files as written, or the live cluster at the timeline's moment. */
export function comparedTitle(comparison: PolicyComparison): string {
  const moment = comparison.moment;
  if (!moment) return 'On the cluster as written';
  return `On the live cluster at t=${formatSeconds(moment.now)}, after ${moment.events} timeline event${moment.events === 1 ? '' : 's'}`;
}

export function ComparisonTable({
  comparison,
  topology,
  canvas,
  onApply,
}: {
  comparison: PolicyComparison;
  topology: { compared: CompareTopology; failure?: CompareTopology };
  canvas: CanvasLayoutInput;
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
                    {comparison.moment ? 'current' : 'as written'}
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
        <Section
          title={comparedTitle(comparison)}
          columns={columns}
          pick={(c) => c}
          testId="compare-now"
          comparison={comparison}
          topology={topology.compared}
          canvas={canvas}
        />
        {failure && !failure.problem && (
          <Section
            title={<>Right after: {failure.label}</>}
            columns={columns}
            pick={(c) => c.underFailure}
            testId="compare-failure"
            comparison={comparison}
            topology={topology.failure}
            canvas={canvas}
          />
        )}
      </table>
    </div>
  );
}
