/** Clusters for the events tests: the seed demo, and small YAML ones written inline. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeCluster } from '../../../src/engine/decode/decodeCluster';
import type { TimelineEvent, ClusterEvent } from '../../../src/engine/events';
import type { ClusterState } from '../../../src/engine/model';
import { parseManifests } from '../../../src/engine/parse/parseManifests';

export function seedDemoFiles(): { name: string; text: string }[] {
  const dir = fileURLToPath(new URL('../../../src/scenarios/seed-demo/', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(dir + name, 'utf8') }));
}

export function clusterFrom(files: { name: string; text: string }[]): ClusterState {
  return decodeCluster(parseManifests(files).documents, { version: '1.34' }).cluster;
}

export function seedDemo(): ClusterState {
  return clusterFrom(seedDemoFiles());
}

/** Nodes a, b (zone-a) and c, d (zone-b), a client in zone-a and a Deployment "web". */
export function fourNodes(replicas: number, extra = ''): ClusterState {
  const node = (name: string, zone: string) =>
    `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    topology.kubernetes.io/zone: ${zone}\n---\n`;
  const text =
    node('a', 'zone-a') +
    node('b', 'zone-a') +
    node('c', 'zone-b') +
    node('d', 'zone-b') +
    `apiVersion: v1
kind: Pod
metadata:
  name: client
spec:
  nodeName: a
  containers: [{ name: c, image: alpine }]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx, ports: [{ containerPort: 80 }] }]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
${extra}`;
  return clusterFrom([{ name: 'cluster.yaml', text }]);
}

let ids = 0;
export function at(seconds: number, event: ClusterEvent, label: string = event.type): TimelineEvent {
  return { id: String(++ids), at: seconds, event, label };
}
