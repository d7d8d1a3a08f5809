import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectHost, type HostBridge } from '../../../src/io/embed/hostBridge';
import type { EmbedEvent } from '../../../src/io/embed/hostProtocol';
import { useEmbedState } from '../../../src/state/embedState';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../../src/state';

interface Posted {
  data: EmbedEvent;
  target: string;
}

/**
 * An embed's window inside a host page, with the host's postMessage recorded. `nextPosted` waits
 * for the embed's next event of a type, however long the work behind it takes (no polling
 * deadline: a loaded machine only makes it slower).
 */
function framedWindow() {
  const posted: Posted[] = [];
  const waiting: { type: EmbedEvent['type']; resolve(event: EmbedEvent): void }[] = [];
  const parent = {
    postMessage: (data: EmbedEvent, target: string) => {
      posted.push({ data, target });
      for (const waiter of waiting.filter((w) => w.type === data.type)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(data);
      }
    },
  };
  const nextPosted = (type: EmbedEvent['type']) => new Promise<EmbedEvent>((resolve) => waiting.push({ type, resolve }));
  const listeners = new Set<(event: Partial<MessageEvent>) => void>();
  const win = {
    parent,
    addEventListener: (_type: string, listener: (event: Partial<MessageEvent>) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: Partial<MessageEvent>) => void) => listeners.delete(listener),
  } as unknown as Window;
  const receive = (data: unknown, origin = 'https://docs.example.org', source: unknown = parent) =>
    listeners.forEach((l) => l({ data, origin, source: source as MessageEventSource }));
  return { win, posted, receive, listeners, nextPosted };
}

const flush = () =>
  useStore
    .getState()
    .whenAnalysed()
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)));

let bridge: HostBridge | undefined;
// The embed's position is module state shared by every test here: each starts from none.
beforeEach(() => {
  useEmbedState.setState(useEmbedState.getInitialState(), true);
  installPlaygroundStore(createPlaygroundStore());
});
afterEach(() => {
  bridge?.dispose();
  bridge = undefined;
});

describe('connectHost', () => {
  it('does nothing in a top-level window', () => {
    const win = {
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as Window;
    (win as unknown as { parent: Window }).parent = win;
    expect(() => connectHost({ id: null, origin: null, hostBlocked: false }, win).dispose()).not.toThrow();
  });

  it('announces itself to any origin, then answers only the origin that spoke to it', async () => {
    const frame = framedWindow();
    bridge = connectHost({ id: 'left', origin: null, hostBlocked: false }, frame.win);
    expect(frame.posted).toEqual([
      {
        data: expect.objectContaining({
          type: 'ktp:ready',
          id: 'left',
          protocol: 1,
        }),
        target: '*',
      },
    ]);

    frame.receive({ type: 'ktp:hello' });
    await flush();
    expect(frame.posted.slice(1).map((p) => [p.data.type, p.target])).toEqual([
      ['ktp:ready', 'https://docs.example.org'],
      ['ktp:routeSummary', 'https://docs.example.org'],
    ]);
    const summary = frame.posted[2]!.data;
    expect(summary.type === 'ktp:routeSummary' && summary.routes.some((r) => r.from === 'default/client')).toBe(true);
  });

  it("summarises a dual-stack drawn Service's routes in the IP family the canvas shows, again when the choice changes", async () => {
    const store = useStore.getState();
    store.loadExample({
      id: 'dual',
      title: 'dual',
      description: '',
      files: [{ name: 'cluster.yaml', text: readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8') }],
      activeFile: 'cluster.yaml',
      service: 'default/web',
      kubernetesVersion: '1.34',
    });
    await flush();
    const frame = framedWindow();
    bridge = connectHost({ id: null, origin: 'https://docs.example.org', hostBlocked: false }, frame.win);
    const web = (event: EmbedEvent) =>
      event.type === 'ktp:routeSummary' ? event.routes.filter((r) => r.service === 'default/web').map((r) => [r.from, r.ipFamily]) : [];
    const first = frame.nextPosted('ktp:routeSummary');
    frame.receive({ type: 'ktp:getRouteSummary' });
    // The primary family: both clients (legacy has an IPv4 address only).
    expect(web(await first)).toEqual([
      ['default/client', 'IPv4'],
      ['default/legacy', 'IPv4'],
    ]);
    const second = frame.nextPosted('ktp:routeSummary');
    useStore.getState().setIpFamily('IPv6');
    expect(web(await second)).toEqual([['default/client', 'IPv6']]);
  });

  it('reads only its parent window', () => {
    const frame = framedWindow();
    bridge = connectHost({ id: null, origin: null, hostBlocked: false }, frame.win);
    useStore.setState({ theme: 'light' });
    frame.receive({ type: 'ktp:setTheme', theme: 'dark' }, 'https://evil.example', {});
    expect(useStore.getState().theme).toBe('light');
    frame.receive({ type: 'ktp:setTheme', theme: 'dark' });
    expect(useStore.getState().theme).toBe('dark');
    frame.receive({ type: 'ktp:setTheme', theme: 'auto' });
    expect(useStore.getState().theme).toBe('system');
  });

  it('with origin=, ignores every other origin and sends only there', () => {
    const frame = framedWindow();
    bridge = connectHost({ id: null, origin: 'https://docs.example.org', hostBlocked: false }, frame.win);
    expect(frame.posted.map((p) => p.target)).toEqual(['https://docs.example.org']);
    useStore.setState({ theme: 'light' });
    frame.receive({ type: 'ktp:setTheme', theme: 'dark' }, 'https://other.example');
    expect(useStore.getState().theme).toBe('light');
    frame.receive({ type: 'ktp:setTheme', theme: 'dark' }, 'https://docs.example.org');
    expect(useStore.getState().theme).toBe('dark');
  });

  it('stays silent and deaf when origin= was not an origin', () => {
    const frame = framedWindow();
    bridge = connectHost({ id: null, origin: null, hostBlocked: true }, frame.win);
    expect(frame.posted).toEqual([]);
    expect(frame.listeners.size).toBe(0);
  });

  it('loads a scenario, reports the step, and answers an unknown one with an error', async () => {
    const frame = framedWindow();
    bridge = connectHost({ id: 'x', origin: 'https://docs.example.org', hostBlocked: false }, frame.win);
    const stepChanged = frame.nextPosted('ktp:stepChanged');
    frame.receive({ type: 'ktp:loadScenario', scenario: 'seed-demo', step: 1 });
    expect(await stepChanged).toMatchObject({ id: 'x', scenario: 'seed-demo', step: 1 });
    // Step 1 of the seed demo's tour is PreferSameNode: the client's route stays on its node.
    await flush();
    const route = useStore.getState().report!.routes.find((r) => r.from === 'default/client')!;
    expect(route.endpoints.map((e) => [e.node, e.weight])).toEqual([['mnode-m02', 1]]);

    let error = frame.nextPosted('ktp:error');
    frame.receive({ type: 'ktp:goToStep', step: 99 });
    expect(await error).toMatchObject({ message: expect.stringMatching(/^This scenario's tour has \d+ steps/) });
    error = frame.nextPosted('ktp:error');
    frame.receive({ type: 'ktp:loadScenario', scenario: 'no-such-scenario' });
    expect(await error).toMatchObject({ message: expect.stringContaining('There is no built-in scenario "no-such-scenario"') });
    await flush();
  });

  it('ignores malformed commands', () => {
    const frame = framedWindow();
    bridge = connectHost({ id: null, origin: null, hostBlocked: false }, frame.win);
    frame.receive({ type: 'ktp:goToStep', step: 'all' });
    frame.receive('<script>');
    expect(frame.posted).toHaveLength(1);
  });
});
