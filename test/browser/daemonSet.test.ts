/**
 * A DaemonSet pasted into the workspace: one agent pod per node (the control plane too, as it
 * tolerates the taint), and with internalTrafficPolicy: Local every node routes to its own pod.
 */
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { CLIENT, CLIENT_ROUTES, control, openTerminal, runTerminalLine, screenshotPath } from './pageHelpers';

const DAEMON_SET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: echo
spec:
  selector:
    matchLabels:
      app: echo
  template:
    metadata:
      labels:
        app: echo
    spec:
      tolerations:
        - key: node-role.kubernetes.io/control-plane
          operator: Exists
          effect: NoSchedule
      containers:
        - name: echo
          image: hashicorp/http-echo
          ports:
            - containerPort: 5678
`;

const NODES = ['mnode', 'mnode-m02', 'mnode-m03'];

test('a pasted DaemonSet behind internalTrafficPolicy Local: one local route per node', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await page.locator(CLIENT).waitFor({ timeout: 20_000 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('file-tab-echo-pod.yaml').click();
    await page.locator('[data-testid=editor] .view-lines').click();
    await page.evaluate((t) => navigator.clipboard.writeText(t), DAEMON_SET);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await page.locator(control('internalTrafficPolicy')).selectOption('Local');

    await openTerminal(page);
    await expect
      .poll(
        async () =>
          (await runTerminalLine(page, 'kubectl get ds'))
            .split('\n')[1]
            ?.trim()
            .split(/\s{2,}/)
            .slice(0, 6),
        { timeout: 20_000 },
      )
      .toEqual(['echo', '3', '3', '3', '3', '3']);
    const pods = (await runTerminalLine(page, 'kubectl get pods -l app=echo -o wide')).split('\n').slice(1);
    const podOn = new Map(pods.map((line) => line.trim().split(/\s+/)).map((cells) => [cells[6]!, cells[0]!]));
    expect([...podOn.keys()].sort()).toEqual(NODES);
    for (const name of podOn.values()) expect(name).toMatch(/^echo-[bcdfghjklmnpqrstvwxz2456789]{5}$/);

    const inspect = async (name: string) => {
      await page.locator(`[data-testid="node-${name}"]`).evaluate((el) => (el.closest('.react-flow__node') as HTMLElement).focus());
      await page.keyboard.press('Enter');
      await page.getByTestId('inspector').getByText(`kube-proxy on ${name}`).waitFor({ timeout: 20_000 });
      return page.getByTestId('inspector').locator('.kt-view summary').allTextContents();
    };
    for (const name of NODES) {
      await expect.poll(() => inspect(name), { timeout: 20_000 }).toEqual(['default/echo-svc:80 (internal) — 1 endpoint(s)']);
    }
    // The client on mnode-m02 reaches the agent on its own node only.
    await expect.poll(() => page.locator(CLIENT_ROUTES).count(), { timeout: 10_000 }).toBe(1);
    expect((await page.locator(CLIENT_ROUTES).getAttribute('data-testid')) ?? '').toContain(podOn.get('mnode-m02')!);
    await page.screenshot({ path: screenshotPath('daemonset-local') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);
