/**
 * Golden tests: the terminal's output against what kubectl prints. The expected text is written
 * from kubectl's own code, not from our output:
 * - tables: cli-runtime printers.GetNewTabWriter (minimum width 6, padding 3), one table per kind
 *   with a blank line between and `kind.group/name` names when several kinds are printed
 *   (staging/src/k8s.io/kubectl/pkg/cmd/get/get.go: separatorWriterWrapper, printWithKind);
 *   NAMESPACE only on namespaced kinds' tables with -A;
 * - columns: pkg/printers/internalversion/printers.go (printService: CLUSTER-IP is clusterIPs[0] or
 *   <none>, getServiceExternalIP: ExternalName's name, load-balancer ingress clipped to 16 bytes
 *   outside -o wide, makePortString; printEndpoints/formatEndpoints: three ip:port then
 *   " + N more..."; printEvent: LAST SEEN TYPE REASON OBJECT MESSAGE);
 * - lists sorted by namespace and name (the API server's list order);
 * - -o jsonpath (client-go util/jsonpath PrintResults: results of one action joined by spaces),
 *   -o custom-columns (customcolumn.go: `<none>` when a path finds nothing), --sort-by.
 */
import { describe, expect, test } from 'vitest';
import { analyzeCluster } from '../../src/engine/analyze';
import { analyzeLive } from '../../src/engine/events/analyzeLive';
import { simulateCluster, type TimelineEvent } from '../../src/engine/events';
import { serviceExternalIP, servicePorts } from '../../src/kubectl/commands/getRows';
import { formatEndpoints } from '../../src/kubectl/commands/endpointsRows';
import { runLine } from '../../src/kubectl/executeCommand';
import { advanceWatch, startWatch } from '../../src/kubectl/watch';
import type { TerminalContext } from '../../src/kubectl/context';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { seedContext, seedFilesCluster } from './seedContext';

const seedFiles = () => [...seedDemo.files];

const seed = seedContext({ now: 75 });
const run = (line: string, context: TerminalContext = seed) => runLine(line, context);
const text = (lines: string[]) => lines.join('\n');

/** The seed demo's live cluster after `events`, with the report the store gives the terminal (its `live` log included). */
function liveContext(events: TimelineEvent[], now: number): TerminalContext {
  const files = seedFilesCluster();
  const report = analyzeLive(files, { events, now }, [], (c) => analyzeCluster(c, { kubernetesVersion: '1.34' }));
  const live = simulateCluster(files, events, now);
  return { ...seed, report, cluster: live.cluster, lifecycle: live.pods, now };
}

describe('several kinds, global flags, kubectl’s order', () => {
  test('kubectl -n default get pods: the flag before the verb, pods sorted by name', () => {
    expect(run('kubectl -n default get pods').output).toBe(
      text([
        'NAME                    READY   STATUS    RESTARTS   AGE',
        'client                  1/1     Running   0          75s',
        'echo-7f87489d76-4lzt6   1/1     Running   0          75s',
        'echo-7f87489d76-bhnfl   1/1     Running   0          75s',
      ]),
    );
    expect(run('kubectl --namespace=kube-system get pods').output).toBe('No resources found in kube-system namespace.');
  });

  test('kubectl get svc,deploy: one table per kind, a blank line between, kind/name names', () => {
    expect(run('kubectl get svc,deploy').output).toBe(
      text([
        'NAME               TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE',
        'service/echo-svc   ClusterIP   10.96.117.253   <none>        80/TCP    75s',
        '',
        'NAME                   READY   UP-TO-DATE   AVAILABLE   AGE',
        'deployment.apps/echo   2/2     2            2           75s',
      ]),
    );
    // The same objects by kind/name.
    expect(run('kubectl get svc/echo-svc deploy/echo').output).toBe(run('kubectl get svc,deploy').output);
    // One kind found of two asked: no kind prefix (kubectl prints kinds only when the objects have several).
    expect(run('kubectl get svc,sts').output).toBe(
      text([
        'NAME       TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE',
        'echo-svc   ClusterIP   10.96.117.253   <none>        80/TCP    75s',
      ]),
    );
  });

  test('kubectl get all: pods, replicationcontrollers, services, then the apps group, as discovery orders the category', () => {
    expect(run('kubectl get all').output).toBe(
      text([
        'NAME                        READY   STATUS    RESTARTS   AGE',
        'pod/client                  1/1     Running   0          75s',
        'pod/echo-7f87489d76-4lzt6   1/1     Running   0          75s',
        'pod/echo-7f87489d76-bhnfl   1/1     Running   0          75s',
        '',
        'NAME               TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE',
        'service/echo-svc   ClusterIP   10.96.117.253   <none>        80/TCP    75s',
        '',
        'NAME                   READY   UP-TO-DATE   AVAILABLE   AGE',
        'deployment.apps/echo   2/2     2            2           75s',
        '',
        'NAME                              DESIRED   CURRENT   READY   AGE',
        'replicaset.apps/echo-7f87489d76   2         2         2       75s',
      ]),
    );
  });

  test('-A: a NAMESPACE column on the namespaced kinds’ tables only', () => {
    expect(run('kubectl get nodes,pods -A').output).toBe(
      text([
        'NAME             STATUS   ROLES           AGE   VERSION',
        'node/mnode       Ready    control-plane   75s   v1.34.0',
        'node/mnode-m02   Ready    <none>          75s   v1.34.0',
        'node/mnode-m03   Ready    <none>          75s   v1.34.0',
        '',
        'NAMESPACE   NAME                        READY   STATUS    RESTARTS   AGE',
        'default     pod/client                  1/1     Running   0          75s',
        'default     pod/echo-7f87489d76-4lzt6   1/1     Running   0          75s',
        'default     pod/echo-7f87489d76-bhnfl   1/1     Running   0          75s',
      ]),
    );
    expect(run('kubectl -A get svc').output.split('\n')[0]).toBe(
      'NAMESPACE   NAME       TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE',
    );
  });

  test('--context, --kubeconfig and --server are refused: the playground has one cluster', () => {
    for (const line of [
      'kubectl --context prod get pods',
      'kubectl get pods --kubeconfig=/dev/null',
      'kubectl -s https://10.0.0.1:6443 get svc',
    ]) {
      const result = run(line);
      expect(result.exitCode).toBe(1);
      expect(result.output).toMatch(/^error: --(context|kubeconfig|server) is not supported by the playground: it simulates one cluster/);
    }
  });
});

describe('printer columns', () => {
  const files = [
    {
      name: 'services.yaml',
      text: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 5
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx:1.27, ports: [{ containerPort: 8080, name: http }] }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: http }, { name: metrics, port: 9090 }]
---
apiVersion: v1
kind: Service
metadata: { name: db }
spec:
  type: ExternalName
  externalName: db.example.com
---
apiVersion: v1
kind: Service
metadata: { name: lb-aws }
spec:
  type: LoadBalancer
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }]
status:
  loadBalancer:
    ingress: [{ hostname: a1b2c3d4e5f6-1234567890.eu-west-1.elb.amazonaws.com }]
---
apiVersion: v1
kind: Service
metadata: { name: web-headless }
spec:
  clusterIP: None
  selector: { app: web }
  ports: [{ port: 8080 }]
---
apiVersion: v1
kind: Service
metadata: { name: pg }
spec:
  ports: [{ port: 5432 }]
---
apiVersion: v1
kind: Endpoints
metadata: { name: pg }
subsets:
  - addresses: [{ ip: 192.0.2.42 }]
    ports: [{ port: 5432 }]
`,
    },
  ];
  const context = seedContext({ files, now: 600 });
  const ips = context
    .report!.pods.map((p) => p.ip!)
    .sort()
    .slice(0, 3);

  test('get svc: ExternalName’s name, a clipped load-balancer hostname, node ports, headless None', () => {
    const { output } = run('kubectl get svc', context);
    const lines = output.split('\n');
    expect(lines[0]).toBe('NAME           TYPE           CLUSTER-IP       EXTERNAL-IP        PORT(S)           AGE');
    expect(lines[1]).toBe('db             ExternalName   <none>           db.example.com     <none>            10m');
    expect(lines[2]).toMatch(/^lb-aws {9}LoadBalancer {3}10\.\d+\.\d+\.\d+ +a1b2c3d4e5f6-\.\.\. {3}80:30080\/TCP {6}10m$/);
    expect(lines[3]).toMatch(/^pg {13}ClusterIP {6}10\.\d+\.\d+\.\d+ +<none> {13}5432\/TCP {10}10m$/);
    expect(lines[4]).toMatch(/^web {12}ClusterIP {6}10\.\d+\.\d+\.\d+ +<none> {13}80\/TCP,9090\/TCP {3}10m$/);
    expect(lines[5]).toBe('web-headless   ClusterIP      None             <none>             8080/TCP          10m');
    // -o wide does not clip, and adds SELECTOR.
    expect(run('kubectl get svc lb-aws -o wide', context).output).toMatch(
      / {3}a1b2c3d4e5f6-1234567890\.eu-west-1\.elb\.amazonaws\.com {3}80:30080\/TCP {3}10m {3}app=web$/,
    );
  });

  test('a LoadBalancer without status: the address the playground assumes for it (its note says so), node ports in PORT(S)', () => {
    const lb = seedContext({
      files: [
        {
          name: 'lb.yaml',
          text: 'apiVersion: v1\nkind: Service\nmetadata: { name: lb }\nspec:\n  type: LoadBalancer\n  ports: [{ name: https, port: 443, nodePort: 30443 }, { name: dns, port: 53, protocol: UDP, nodePort: 30053 }]\n',
        },
      ],
      now: 0,
    });
    expect(run('kubectl get svc lb', lb).output).toMatch(
      /^NAME {3}TYPE {11}CLUSTER-IP {3,}EXTERNAL-IP {3,}PORT\(S\) {22}AGE\nlb {5}LoadBalancer {3}10\.\d+\.\d+\.\d+ +198\.19\.\d+\.\d+ +443:30443\/TCP,53:30053\/UDP {3}0s$/,
    );
    // Without an address, EXTERNAL-IP is kubectl's <pending> (getServiceExternalIP, below).
    // An API object kubectl knows and the playground does not model: said so, never that the server lacks it.
    expect(run('kubectl get cs', lb).output).toMatch(/^error: "cs" is not supported by the playground's kubectl\n/);
  });

  test('getServiceExternalIP and makePortString, case by case', () => {
    expect(serviceExternalIP({ type: 'LoadBalancer', externalIPs: [], ingress: [] }, false)).toBe('<pending>');
    expect(serviceExternalIP({ type: 'LoadBalancer', externalIPs: ['192.0.2.9'], ingress: [] }, false)).toBe('192.0.2.9');
    // The ingress list is sorted, then clipped to 13 bytes and "..." before the external IPs join it.
    const twoIngress = { type: 'LoadBalancer', externalIPs: ['192.0.2.9'], ingress: ['203.0.113.7', '203.0.113.10'] };
    expect(serviceExternalIP(twoIngress, false)).toBe('203.0.113.10,...,192.0.2.9');
    expect(serviceExternalIP(twoIngress, true)).toBe('203.0.113.10,203.0.113.7,192.0.2.9');
    expect(serviceExternalIP({ type: 'NodePort', externalIPs: [], ingress: [] }, false)).toBe('<none>');
    expect(serviceExternalIP({ type: 'ExternalName', externalIPs: [], ingress: [], externalName: 'db.example.com' }, false)).toBe(
      'db.example.com',
    );
    expect(
      servicePorts([
        { port: 53, protocol: 'UDP' },
        { port: 443, nodePort: 30443, protocol: 'TCP' },
      ]),
    ).toBe('53/UDP,443:30443/TCP');
    expect(servicePorts([])).toBe('<none>');
  });

  test('get endpoints: the controller’s addresses, three ip:port and “+ N more...”, the 1.33+ warning', () => {
    expect(run('kubectl get endpoints', context).output).toBe(
      text([
        'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice',
        'NAME           ENDPOINTS                                                     AGE',
        `lb-aws         ${ips[0]}:8080,${ips[1]}:8080,${ips[2]}:8080 + 2 more...   10m`,
        'pg             192.0.2.42:5432                                               10m',
        // Two ports × five addresses: the first port's first three, ten in all.
        `web            ${ips[0]}:8080,${ips[1]}:8080,${ips[2]}:8080 + 7 more...   10m`,
        `web-headless   ${ips[0]}:8080,${ips[1]}:8080,${ips[2]}:8080 + 2 more...   10m`,
      ]),
    );
    // No warning before 1.33.
    const older = seedContext({ files, now: 600 });
    older.report = { ...older.report!, kubernetesVersion: '1.32' };
    expect(run('kubectl get ep pg', older).output).toBe(text(['NAME   ENDPOINTS         AGE', 'pg     192.0.2.42:5432   10m']));
  });

  test('formatEndpoints: <none> without subsets, addresses alone without ports, IPv6 in brackets', () => {
    expect(formatEndpoints({})).toBe('<none>');
    expect(formatEndpoints({ subsets: [{ addresses: [{ ip: '10.0.0.1' }, { ip: '10.0.0.2' }] }] })).toBe('10.0.0.1,10.0.0.2');
    expect(formatEndpoints({ subsets: [{ addresses: [{ ip: 'fd00::1' }], ports: [{ port: 80, protocol: 'TCP' }] }] })).toBe('[fd00::1]:80');
    expect(formatEndpoints({ subsets: [{ notReadyAddresses: [{ ip: '10.0.0.3' }], ports: [{ port: 80, protocol: 'TCP' }] }] })).toBe('');
  });

  test('a not-ready pod is a notReadyAddress: not in ENDPOINTS, in -o yaml', () => {
    const notReady = liveContext(
      [{ id: '1', at: 1, event: { type: 'pod.notReady', pod: 'default/echo-7f87489d76-bhnfl' }, label: 'x' }],
      75,
    );
    const bhnfl = notReady.report!.pods.find((p) => p.name === 'echo-7f87489d76-bhnfl')!;
    const ready = notReady.report!.pods.find((p) => p.name === 'echo-7f87489d76-4lzt6')!;
    expect(run('kubectl get ep echo-svc', notReady).output.split('\n')[2]).toBe(`echo-svc   ${ready.ip}:5678   75s`);
    expect(run('kubectl get ep echo-svc -o jsonpath={.subsets[0].notReadyAddresses[*].ip}', notReady).output).toBe(
      `Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n${bhnfl.ip}`,
    );
  });
});

describe('events', () => {
  test('get events: the scheduler’s, the ReplicaSet’s, the kubelet’s records, listed by object name', () => {
    const context = liveContext(
      [
        { id: '1', at: 10, event: { type: 'pod.delete', pod: 'default/echo-7f87489d76-bhnfl' }, label: 'kubectl delete pod' },
        { id: '2', at: 20, event: { type: 'node.cordon', node: 'mnode-m03' }, label: 'kubectl cordon mnode-m03' },
      ],
      75,
    );
    const replacement = context.report!.pods.find((p) => p.owner === 'Deployment echo' && p.name !== 'echo-7f87489d76-4lzt6')!;
    const lines = run('kubectl get events', context).output.split('\n');
    expect(lines[0]).toBe('LAST SEEN   TYPE     REASON               OBJECT                       MESSAGE');
    expect(lines).toContain('65s         Normal   Killing              pod/echo-7f87489d76-bhnfl    Stopping container');
    expect(lines).toContain(
      `65s         Normal   Scheduled            pod/${replacement.name.padEnd(25)}Successfully assigned default/${replacement.name} to ${replacement.node}`,
    );
    expect(lines).toContain(`65s         Normal   SuccessfulCreate     replicaset/echo-7f87489d76   Created pod: ${replacement.name}`);
    expect(lines[lines.length - 1]).toBe(
      '55s         Normal   NodeNotSchedulable   node/mnode-m03               Node mnode-m03 status is now: NodeNotSchedulable',
    );
    // -o wide: eventColumnDefinitions' order, SUBOBJECT and SOURCE (formatEventSource: "component, host")
    // before MESSAGE, then FIRST SEEN, COUNT, NAME.
    const wide = run('kubectl get events -o wide', context).output.split('\n');
    expect(wide[0]).toMatch(/^LAST SEEN {3}TYPE {5}REASON {15}OBJECT {23}SUBOBJECT {3}SOURCE {3,}MESSAGE {3,}FIRST SEEN {3}COUNT {3}NAME$/);
    expect(wide[wide.length - 1]).toMatch(
      /^55s {9}Normal {3}NodeNotSchedulable {3}node\/mnode-m03 {15}(?: {9}) {3}kubelet, mnode-m03 {3,}Node mnode-m03 status is now: NodeNotSchedulable {3,}55s {10}1 {7}mnode-m03\.[0-9a-f]{16}$/,
    );
    // --sort-by on the time the docs sort events by.
    const byTime = run('kubectl get events --sort-by=.lastTimestamp -o custom-columns=REASON:.reason', context).output.split('\n');
    expect(byTime[byTime.length - 1]).toBe('NodeNotSchedulable');
  });
});

describe('-o jsonpath, -o custom-columns, --sort-by', () => {
  test('jsonpath: a list’s items joined by spaces, range/end, filters, string literals', () => {
    expect(run('kubectl get pods -o jsonpath={.items[*].metadata.name}').output).toBe('client echo-7f87489d76-4lzt6 echo-7f87489d76-bhnfl');
    expect(run(`kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.spec.nodeName}{"\\n"}{end}'`).output).toBe(
      'client\tmnode-m02\necho-7f87489d76-4lzt6\tmnode-m02\necho-7f87489d76-bhnfl\tmnode-m03\n',
    );
    expect(run(`kubectl get pods -o jsonpath='{.items[?(@.spec.nodeName=="mnode-m03")].metadata.name}'`).output).toBe(
      'echo-7f87489d76-bhnfl',
    );
    // One named object is the object itself, not a List.
    expect(run(`kubectl get svc echo-svc -o jsonpath='{.spec.ports[0].port}/{.spec.ports[0].protocol}'`).output).toBe('80/TCP');
    // Maps print as Go's json.Marshal writes them: keys sorted.
    expect(run(`kubectl get pod echo-7f87489d76-4lzt6 -o jsonpath='{.metadata.labels}'`).output).toBe(
      '{"app":"echo","pod-template-hash":"7f87489d76"}',
    );
    // A pod without labels has no labels field: nothing to print.
    expect(run(`kubectl get pod client -o jsonpath='{.metadata.labels}'`).output).toBe('');
    expect(run(`kubectl get pods -o jsonpath='{.items[0].missing}'`).output).toBe('');
    expect(run(`kubectl get pods -o jsonpath='{.items[0'`).output).toMatch(/^error: error parsing jsonpath/);
  });

  test('custom-columns with --sort-by: the named columns, <none> for what a path does not find', () => {
    expect(
      run('kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,GATES:.spec.readinessGates --sort-by=.spec.nodeName')
        .output,
    ).toBe(
      text([
        'NAME                    NODE        GATES',
        'client                  mnode-m02   <none>',
        'echo-7f87489d76-4lzt6   mnode-m02   <none>',
        'echo-7f87489d76-bhnfl   mnode-m03   <none>',
      ]),
    );
    // The tabwriter's minimum cell width is 6.
    expect(run('kubectl get svc echo-svc -o custom-columns=P:.spec.ports[0].port,NAME:.metadata.name').output).toBe(
      text(['P     NAME', '80    echo-svc']),
    );
    expect(run('kubectl get pod client -o custom-columns=PHASE:.status.phase,N:.metadata.name --no-headers').output).toBe(
      'Running   client',
    );
    expect(run('kubectl get pods -o custom-columns=NAME').output).toBe(
      'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>',
    );
  });

  test('--sort-by orders the table; a path no object has is kubectl’s error', () => {
    const names = run('kubectl get pods --sort-by={.status.podIP} -o name').output.split('\n');
    const byIP = [...seed.report!.pods].sort((a, b) => (a.ip! < b.ip! ? -1 : 1)).map((p) => `pod/${p.name}`);
    expect(names).toEqual(byIP);
    // By age, as the docs sort: a pod's creationTimestamp is the simulated moment it was created.
    const byAge = liveContext([{ id: '1', at: 30, event: { type: 'pod.delete', pod: 'default/echo-7f87489d76-4lzt6' }, label: 'x' }], 60);
    const replacement = byAge.report!.pods.find(
      (p) => p.owner === 'Deployment echo' && !p.terminating && p.name !== 'echo-7f87489d76-bhnfl',
    )!;
    expect(run(`kubectl get pods client ${replacement.name} -o jsonpath={.items[*].metadata.creationTimestamp}`, byAge).output).toBe(
      '2025-01-01T00:00:00Z 2025-01-01T00:00:30Z',
    );
    expect(run('kubectl get pods --sort-by=.metadata.creationTimestamp -o name', byAge).output.split('\n').at(-1)).toBe(
      `pod/${replacement.name}`,
    );
    expect(run('kubectl get pods --sort-by=.spec.nope').output).toBe(
      'error: couldn\'t find any field with path "{.spec.nope}" in the list of objects',
    );
  });
});

describe('get nodes -o wide', () => {
  test('printNode’s wide columns: INTERNAL-IP, EXTERNAL-IP, then <unknown> for an empty status.nodeInfo', () => {
    expect(run('kubectl get nodes -o wide').output).toBe(
      text([
        'NAME        STATUS   ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE    KERNEL-VERSION   CONTAINER-RUNTIME',
        'mnode       Ready    control-plane   75s   v1.34.0   <none>        <none>        <unknown>   <unknown>        <unknown>',
        'mnode-m02   Ready    <none>          75s   v1.34.0   <none>        <none>        <unknown>   <unknown>        <unknown>',
        'mnode-m03   Ready    <none>          75s   v1.34.0   <none>        <none>        <unknown>   <unknown>        <unknown>',
      ]),
    );
    // getNodeInternalIP: the first InternalIP of status.addresses.
    const files = [
      {
        name: 'node.yaml',
        text: 'apiVersion: v1\nkind: Node\nmetadata: { name: n1 }\nstatus:\n  addresses: [{ type: InternalIP, address: 192.168.49.2 }, { type: Hostname, address: n1 }]\n',
      },
    ];
    expect(run('kubectl get nodes -o wide', seedContext({ files, now: 0 })).output.split('\n')[1]).toBe(
      'n1     Ready    <none>   0s    v1.34.0   192.168.49.2   <none>        <unknown>   <unknown>        <unknown>',
    );
  });
});

describe('namespaces: -n anywhere, NAMESPACE/NAME read as kubectl reads it', () => {
  // resource.Builder's ResourceTypeOrNameArgs: a type followed by TYPE/NAME arguments.
  const RESOURCE_NAME_FORM =
    "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";
  const files = [
    ...seedFiles(),
    {
      name: 'shop.yaml',
      text: 'apiVersion: v1\nkind: Service\nmetadata: { name: web, namespace: shop }\nspec:\n  selector: { app: web }\n  ports: [{ port: 80 }]\n',
    },
  ];
  const context = seedContext({ files, now: 75 });

  test('every command that names a Service takes -n before or after the verb', () => {
    for (const line of [
      'kubectl describe svc web -n shop',
      'kubectl -n shop describe svc web',
      'kubectl get svc web --namespace=shop',
      'kubectl -n shop get svc/web',
      'kubectl get ep web -n shop',
      `kubectl patch svc web -n shop -p '{"spec":{"trafficDistribution":"PreferClose"}}'`,
      'kubectl -n shop set selector svc/web app=shop',
      'kubectl label svc web tier=front -n shop',
      'hit 10 web -n shop --from default/client',
      'hit 10 shop/web --from default/client',
    ])
      expect(run(line, context).exitCode, line).toBe(0);
    expect(run('kubectl -n shop get svc/web', context).output).toMatch(
      /^NAME {3}TYPE {8}CLUSTER-IP {3,}EXTERNAL-IP {3}PORT\(S\) {3}AGE\nweb {4}ClusterIP {3}/,
    );
  });

  test('SVC NAMESPACE/NAME: kubectl reads TYPE/NAME, so its error, and the hint names the namespace with -n', () => {
    for (const [line, typeWord] of [
      ['kubectl describe svc shop/web', 'svc'],
      ['kubectl get svc shop/web', 'svc'],
      [`kubectl patch service shop/web -p '{}'`, 'service'],
      ['kubectl label svc shop/web a=b', 'svc'],
      ['kubectl set selector svc shop/web app=x', 'svc'],
    ] as const) {
      const result = run(line, context);
      expect(result.exitCode, line).toBe(1);
      expect(result.output, line).toBe(
        `${RESOURCE_NAME_FORM}\nkubectl reads "shop/web" as TYPE/NAME, not NAMESPACE/NAME: write ${typeWord} web -n shop.`,
      );
      expect(result.events).toEqual([]);
    }
    expect(run('kubectl get svc svc/web', context).output).toBe(`${RESOURCE_NAME_FORM}\nWrite svc/web alone, without svc before it.`);
  });

  test('NotFound in the namespace asked for says where an object of that name is', () => {
    for (const line of [
      'kubectl describe svc web',
      'kubectl get svc web',
      `kubectl patch svc web -p '{"spec":{}}'`,
      'kubectl label svc web a=b',
      'kubectl set selector svc/web app=x',
    ]) {
      const result = run(line, context);
      expect(result.exitCode, line).toBe(1);
      expect(result.output, line).toBe('Error from server (NotFound): services "web" not found\nThere is shop/web: add -n shop.');
    }
    expect(run('kubectl describe svc nothing', context).output).toBe(
      'Error from server (NotFound): services "nothing" not found\nTry kubectl get svc -n default.',
    );
    expect(run('kubectl scale deploy echo --replicas=3 -n shop', context).output).toBe(
      'Error from server (NotFound): deployments.apps "echo" not found\nThere is default/echo: add -n default.',
    );
  });
});

describe('flags kubectl has that the playground does not take', () => {
  test('are refused by name with what to use instead, never as unknown flags', () => {
    const field = run('kubectl get pods --field-selector spec.nodeName=mnode-m03');
    expect(field.exitCode).toBe(1);
    expect(field.output).toBe(
      "error: --field-selector is not supported by the playground\nSelect by labels with -l KEY=VALUE, or see each pod's node with kubectl get pods -o wide.",
    );
    expect(run('kubectl -v=6 get pods').output).toMatch(/^error: -v is not supported by the playground\n/);
    expect(run('kubectl delete pod client --dry-run=client').output).toMatch(/^error: --dry-run is not supported by the playground\n/);
    // A flag kubectl does not have either is cobra's error.
    expect(run('kubectl get pods --bogus').output).toBe("error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.");
  });
});

describe('delete -l, hit -n', () => {
  // staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go: PrintObj names a namespaced object's
  // namespace from 1.34 (#126619); Complete and Validate settle --now, --grace-period and --force.
  test('delete pod: kubectl 1.34 names the namespace; --force alone is a force deletion, --grace-period=0 alone is 1 s', () => {
    const one = run('kubectl delete pod client');
    expect(one.output).toBe('pod "client" deleted from default namespace');
    expect(one.events).toEqual([{ type: 'pod.delete', pod: 'default/client' }]);
    const forced = run('kubectl delete pod client --force');
    expect(forced.output).toBe(
      text([
        'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.',
        'pod "client" force deleted from default namespace',
      ]),
    );
    expect(forced.events).toEqual([{ type: 'pod.delete', pod: 'default/client', gracePeriodSeconds: 0 }]);
    expect(run('kubectl delete pod client --grace-period=0').events).toEqual([
      { type: 'pod.delete', pod: 'default/client', gracePeriodSeconds: 1 },
    ]);
    expect(run('kubectl delete pod client --now').events).toEqual([{ type: 'pod.delete', pod: 'default/client', gracePeriodSeconds: 1 }]);
    // A node is not namespaced; before 1.34 no namespace is named.
    expect(run('kubectl delete node mnode-m03').output).toBe('node "mnode-m03" deleted');
    const older = seedContext({ now: 75 });
    older.report = { ...older.report!, kubernetesVersion: '1.33' };
    expect(run('kubectl delete pod client', older).output).toBe('pod "client" deleted');
  });

  test('delete pods --all: every pod of the namespace, by name', () => {
    const result = run('kubectl delete pods --all');
    expect(result.output).toBe(
      text([
        'pod "client" deleted from default namespace',
        'pod "echo-7f87489d76-4lzt6" deleted from default namespace',
        'pod "echo-7f87489d76-bhnfl" deleted from default namespace',
      ]),
    );
    expect(result.events).toHaveLength(3);
    expect(run('kubectl delete pods --all -n kube-system').output).toBe('No resources found');
    expect(run('kubectl delete pods --all -l app=echo').output).toBe('error: cannot set --all and --selector at the same time');
  });

  test('delete pod -l: each matching pod, by name, as kubectl lists them', () => {
    const result = run('kubectl delete pod -l app=echo');
    expect(result.output).toBe(
      text(['pod "echo-7f87489d76-4lzt6" deleted from default namespace', 'pod "echo-7f87489d76-bhnfl" deleted from default namespace']),
    );
    expect(result.events).toEqual([
      { type: 'pod.delete', pod: 'default/echo-7f87489d76-4lzt6' },
      { type: 'pod.delete', pod: 'default/echo-7f87489d76-bhnfl' },
    ]);
    expect(run('kubectl delete pod -l app=nothing').output).toBe('No resources found');
    expect(run('kubectl delete pod client -l app=echo').output).toBe('error: name cannot be provided when a selector is specified');
  });

  test('hit takes -n and NAMESPACE/NAME', () => {
    expect(run('hit 10 default/echo-svc').exitCode).toBe(0);
    expect(run('hit -n default 10 echo-svc').output).toBe(run('hit 10 echo-svc').output);
    expect(run('hit 10 echo-svc --from default/client -n default').exitCode).toBe(0);
    const wrong = run('hit 10 echo-svc -n kube-system');
    expect(wrong.exitCode).toBe(1);
    expect(wrong.output).toBe(
      'Error from server (NotFound): services "echo-svc" not found\nThere is default/echo-svc: add -n default or write it as NAMESPACE/NAME.',
    );
  });
});

describe('get -w', () => {
  test('prints the rows that changed as the timeline moves, aligned to the table, ages alone do not count', () => {
    const before = liveContext([], 5);
    const watch = startWatch('kubectl get pods -w', before)!;
    expect(watch).not.toBeNull();
    expect(run('kubectl get pods -w', before).watch).toBe(true);
    // Time passing changes only AGE: nothing to print.
    expect(advanceWatch(watch, liveContext([], 9)).lines).toEqual([]);
    const deleted = liveContext([{ id: '1', at: 6, event: { type: 'pod.delete', pod: 'default/echo-7f87489d76-bhnfl' }, label: 'x' }], 7);
    const { lines, next } = advanceWatch(watch, deleted);
    const replacement = deleted.report!.pods.find(
      (p) => p.owner === 'Deployment echo' && p.name !== 'echo-7f87489d76-4lzt6' && !p.terminating,
    )!;
    expect(lines).toEqual([
      'echo-7f87489d76-bhnfl   1/1     Terminating   0          7s',
      // The STATUS column grew to "Terminating" on the line before: the tabwriter remembers it.
      `${replacement.name.padEnd(24)}0/1     Running       0          1s`,
    ]);
    expect(advanceWatch(next, deleted).lines).toEqual([]);
    expect(run('kubectl get pods -w -o yaml').output).toMatch(/^error: the playground watches tables only/);
    // get's watch builds its request with SingleResourceType (resource.Builder's resourceMappings).
    for (const line of ['kubectl get pods,svc -w', 'kubectl get all -w', 'kubectl get svc/echo-svc deploy/echo -w']) {
      const result = run(line);
      expect(result.output, line).toMatch(/^error: you may only specify a single resource type\n/);
      expect(result.watch, line).toBeUndefined();
    }
    // Several names of one kind are one resource type: watched.
    expect(run('kubectl get pod client echo-7f87489d76-bhnfl -w').watch).toBe(true);
  });
});
