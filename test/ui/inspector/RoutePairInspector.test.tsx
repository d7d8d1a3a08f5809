// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { NodePairInspector } from '../../../src/ui/inspector/NodePairInspector';
import { ZonePairInspector } from '../../../src/ui/inspector/ZonePairInspector';
import { node, pod } from '../../view/zonedManifests';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const report = analyzeFiles(
  [
    {
      name: 'cluster.yaml',
      text: [
        node('a1', 'zone-a'),
        node('b1', 'zone-b'),
        pod('web-1', 'a1', '{app: web}'),
        pod('web-2', 'b1', '{app: web}'),
        pod('shopper-1', 'a1', '{role: client}'),
        pod('shopper-2', 'b1', '{role: client}'),
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n    - port: 80\n',
      ].join('---\n'),
    },
  ],
  { kubernetesVersion: '1.34' },
);

function render(id: string, service: string | null, Inspector = NodePairInspector): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<Inspector report={report} id={id} service={service} />));
  const text = host.textContent ?? '';
  act(() => root.unmount());
  return text;
}

test('a node pair says what it sums and kube-proxy’s reasons for its clients', () => {
  const text = render('a1>b1', 'default/web');
  expect(text).toMatch(/^node a1 → node b1/);
  expect(text).toContain(
    '25% of default/web’s new connections (port 80, from inside the cluster): 1 of its 2 client pods run on node a1, and its kube-proxy sends 50% of their connections to 1 endpoint on node b1 (cross zone).',
  );
  expect(text).toMatch(/Why \(kube-proxy’s reasons\).+\(1 client\)/);
});

test('a pair that no longer carries traffic, or no drawn Service, says so', () => {
  expect(render('a1>nowhere', 'default/web')).toBe('This node pair carries none of default/web’s traffic now.');
  expect(render('a1>b1', null)).toBe('This node pair carries none of the drawn Service’s traffic now.');
});

test('a zone pair reads the same sentences with zones in place of nodes', () => {
  const text = render('zone-a>zone-b', 'default/web', ZonePairInspector);
  expect(text).toMatch(/^zone zone-a → zone zone-b/);
  expect(text).toContain(
    '25% of default/web’s new connections (port 80, from inside the cluster): 1 of its 2 client pods run in zone zone-a, and kube-proxy on their nodes sends 50% of their connections to 1 endpoint in zone zone-b (cross zone).',
  );
  expect(text).toContain('Zoom in to see the nodes');
  expect(render('zone-a>nowhere', 'default/web', ZonePairInspector)).toBe('This zone pair carries none of default/web’s traffic now.');
});
