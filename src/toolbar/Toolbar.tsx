/** The toolbar on top: examples and view settings, then the Service, kube-proxy and version controls. */
import { StaleBadge } from '../app/StaleBadge';
import { EmbedButton } from '../embed/EmbedButton';
import { ExamplesMenu } from '../scenarios/ExamplesMenu';
import { KeepAndShare } from '../share/KeepAndShare';
import { ProxyControls } from './ProxyControls';
import { ServiceControls } from './ServiceControls';
import { ShortcutsHelp } from './ShortcutsHelp';
import { VersionControl } from './VersionControl';
import { ViewControls } from './ViewControls';

export function Toolbar() {
  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="toolbar__top">
        <h1 className="toolbar__title">Kube Traffic Playground</h1>
        <ExamplesMenu />
        <StaleBadge />
        <div className="toolbar__end">
          <KeepAndShare />
          <ViewControls />
          <EmbedButton />
          <ShortcutsHelp />
        </div>
      </div>
      <div role="group" aria-label="Cluster settings" className="toolbar__controls">
        <ServiceControls />
        <ProxyControls />
        <VersionControl />
      </div>
    </header>
  );
}
