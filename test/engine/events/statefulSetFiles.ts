/** A StatefulSet `web` on two nodes, written as `kubectl get -o yaml` prints them, for the workload tests. */
import { decodeCluster } from '../../../src/engine/decode/decodeCluster';
import { parseManifests } from '../../../src/engine/parse/parseManifests';
import type { KubeVersion } from '../../../src/engine/version';

/** Two nodes and a StatefulSet `web` as `kubectl get node,sts -o yaml` prints them (status included). */
export function webFiles(
  options: {
    replicas?: number;
    rollingUpdate?: string;
    policy?: 'OrderedReady' | 'Parallel';
    minReadySeconds?: number;
  } = {},
) {
  const node = (name: string, zone: string) => `apiVersion: v1
kind: Node
metadata:
  labels:
    kubernetes.io/hostname: ${name}
    kubernetes.io/os: linux
    topology.kubernetes.io/zone: ${zone}
  name: ${name}
spec:
  podCIDR: 10.244.${name === 'worker-a' ? 1 : 2}.0/24
status:
  allocatable:
    cpu: "4"
    memory: 8Gi
    pods: "110"
  conditions:
  - type: Ready
    status: "True"
    reason: KubeletReady
---
`;
  const replicas = options.replicas ?? 4;
  const text =
    node('worker-a', 'zone-a') +
    node('worker-b', 'zone-b') +
    `apiVersion: apps/v1
kind: StatefulSet
metadata:
  creationTimestamp: "2025-01-01T00:00:00Z"
  generation: 1
  name: web
  namespace: default
  resourceVersion: "1234"
  uid: 4b6f7d2e-8d1a-4c35-9f3e-2a1b0c9d8e7f
spec:
${options.minReadySeconds ? `  minReadySeconds: ${options.minReadySeconds}\n` : ''}  persistentVolumeClaimRetentionPolicy:
    whenDeleted: Retain
    whenScaled: Retain
  podManagementPolicy: ${options.policy ?? 'OrderedReady'}
  replicas: ${replicas}
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      app: web
  serviceName: web
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: registry.k8s.io/nginx-slim:0.27
        imagePullPolicy: IfNotPresent
        name: nginx
        ports:
        - containerPort: 80
          name: web
          protocol: TCP
        resources: {}
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
      dnsPolicy: ClusterFirst
      restartPolicy: Always
      schedulerName: default-scheduler
      securityContext: {}
      terminationGracePeriodSeconds: 30
  updateStrategy:
    rollingUpdate:
${options.rollingUpdate ?? '      partition: 0\n'}    type: RollingUpdate
status:
  availableReplicas: ${replicas}
  collisionCount: 0
  currentReplicas: ${replicas}
  currentRevision: web-6d4b8c7f9
  observedGeneration: 1
  readyReplicas: ${replicas}
  replicas: ${replicas}
  updateRevision: web-6d4b8c7f9
  updatedReplicas: ${replicas}
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
spec:
  clusterIP: None
  clusterIPs:
  - None
  ports:
  - name: web
    port: 80
    protocol: TCP
    targetPort: 80
  selector:
    app: web
  type: ClusterIP
`;
  return [{ name: 'web.yaml', text }];
}

export function decodeWeb(files: { name: string; text: string }[], version: KubeVersion, featureGates?: Record<string, boolean>) {
  return decodeCluster(parseManifests(files).documents, { version, ...(featureGates ? { featureGates } : {}) });
}
