/** The toolbar on top: examples and view settings, then the Service, kube-proxy and version controls. */
import { StaleBadge } from './StaleBadge';
import { EmbedButton } from '../sharing/EmbedButton';
import { ExamplesMenu } from '../scenarios/ExamplesMenu';
import { KeepAndShare } from '../sharing/KeepAndShare';
import { ProxyControls } from '../toolbar/ProxyControls';
import { ServiceControls } from '../toolbar/ServiceControls';
import { ShortcutsHelp } from './ShortcutsHelp';
import { VersionControl } from '../toolbar/VersionControl';
import { ViewControls } from '../toolbar/ViewControls';

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
