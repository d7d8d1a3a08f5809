// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { useStore } from '../../src/store';
import { ServiceControls } from '../../src/toolbar/ServiceControls';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const initial = useStore.getState();
afterEach(() => useStore.setState(initial, true));

const service = { name: 'svc.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n    - port: 80\n' };

test('says the YAML has errors, not that there is no Service, while the Service file does not parse', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  const report = analyzeFiles([service]);
  act(() => useStore.setState({ files: [{ ...service, text: `${service.text}  ports: [oops` }], report, stale: true }));
  act(() => root.render(<ServiceControls />));
  expect(host.textContent).toContain('The YAML has errors (see Problems)');

  act(() => useStore.setState({ files: [], report: analyzeFiles([]), stale: false }));
  expect(host.textContent).toBe('No Service in the workspace.');
  act(() => root.unmount());
});
