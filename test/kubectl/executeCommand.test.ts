import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { analyzeCluster } from '../../src/engine/analyze';
import { simulateCluster } from '../../src/engine/events';
import { runLine } from '../../src/kubectl/executeCommand';
import { seedContext, seedFilesCluster } from './seedContext';

const context = seedContext({ now: 75 });
const echoPods = context.report!.pods.filter((p) => p.owner === 'Deployment echo');
const echoOnM02 = echoPods.find((p) => p.node === 'mnode-m02')!;
const run = (line: string) => runLine(line, context);

describe('reading commands print like kubectl', () => {
  test('get pods -o wide has the real columns and one row per pod', () => {
    const { output, exitCode, events } = run('kubectl get pods -o wide');
    expect(exitCode).toBe(0);
    expect(events).toEqual([]);
    const [header, ...rows] = output.split('\n');
    expect(header!.split(/\s{2,}/)).toEqual([
      'NAME',
      'READY',
      'STATUS',
      'RESTARTS',
      'AGE',
      'IP',
      'NODE',
      'NOMINATED NODE',
      'READINESS GATES',
    ]);
    expect(rows).toHaveLength(3);
    const client = rows.find((r) => r.startsWith('client '))!.split(/\s+/);
    expect(client.slice(0, 7)).toEqual([
      'client',
      '1/1',
      'Running',
      '0',
      '75s',
      context.report!.pods.find((p) => p.name === 'client')!.ip,
      'mnode-m02',
    ]);
  });

  test.each([
    ['kubectl get nodes', ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'], 3],
    ['kubectl get svc', ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'], 1],
    ['kubectl get deploy', ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'], 1],
    ['kubectl get endpointslices', ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'], 1],
    ['kubectl get pods -A', ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], 3],
  ])('%s', (line, columns, rows) => {
    const { output, exitCode } = run(line);
    expect(exitCode).toBe(0);
    const lines = output.split('\n');
    expect(lines[0]!.split(/\s{2,}/)).toEqual(columns);
    expect(lines).toHaveLength(rows + 1);
  });

  test('get svc shows the cluster IP and ports; nodes show the zone with -L', () => {
    expect(run('kubectl get svc').output).toMatch(/echo-svc\s+ClusterIP\s+10\.96\.\d+\.\d+\s+<none>\s+80\/TCP/);
    expect(run('kubectl get nodes -L topology.kubernetes.io/zone').output).toMatch(/mnode-m03\s+Ready\s+<none>\s+75s\s+v1\.34\.0\s+zone-b/);
  });

  test('get endpointslices -o yaml prints the report’s EndpointSlices as API objects', () => {
    const list = parse(run('kubectl get endpointslices -o yaml').output);
    expect(list.kind).toBe('List');
    expect(list.items).toEqual(context.report!.endpointSlices);
    const single = JSON.parse(run(`kubectl get endpointslice ${context.report!.endpointSlices[0]!.metadata.name} -o json`).output);
    expect(single.kind).toBe('EndpointSlice');
  });

  test('selectors, names and -o name', () => {
    expect(run('kubectl get pods -l app=echo -o name').output.split('\n').sort()).toEqual(echoPods.map((p) => `pod/${p.name}`).sort());
    expect(run('kubectl get pods -l !app -o name').output).toBe('pod/client');
    expect(run('kubectl get po client').output.split('\n')).toHaveLength(2);
    expect(run('kubectl get pods -n kube-system').output).toBe('No resources found in kube-system namespace.');
  });

  test('describe svc lists its endpoints with conditions', () => {
    const { output } = run('kubectl describe svc echo-svc');
    expect(output).toMatch(/^Name:\s+echo-svc$/m);
    expect(output).toMatch(/^Selector:\s+app=echo$/m);
    for (const pod of echoPods) expect(output).toContain(pod.name);
    expect(output).toContain('ready=true serving=true terminating=false');
  });

  test('describe node lists the pods on it; describe deploy the template', () => {
    expect(run('kubectl describe node mnode-m02').output).toContain(echoOnM02.name);
    expect(run('kubectl describe deploy echo').output).toMatch(
      /Replicas:\s+2 desired \| 2 updated \| 2 total \| 2 available \| 0 unavailable/,
    );
    expect(run('kubectl describe deploy echo').output).toMatch(
      /^StrategyType:\s+RollingUpdate\nMinReadySeconds:\s+0\nRollingUpdateStrategy:\s+25% max unavailable, 25% max surge$/m,
    );
  });

  test('rollout status of a settled Deployment', () => {
    expect(run('kubectl rollout status deploy/echo')).toMatchObject({ output: 'deployment "echo" successfully rolled out', exitCode: 0 });
  });

  test('hit counts like sort | uniq -c, summing to COUNT, one line per pod in name order', () => {
    const { output, exitCode } = run('hit 40 echo-svc');
    expect(exitCode).toBe(0);
    const [header, ...lines] = output.split('\n');
    expect(header).toBe('# 40 requests from default/client (mnode-m02) to default/echo-svc:80');
    const counts = lines.map((l) => /^\s+(\d+) (\S+)$/.exec(l)!);
    expect(counts.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(40);
    const names = counts.map((m) => m[2]!);
    expect(names).toEqual([...names].sort());
    expect(names.map((n) => n.split('@')[1]).sort()).toEqual(['mnode-m02', 'mnode-m03']);
    expect(run('hit 40 echo-svc 80 --from client').output).toBe(output);
  });
});

describe('changing commands answer like kubectl and return events, never touching files', () => {
  test.each([
    ['kubectl cordon mnode-m02', 'node/mnode-m02 cordoned', [{ type: 'node.cordon', node: 'mnode-m02' }]],
    ['kubectl uncordon mnode-m02', 'node/mnode-m02 already uncordoned', []],
    [
      'kubectl scale deploy/echo --replicas=1',
      'deployment.apps/echo scaled',
      [{ type: 'deployment.scale', deployment: 'default/echo', replicas: 1 }],
    ],
    [
      'kubectl scale deployment echo --replicas 3',
      'deployment.apps/echo scaled',
      [{ type: 'deployment.scale', deployment: 'default/echo', replicas: 3 }],
    ],
    [
      `kubectl patch svc echo-svc --type merge -p '{"spec":{"trafficDistribution":"PreferSameNode"}}'`,
      'service/echo-svc patched',
      [{ type: 'service.patch', service: 'default/echo-svc', patch: { spec: { trafficDistribution: 'PreferSameNode' } } }],
    ],
    [
      `kubectl patch deploy echo -p '{"spec":{"template":{"spec":{"nodeSelector":{"topology.kubernetes.io/zone":"zone-b"}}}}}'`,
      'deployment.apps/echo patched',
      [
        {
          type: 'deployment.patch',
          deployment: 'default/echo',
          patch: { spec: { template: { spec: { nodeSelector: { 'topology.kubernetes.io/zone': 'zone-b' } } } } },
        },
      ],
    ],
    [
      'kubectl set selector svc/echo-svc app=echo2',
      'service/echo-svc selector updated',
      [{ type: 'service.patch', service: 'default/echo-svc', patch: { spec: { selector: { app: 'echo2' } } } }],
    ],
    [
      'kubectl label node mnode-m02 topology.kubernetes.io/zone=zone-c --overwrite',
      'node/mnode-m02 labeled',
      [{ type: 'object.label', kind: 'Node', name: 'mnode-m02', labels: { 'topology.kubernetes.io/zone': 'zone-c' } }],
    ],
    [
      'kubectl label pod client role=tester app-',
      'pod/client labeled',
      [{ type: 'object.label', kind: 'Pod', name: 'default/client', labels: { role: 'tester', app: null } }],
    ],
    ['kubectl delete pod client', 'pod "client" deleted from default namespace', [{ type: 'pod.delete', pod: 'default/client' }]],
    [
      'kubectl delete pod/client --grace-period=5',
      'pod "client" deleted from default namespace',
      [{ type: 'pod.delete', pod: 'default/client', gracePeriodSeconds: 5 }],
    ],
    ['kubectl delete node mnode-m03', 'node "mnode-m03" deleted', [{ type: 'node.delete', node: 'mnode-m03' }]],
  ])('%s', (line, output, events) => {
    expect(run(line)).toEqual({ output, events, exitCode: 0 });
  });

  test('drain refuses pods no controller manages (after cordoning), like kubectl; --force evicts them too', () => {
    const refused = run('kubectl drain mnode-m02');
    expect(refused.exitCode).toBe(1);
    expect(refused.output).toContain('node/mnode-m02 cordoned');
    expect(refused.output).toContain('cannot delete Pods that declare no controller (use --force to override): default/client');
    expect(refused.events).toEqual([{ type: 'node.drain', node: 'mnode-m02' }]);
    const forced = run('kubectl drain mnode-m02 --ignore-daemonsets --force');
    expect(forced.exitCode).toBe(0);
    expect(forced.output.split('\n')).toEqual([
      'node/mnode-m02 cordoned',
      'Warning: deleting Pods that declare no controller: default/client',
      'evicting pod default/client',
      `evicting pod ${echoOnM02.key}`,
      'pod/client evicted',
      `pod/${echoOnM02.name} evicted`,
      'node/mnode-m02 drained',
    ]);
    expect(forced.events).toEqual([{ type: 'node.drain', node: 'mnode-m02', force: true, ignoreDaemonSets: true }]);
  });

  test('apply -f names the objects of a workspace file and hands its text to the timeline', () => {
    const result = run('kubectl apply -f echo-service.yaml');
    expect(result.output).toBe('service/echo-svc configured');
    expect(result.events).toEqual([
      { type: 'apply', file: 'echo-service.yaml', text: context.files.find((f) => f.name === 'echo-service.yaml')!.text },
    ]);
  });
});

describe('bad commands: kubectl’s error, a hint, exit code 1, no event', () => {
  test.each([
    ['kubectl get foo', /^error: the playground does not know the resource type "foo"\n/],
    ['kubectl get podz', /^error: the playground does not know the resource type "podz"\nDid you mean "pods"\?/],
    [
      'kubectl get ingress',
      /^error: "ingress" is not supported by the playground's kubectl\n.*Ingress and Gateway API routes are not modelled/,
    ],
    ['kubectl get configmaps', /^error: "configmaps" is not supported by the playground's kubectl\n.*do not change routing/],
    ['kubectl get pods nope', /^Error from server \(NotFound\): pods "nope" not found\nTry kubectl get pods -n default/],
    ['kubectl get pods -o table', /^error: unable to match a printer suitable for the output format "table"/],
    ['kubectl get', /^error: you must specify the type of resource to get/],
    ['kubectl describe svc nope', /^Error from server \(NotFound\): services "nope" not found/],
    ['kubectl cordon nope', /^Error from server \(NotFound\): nodes "nope" not found\nThe nodes are: mnode, mnode-m02, mnode-m03\./],
    ['kubectl cordon', /^error: USAGE: cordon NODE/],
    ['kubectl scale deploy/echo', /^error: required flag\(s\) "replicas" not set/],
    ['kubectl scale deploy/echo --replicas=-1', /^error: invalid argument "-1" for "--replicas" flag/],
    ['kubectl scale deploy/nope --replicas=1', /^Error from server \(NotFound\): deployments.apps "nope" not found/],
    ['kubectl scale svc/echo-svc --replicas=1', /^error: the playground scales Deployments/],
    ['kubectl patch svc echo-svc', /^error: must specify --patch/],
    [`kubectl patch svc echo-svc -p '{"spec":'`, /^error: unable to parse/],
    [`kubectl patch svc echo-svc -p '[1]'`, /a merge patch must be a JSON object/],
    [`kubectl patch svc echo-svc --type json -p '[]'`, /merge patches only/],
    [`kubectl patch node mnode -p '{}'`, /For nodes: kubectl cordon/],
    [
      `kubectl label pod ${echoOnM02.name} app=other`,
      /^error: 'app' already has a value \(echo\), and --overwrite is false\nAdd --overwrite/,
    ],
    ['kubectl label pod client', /at least one label update is required/],
    ['kubectl label pod client =x', /invalid label spec: =x/],
    ['kubectl delete pod nope', /^Error from server \(NotFound\): pods "nope" not found/],
    ['kubectl delete svc echo-svc', /deletes pods and nodes only/],
    [
      'kubectl delete pod client --force --grace-period=5',
      /^error: --force and --grace-period greater than 0 cannot be specified together$/,
    ],
    ['kubectl delete pod client --now --grace-period=5', /^error: --now and --grace-period cannot be specified together$/],
    ['kubectl delete pod client --grace-period=soon', /invalid argument "soon" for "--grace-period"/],
    ['kubectl apply -f missing.yaml', /^error: the path "missing.yaml" does not exist\nThe workspace files: cluster.yaml/],
    ['kubectl apply', /must specify one of -f and -k/],
    ['kubectl rollout undo deploy/echo', /unknown command "undo" for "kubectl rollout"/],
    ['kubectl set env deploy/echo A=1', /unknown command "env" for "kubectl set"/],
    ['hit 10 nope', /^Error from server \(NotFound\): services "nope" not found/],
    ['hit 10 echo-svc 443', /has no port 443/],
    ['hit 10 echo-svc --from nope', /pods "nope" not found/],
    [`hit 10 echo-svc --from ${echoOnM02.name}`, /is not a client pod/],
    ['kubectl get pods --bogus', /^error: unknown flag: --bogus/],
  ])('%s', (line, message) => {
    const result = run(line);
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(message);
    expect(result.events).toEqual([]);
  });

  test('a line never throws, even without a report', () => {
    const empty = { ...context, report: null };
    for (const line of ['kubectl get pods', 'kubectl drain x', 'hit 1 x', 'kubectl describe pod x', `kubectl patch svc x -p '{}'`]) {
      expect(runLine(line, empty).exitCode).toBe(1);
    }
  });

  test('help and clear', () => {
    expect(run('help').output).toContain('kubectl drain NODE');
    expect(run('kubectl drain --help').output).toContain('--ignore-daemonsets');
    expect(run('clear')).toMatchObject({ clear: true, exitCode: 0 });
  });
});

describe('on the live cluster during a rolling update', () => {
  const patch = { spec: { template: { spec: { nodeSelector: { 'topology.kubernetes.io/zone': 'zone-b' } } } } };
  const at = (now: number) => {
    const base = seedContext();
    const live = simulateCluster(
      seedFilesCluster(),
      [{ id: '1', at: 0, event: { type: 'deployment.patch', deployment: 'default/echo', patch }, label: 'patch' }],
      now,
    );
    const report = analyzeCluster(live.cluster, { kubernetesVersion: '1.34' });
    return { ...base, report, cluster: live.cluster, lifecycle: live.pods, now };
  };

  test('rollout status follows the rollout: new replicas, old ones terminating, then done', () => {
    expect(runLine('kubectl rollout status deploy/echo', at(0)).output).toMatch(
      /^Waiting for deployment "echo" rollout to finish: \d out of 2 new replicas have been updated\.\.\./,
    );
    const middle = at(6);
    expect(runLine('kubectl rollout status deploy/echo', middle).output).toMatch(/old replicas are pending termination/);
    expect(runLine('kubectl get pods', middle).output).toMatch(/Terminating/);
    expect(runLine('kubectl rollout status deploy/echo', at(40)).output).toBe('deployment "echo" successfully rolled out');
    expect(
      runLine('kubectl get pods -o wide -l app=echo', at(40))
        .output.split('\n')
        .slice(1)
        .every((row) => row.includes('mnode-m03')),
    ).toBe(true);
  });
});

test('a terminating pod’s YAML carries its deletionTimestamp from the live object', () => {
  const base = seedContext();
  const pod = base.report!.pods.find((p) => p.owner)!;
  const live = simulateCluster(seedFilesCluster(), [{ id: '1', at: 0, event: { type: 'pod.delete', pod: pod.key }, label: 'delete' }], 1);
  const context = {
    ...base,
    report: analyzeCluster(live.cluster, { kubernetesVersion: '1.34' }),
    cluster: live.cluster,
    lifecycle: live.pods,
    now: 1,
  };
  const object = parse(runLine(`kubectl get pod ${pod.name} -o yaml`, context).output);
  expect(object.metadata.deletionTimestamp).toBe(live.cluster.pods.find((p) => p.metadata.name === pod.name)!.metadata.deletionTimestamp);
  expect(object.metadata.deletionTimestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(runLine('kubectl get pods', context).output).toMatch(new RegExp(`${pod.name}\\s+\\d/1\\s+Terminating`));
});

describe('set image and rollout restart start a rolling update', () => {
  /** The seed demo after the events the lines produce (each at t=0), at `now`. */
  const liveAfter = (lines: string[], now: number) => {
    const base = seedContext();
    let context = { ...base };
    const events = [];
    for (const [i, line] of lines.entries()) {
      const result = runLine(line, context);
      expect(result.exitCode, result.output).toBe(0);
      events.push(...result.events.map((event) => ({ id: String(i), at: 0, event, label: line })));
      const live = simulateCluster(seedFilesCluster(), events, 0);
      context = {
        ...base,
        report: analyzeCluster(live.cluster, { kubernetesVersion: '1.34' }),
        cluster: live.cluster,
        lifecycle: live.pods,
      };
    }
    const live = simulateCluster(seedFilesCluster(), events, now);
    return {
      ...base,
      report: analyzeCluster(live.cluster, { kubernetesVersion: '1.34' }),
      cluster: live.cluster,
      lifecycle: live.pods,
      now,
    };
  };
  const echoHashes = (ctx: ReturnType<typeof liveAfter>) =>
    new Set(ctx.report.pods.filter((p) => p.owner === 'Deployment echo' && !p.terminating).map((p) => p.labels['pod-template-hash']));
  const before = echoHashes(liveAfter([], 0));

  test('set image patches the live template: ports, args and env stay, only the image changes', () => {
    const result = run('kubectl set image deploy/echo echo=hashicorp/http-echo:1.0');
    expect(result).toMatchObject({ output: 'deployment.apps/echo image updated', exitCode: 0 });
    const containers = (
      result.events[0] as unknown as { patch: { spec: { template: { spec: { containers: Record<string, unknown>[] } } } } }
    ).patch.spec.template.spec.containers;
    expect(containers).toHaveLength(1);
    expect(containers[0]).toMatchObject({
      name: 'echo',
      image: 'hashicorp/http-echo:1.0',
      ports: [{ containerPort: 5678 }],
      env: [{ name: 'POD_NAME' }],
    });
  });

  test('the new image rolls every echo pod over; a second set image starts from the first one', () => {
    expect(
      runLine('kubectl rollout status deploy/echo', liveAfter(['kubectl set image deploy/echo echo=hashicorp/http-echo:1.0'], 1)).output,
    ).toMatch(/^Waiting for deployment "echo" rollout to finish/);
    const done = liveAfter(['kubectl set image deploy/echo echo=hashicorp/http-echo:1.0'], 60);
    expect(runLine('kubectl rollout status deploy/echo', done).output).toBe('deployment "echo" successfully rolled out');
    const after = echoHashes(done);
    expect(after.size).toBe(1);
    expect([...after][0]).not.toBe([...before][0]);
    const live = done.cluster.deployments.find((d) => d.metadata.name === 'echo')!;
    expect(live.writtenTemplate).toMatchObject({ spec: { containers: [{ name: 'echo', image: 'hashicorp/http-echo:1.0' }] } });
    // Setting the image it already has changes nothing.
    expect(
      echoHashes(
        liveAfter(
          ['kubectl set image deploy/echo echo=hashicorp/http-echo:1.0', 'kubectl set image deploy/echo echo=hashicorp/http-echo:1.0'],
          60,
        ),
      ),
    ).toEqual(after);
  });

  test('rollout restart stamps the template with the simulated time and replaces every pod', () => {
    const result = runLine('kubectl rollout restart deploy/echo', { ...context, now: 12 });
    expect(result).toMatchObject({ output: 'deployment.apps/echo restarted', exitCode: 0 });
    expect(result.events).toEqual([
      {
        type: 'deployment.patch',
        deployment: 'default/echo',
        patch: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2025-01-01T00:00:12Z' } } } } },
      },
    ]);
    const done = liveAfter(['kubectl rollout restart deploy/echo'], 60);
    expect(runLine('kubectl rollout status deploy/echo', done).output).toBe('deployment "echo" successfully rolled out');
    const after = echoHashes(done);
    expect(after.size).toBe(1);
    expect([...after][0]).not.toBe([...before][0]);
  });

  test('rollout restart of something else than a Deployment is refused', () => {
    expect(run('kubectl rollout restart svc/echo-svc')).toMatchObject({ exitCode: 1, events: [] });
    expect(run('kubectl rollout restart svc/echo-svc').output).toMatch(/"echo-svc" restarting is not supported/);
  });
});
