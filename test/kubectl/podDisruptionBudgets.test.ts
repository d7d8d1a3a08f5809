import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { complete } from '../../src/kubectl/complete';
import { runLine } from '../../src/kubectl/executeCommand';
import { helpText } from '../../src/kubectl/help';
import { echoBudgetFile, liveSeedContext } from './seedContext';

const settled = liveSeedContext();
const echoPods = settled.report!.pods.filter((p) => p.owner === 'Deployment echo');
const run = (line: string, context = settled) => runLine(line, context);
const columns = (line: string) => line.split(/\s{2,}/);

/** The seed demo with a different budget in pdb.yaml. */
const withBudget = (spec: string[], metadata: string[] = []) =>
  liveSeedContext([], 0, [
    ...seedDemo.files,
    {
      name: 'pdb.yaml',
      text: ['apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata:', '  name: echo-pdb', ...metadata, 'spec:', ...spec, ''].join(
        '\n',
      ),
    },
  ]);

/** The seed demo after `kubectl delete pod` of one echo pod at 0 s, at `now`. */
const afterDelete = (now: number) =>
  liveSeedContext([{ id: '1', at: 0, event: { type: 'pod.delete', pod: echoPods[0]!.key }, label: 'kubectl delete pod' }], now);

describe('kubectl get pdb', () => {
  test('kubectl’s columns; minAvailable 1 over the two Ready echo pods allows one disruption', () => {
    expect(echoPods).toHaveLength(2);
    const { output, exitCode, events } = run('kubectl get pdb');
    expect(exitCode).toBe(0);
    expect(events).toEqual([]);
    const [header, ...rows] = output.split('\n');
    expect(columns(header!)).toEqual(['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE']);
    expect(rows.map(columns)).toEqual([['echo-pdb', '1', 'N/A', '1', '0s']]);
  });

  test('a terminating echo pod is not healthy: no disruption is allowed until its replacement is Ready', () => {
    const deleting = afterDelete(1);
    expect(deleting.report!.pods.filter((p) => p.owner === 'Deployment echo' && p.terminating)).toHaveLength(1);
    expect(columns(run('kubectl get pdb', deleting).output.split('\n')[1]!)).toEqual(['echo-pdb', '1', 'N/A', '0', '1s']);
    expect(parse(run('kubectl get pdb echo-pdb -o yaml', deleting).output).status).toMatchObject({
      currentHealthy: 1,
      desiredHealthy: 1,
      disruptionsAllowed: 0,
      expectedPods: 3,
    });
    // The replacement is Ready after its start-up delay while the old pod is still terminating.
    expect(columns(run('kubectl get pdb', afterDelete(10)).output.split('\n')[1]!)).toEqual(['echo-pdb', '1', 'N/A', '1', '10s']);
  });

  test('maxUnavailable as a percent: N/A for minAvailable, counted against the Deployment’s replicas', () => {
    const context = withBudget(['  maxUnavailable: 50%', '  selector:', '    matchLabels:', '      app: echo']);
    expect(columns(run('kubectl get pdb', context).output.split('\n')[1]!)).toEqual(['echo-pdb', 'N/A', '50%', '1', '0s']);
    expect(parse(run('kubectl get pdb echo-pdb -o yaml', context).output).status).toMatchObject({
      currentHealthy: 2,
      desiredHealthy: 1,
      expectedPods: 2,
    });
  });

  test('-o yaml: the object as the API server holds it, with the disruption controller’s status', () => {
    const object = parse(run('kubectl get pdb echo-pdb -o yaml').output);
    expect(object).toEqual({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { generation: 1, name: 'echo-pdb', namespace: 'default' },
      spec: { minAvailable: 1, selector: { matchLabels: { app: 'echo' } } },
      status: {
        conditions: [{ message: '', observedGeneration: 1, reason: 'SufficientPods', status: 'True', type: 'DisruptionAllowed' }],
        currentHealthy: 2,
        desiredHealthy: 1,
        disruptionsAllowed: 1,
        expectedPods: 2,
        observedGeneration: 1,
      },
    });
    expect(parse(run('kubectl get pdb echo-pdb -o yaml', afterDelete(1)).output).status.conditions[0]).toMatchObject({
      reason: 'InsufficientPods',
      status: 'False',
    });
    expect(JSON.parse(run('kubectl get pdb echo-pdb -o json').output)).toEqual(object);
    expect(parse(run('kubectl get pdb -o yaml').output)).toMatchObject({ kind: 'List', items: [object] });
  });

  test('the policy unset stays unset; AlwaysAllow and labels are printed as written', () => {
    const context = withBudget(
      ['  minAvailable: 50%', '  unhealthyPodEvictionPolicy: AlwaysAllow', '  selector: {}'],
      ['  labels:', '    team: web'],
    );
    const object = parse(run('kubectl get pdb echo-pdb -o yaml', context).output);
    expect(object.metadata.labels).toEqual({ team: 'web' });
    expect(object.spec).toEqual({ minAvailable: '50%', selector: {}, unhealthyPodEvictionPolicy: 'AlwaysAllow' });
    expect(parse(run('kubectl get pdb echo-pdb -o yaml').output).spec).not.toHaveProperty('unhealthyPodEvictionPolicy');
    expect(run('kubectl get pdb -l team=web -o name', context).output).toBe('poddisruptionbudget.policy/echo-pdb');
    expect(run('kubectl get pdb -l team=db', context).output).toBe('No resources found in default namespace.');
  });

  test('every name of the kind, namespaces and NotFound', () => {
    for (const word of ['pdb', 'pdb.policy', 'poddisruptionbudget', 'poddisruptionbudgets', 'poddisruptionbudgets.policy', 'PDB']) {
      expect(run(`kubectl get ${word} -o name`).output).toBe('poddisruptionbudget.policy/echo-pdb');
    }
    expect(run('kubectl get pdb/echo-pdb -o name').output).toBe('poddisruptionbudget.policy/echo-pdb');
    expect(columns(run('kubectl get pdb -A').output.split('\n')[1]!).slice(0, 2)).toEqual(['default', 'echo-pdb']);
    expect(run('kubectl get pdb -n kube-system').output).toBe('No resources found in kube-system namespace.');
    expect(run('kubectl get pdb nope')).toMatchObject({
      exitCode: 1,
      output: expect.stringMatching(/^Error from server \(NotFound\): poddisruptionbudgets\.policy "nope" not found\n/),
    });
  });

  test('an unknown kind’s hint names pdb among the kinds the playground knows', () => {
    const { output, exitCode } = run('kubectl get foo');
    expect(exitCode).toBe(1);
    expect(output).toMatch(/^error: the playground does not know the resource type "foo"\nThe playground knows .*\bpdb\b/);
    expect(run('kubectl get pdbs').output).toContain('Did you mean "pdb"?');
  });
});

describe('kubectl describe pdb', () => {
  test('kubectl’s layout: the bound that is set, the selector, then the status', () => {
    expect(run('kubectl describe pdb echo-pdb').output.split('\n')).toEqual([
      'Name:           echo-pdb',
      'Namespace:      default',
      'Min available:  1',
      'Selector:       app=echo',
      'Status:',
      '    Allowed disruptions:  1',
      '    Current:              2',
      '    Desired:              1',
      '    Total:                2',
    ]);
    expect(run('kubectl describe pdb echo-pdb', afterDelete(1)).output).toMatch(
      /^ {4}Allowed disruptions: {2}0\n {4}Current: {14}1\n {4}Desired: {14}1\n {4}Total: {16}3$/m,
    );
  });

  test('maxUnavailable instead of minAvailable; no selector is <unset>; NotFound', () => {
    const output = run('kubectl describe poddisruptionbudget echo-pdb', withBudget(['  maxUnavailable: 1'])).output;
    expect(output).toMatch(/^Max unavailable: {2}1$/m);
    expect(output).not.toContain('Min available');
    expect(output).toContain('\nSelector:         <unset>\n');
    expect(output).toMatch(/Total: +0$/m);
    expect(run('kubectl describe pdb nope')).toMatchObject({
      exitCode: 1,
      output: expect.stringMatching(/^Error from server \(NotFound\): poddisruptionbudgets\.policy "nope" not found/),
    });
  });
});

describe('the other verbs know the kind', () => {
  test('completion offers pdb with the kinds and the budgets’ names', () => {
    const at = (line: string) => complete(line, line.length, settled);
    expect(at('kubectl get p')).toEqual(['pdb', 'pods']);
    expect(at('kubectl describe p')).toEqual(['pdb', 'pods']);
    expect(at('kubectl get pdb ')).toEqual(['echo-pdb']);
    expect(at('kubectl describe poddisruptionbudgets.policy e')).toEqual(['echo-pdb']);
    expect(at('kubectl get pdb -n kube-system ')).toEqual([]);
  });

  test('apply names it poddisruptionbudget.policy; label and patch refuse it', () => {
    expect(run(`kubectl apply -f ${echoBudgetFile.name}`).output).toBe('poddisruptionbudget.policy/echo-pdb configured');
    const withoutBudget = { ...liveSeedContext([], 0, seedDemo.files), files: [...seedDemo.files, echoBudgetFile] };
    expect(run(`kubectl apply -f ${echoBudgetFile.name}`, withoutBudget).output).toBe('poddisruptionbudget.policy/echo-pdb created');
    expect(run('kubectl label pdb echo-pdb a=b')).toMatchObject({ exitCode: 1, events: [] });
    expect(run(`kubectl patch pdb echo-pdb -p '{"spec":{"minAvailable":2}}'`)).toMatchObject({ exitCode: 1, events: [] });
  });

  test('help lists pdb where kubectl get lists its kinds', () => {
    expect(helpText()).toMatch(/kubectl get KIND.*\bpdb\b/);
  });
});
