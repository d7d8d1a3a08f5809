import { expect, test } from 'vitest';
import { actionFor, CANVAS_COMMANDS, eventActions, targetOf } from '../../src/view/eventActions';
import { seedContext } from '../kubectl/seedContext';

const report = seedContext().report!;
const echoOnM03 = report.pods.find((p) => p.owner && p.node === 'mnode-m03')!;

test('a node with a bare pod offers drain and drain --force; commands pick the actions', () => {
  const actions = eventActions(report, { kind: 'node', id: 'mnode-m02' });
  expect(actions.map((a) => a.id)).toEqual(['cordon', 'drain', 'drain-force', 'not-ready', 'delete']);
  expect(actionFor(actions, 'cordon')?.event).toEqual({ type: 'node.cordon', node: 'mnode-m02' });
  expect(actionFor(actions, 'drain-force')?.event).toEqual({ type: 'node.drain', node: 'mnode-m02', force: true });
  expect(actionFor(actions, 'delete')?.event).toEqual({ type: 'node.delete', node: 'mnode-m02' });
  expect(actionFor(actions, 'crash-loop')).toBeUndefined();
  expect(eventActions(report, { kind: 'node', id: 'mnode-m03' }).map((a) => a.id)).toEqual(['cordon', 'drain', 'not-ready', 'delete']);
});

test('the menu follows the live state: a cordoned, NotReady node offers uncordon and Ready', () => {
  const changed = { ...report, nodes: report.nodes.map((n) => (n.name === 'mnode-m03' ? { ...n, schedulable: false, ready: false } : n)) };
  expect(eventActions(changed, { kind: 'node', id: 'mnode-m03' }).map((a) => a.event.type)).toEqual([
    'node.uncordon',
    'node.drain',
    'node.ready',
    'node.delete',
  ]);
  const down = { ...report, nodes: report.nodes.map((n) => (n.zone === 'zone-b' ? { ...n, ready: false } : n)) };
  expect(eventActions(down, { kind: 'zone', id: 'zone-b' }).map((a) => a.event)).toEqual([{ type: 'zone.recover', zone: 'zone-b' }]);
  expect(eventActions(report, { kind: 'zone', id: 'zone-b' }).map((a) => a.event)).toEqual([{ type: 'zone.outage', zone: 'zone-b' }]);
});

test('pods: not ready, crash loop, delete; terminating pods and unknown targets offer nothing', () => {
  expect(eventActions(report, { kind: 'pod', id: echoOnM03.key }).map((a) => a.event)).toEqual([
    { type: 'pod.notReady', pod: echoOnM03.key },
    { type: 'pod.crashLoop', pod: echoOnM03.key },
    { type: 'pod.delete', pod: echoOnM03.key },
  ]);
  const terminating = { ...report, pods: report.pods.map((p) => (p.key === echoOnM03.key ? { ...p, terminating: true } : p)) };
  expect(eventActions(terminating, { kind: 'pod', id: echoOnM03.key })).toEqual([]);
  expect(eventActions(report, { kind: 'node', id: 'nope' })).toEqual([]);
  expect(eventActions(report, { kind: 'zone', id: 'zone-z' })).toEqual([]);
});

test.each([
  ['node:mnode-m02', { kind: 'node', id: 'mnode-m02' }],
  ['zone:zone-a', { kind: 'zone', id: 'zone-a' }],
  ['pod:default/client', { kind: 'pod', id: 'default/client' }],
  ['proxy:mnode', null],
  ['area:no-zone', null],
])('targetOf(%s)', (id, target) => {
  expect(targetOf(id)).toEqual(target);
});

test('every command is offered somewhere, and a box offers each command at most once', () => {
  const zones = [...new Set(report.nodes.flatMap((n) => (n.zone ? [n.zone] : [])))];
  const targets = [
    ...report.nodes.map((n) => ({ kind: 'node' as const, id: n.name })),
    ...zones.map((id) => ({ kind: 'zone' as const, id })),
    ...report.pods.map((p) => ({ kind: 'pod' as const, id: p.key })),
  ];
  for (const target of targets) {
    const commands = eventActions(report, target).map((a) => a.command);
    expect(new Set(commands).size, target.id).toBe(commands.length);
  }
  const used = new Set(targets.flatMap((t) => eventActions(report, t).map((a) => a.command)));
  expect(new Set(CANVAS_COMMANDS)).toEqual(used);
});
