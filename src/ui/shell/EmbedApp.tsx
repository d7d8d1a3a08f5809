/**
 * The embedded playground: a compact, read-mostly view for an iframe of any size. The editor (and
 * with it Monaco) is only mounted when the view shows it.
 */
import { lazy, Suspense, useEffect } from 'react';
import { SplitPane } from './SplitPane';
import { useResolvedTheme } from './useResolvedTheme';
import { TopologyCanvas } from '../canvas/TopologyCanvas';
import { Inspector } from '../inspector/Inspector';
import { WorkspacePane } from '../editor/WorkspacePane';
import './embed.css';
import { EmbedBar } from './EmbedBar';
import type { EmbedOptions } from '../../io/embed/embedOptions';
import { useEmbedState } from '../../state/embedState';
import { connectHost } from '../../io/embed/hostBridge';
import { OpenInPlayground } from './OpenInPlayground';

const ComparePanel = lazy(() => import('../panels/compare/ComparePanel'));

function Notice() {
  const notice = useEmbedState((s) => s.notice);
  const setNotice = useEmbedState((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="embed__notice" role="status" data-testid="embed-notice">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss the notice">
        ×
      </button>
    </div>
  );
}

export function EmbedApp({ options }: { options: EmbedOptions }) {
  const { monacoTheme } = useResolvedTheme();
  useEffect(() => {
    const bridge = connectHost(options);
    return () => bridge.dispose();
  }, [options]);

  const canvas = (
    <div className="canvas-region" id="canvas-region">
      <TopologyCanvas />
    </div>
  );
  const picture =
    options.controls === 'full' ? (
      <SplitPane
        className="embed__with-inspector"
        label="Resize the topology and the inspector"
        initial={68}
        min={40}
        max={85}
        first={canvas}
        second={<Inspector />}
      />
    ) : (
      canvas
    );
  const editor = <WorkspacePane monacoTheme={monacoTheme} />;

  return (
    <div className={`embed embed--${options.view}`} data-testid="embed" data-view={options.view} data-controls={options.controls}>
      {options.controls !== 'none' && <EmbedBar full={options.controls === 'full'} />}
      <Notice />
      <main className="embed__main">
        {options.view === 'canvas' && picture}
        {options.view === 'editor' && editor}
        {options.view === 'compare' && (
          <Suspense fallback={null}>
            <ComparePanel />
          </Suspense>
        )}
        {options.view === 'split' && (
          <SplitPane label="Resize the editor and the topology" initial={40} min={20} max={75} first={editor} second={picture} />
        )}
      </main>
      {options.controls === 'none' && (
        <footer className="embed__footer">
          <OpenInPlayground />
        </footer>
      )}
    </div>
  );
}
