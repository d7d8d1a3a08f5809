import { useEffect, useId, useRef, useState } from 'react';
import type { IPFamilyName } from '../../engine';
import { useStore } from '../../state';
import { RequestChart } from './RequestChart';
import { requestRows } from '../../view/requestRows';
import { MAX_REQUESTS, requestCount } from '../../view/requestCount';

interface SendRequestsProps {
  from: string;
  service: string;
  port: number;
  /** The route's IP family (a dual-stack Service's). */
  family?: IPFamilyName;
}

/** Runs N seeded requests from a client, like the demo's `/hit.sh 40`, and charts where they went. */
export function SendRequests({ from, service, port, family }: SendRequestsProps) {
  // The field keeps what is typed (backspacing to empty does not snap to 1); the last whole count is what is sent.
  const [draft, setDraft] = useState('40');
  const [count, setCount] = useState(40);
  const typed = requestCount(draft);
  const countId = useId();
  const sendRequests = useStore((s) => s.sendRequests);
  const run = useStore((s) => s.requestRun);
  const pods = useStore((s) => s.report?.pods);
  const current = run && run.from === from && run.service === service && run.port === port && run.family === family ? run : null;
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
          const value = typed ?? count;
          setCount(value);
          setDraft(String(value));
          sendRequests(from, service, port, value, family);
        }}
      >
        <label htmlFor={countId}>Requests</label>
        <input
          id={countId}
          type="number"
          min={1}
          max={MAX_REQUESTS}
          step={1}
          value={draft}
          aria-invalid={typed === null}
          onChange={(e) => {
            setDraft(e.target.value);
            const value = requestCount(e.target.value);
            if (value !== null) setCount(value);
          }}
          onBlur={() => setDraft(String(typed ?? count))}
        />
        <button type="submit" data-testid="send-requests">
          Send requests
        </button>
      </form>
      {current && (
        <div ref={resultRef}>
          <p className="kt-muted">
            {current.count} requests from {from.split('/')[1]} to {service}:{port}
            {family ? ` over ${family}` : ''} (seeded; same seed, same counts)
          </p>
          <RequestChart rows={requestRows(current.counts, pods ?? [])} total={current.count} />
        </div>
      )}
    </section>
  );
}
