import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../../state';
import { RequestChart } from './RequestChart';
import { requestRows } from '../../view/requestRows';

interface SendRequestsProps {
  from: string;
  service: string;
  port: number;
}

/** Runs N seeded requests from a client, like the demo's `/hit.sh 40`, and charts where they went. */
export function SendRequests({ from, service, port }: SendRequestsProps) {
  const [count, setCount] = useState(40);
  const countId = useId();
  const sendRequests = useStore((s) => s.sendRequests);
  const run = useStore((s) => s.requestRun);
  const pods = useStore((s) => s.report?.pods);
  const current = run && run.from === from && run.service === service && run.port === port ? run : null;
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (current) resultRef.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <section className="kt-send" aria-label="Send requests">
      <form
        className="kt-send__form"
        onSubmit={(e) => {
          e.preventDefault();
          sendRequests(from, service, port, count);
        }}
      >
        <label htmlFor={countId}>Requests</label>
        <input
          id={countId}
          type="number"
          min={1}
          max={10000}
          value={count}
          onChange={(e) => setCount(Math.max(1, Math.min(10000, Math.floor(Number(e.target.value) || 1))))}
        />
        <button type="submit" data-testid="send-requests">
          Send requests
        </button>
      </form>
      {current && (
        <div ref={resultRef}>
          <p className="kt-muted">
            {current.count} requests from {from.split('/')[1]} to {service}:{port} (seeded; same seed, same counts)
          </p>
          <RequestChart rows={requestRows(current.counts, pods ?? [])} total={current.count} />
        </div>
      )}
    </section>
  );
}
