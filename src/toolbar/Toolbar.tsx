/** The toolbar on top: examples, the Service and kube-proxy controls, version, view settings. */
import { ExamplesMenu } from '../scenarios/ExamplesMenu';
import { StaleBadge } from '../app/StaleBadge';
import { ProxyControls } from './ProxyControls';
import { ServiceControls } from './ServiceControls';
import { ShortcutsHelp } from './ShortcutsHelp';
import { VersionControl } from './VersionControl';
import { ViewControls } from './ViewControls';

export function Toolbar() {
  return (
    <header className="toolbar" data-testid="toolbar">
      <h1 className="toolbar__title">Kube Traffic Playground</h1>
      <ExamplesMenu />
      <div role="group" aria-label="Cluster settings" className="toolbar__controls">
        <ServiceControls />
        <ProxyControls />
        <VersionControl />
      </div>
      <StaleBadge />
      <div className="toolbar__end">
        <ViewControls />
        <ShortcutsHelp />
      </div>
    </header>
  );
}
