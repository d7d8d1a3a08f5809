// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, expect, test } from 'vitest';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../../../src/state';
import { SessionAffinity } from '../../../../src/ui/panels/timeline/SessionAffinity';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// Each test works on a store of its own.
beforeEach(() => {
  installPlaygroundStore(createPlaygroundStore());
});

test('lists each entry with its expiry, and marks it expired once the timeline is past it', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<SessionAffinity />));
  expect(host.textContent).toBe('');

  act(() =>
    useStore.setState({
      now: 3,
      affinity: [
        { clientIP: '10.1.2.3', service: 'default/echo-svc', port: 80, endpoint: 'default/echo-b', lastUsed: 2, timeoutSeconds: 10 },
      ],
    }),
  );
  expect(host.querySelector('h3')?.textContent).toBe('Session affinity');
  expect(host.querySelector('li')?.textContent).toBe('10.1.2.3 → echo-b for echo-svc:80, expires at t=12s');

  act(() => useStore.setState({ now: 12 }));
  expect(host.querySelector('li')?.textContent).toBe('10.1.2.3 → echo-b for echo-svc:80, expires at t=12s');
  act(() => useStore.setState({ now: 12.5 }));
  expect(host.querySelector('li')?.textContent).toBe('10.1.2.3 → echo-b for echo-svc:80, expired: the next request picks anew');
  act(() => root.unmount());
});
