/**
 * The playground: toolbar on top; the YAML workspace, the topology canvas and the inspector side
 * by side (stacked on narrow screens). The canvas paints first; Monaco arrives in its own chunk.
 */
import { lazy, Suspense } from 'react';
import { Dock } from './app/dock/Dock';
import { FirstVisitHint } from './app/FirstVisitHint';
import { SplitPane } from './app/SplitPane';
import { useResolvedTheme } from './app/useResolvedTheme';
import { useShortcuts } from './app/useShortcuts';
import { useTimelineClock } from './app/useTimelineClock';
import { TopologyCanvas } from './canvas/TopologyCanvas';
import { CanvasEventLayer } from './canvasEvents/CanvasEventLayer';
import { Inspector } from './inspector/Inspector';
import { UpdateNotice } from './offline/UpdateNotice';
import { useStore } from './store';
import { Toolbar } from './toolbar/Toolbar';
import { WorkspacePane } from './workspace/WorkspacePane';

// Workshop mode is switched on by hand; the first paint does not carry it.
const WorkshopView = lazy(() => import('./scenarios/ui/WorkshopView').then((m) => ({ default: m.WorkshopView })));

export function App() {
  const { monacoTheme } = useResolvedTheme();
  useShortcuts();
  useTimelineClock();
  const workshop = useStore((s) => s.workshop);
  return (
    <div className="app">
      <a className="skip-link" href="#canvas-region">
        Skip to the topology
      </a>
      <Toolbar />
      {workshop ? (
        <Suspense fallback={null}>
          <WorkshopView />
        </Suspense>
      ) : (
        <main className="app__main">
          <SplitPane
            label="Resize the editor and the topology"
            initial={36}
            min={20}
            max={70}
            first={<WorkspacePane monacoTheme={monacoTheme} />}
            second={
              <SplitPane
                label="Resize the topology and the inspector"
                initial={66}
                min={35}
                max={85}
                first={
                  <div className="canvas-region" id="canvas-region" tabIndex={-1}>
                    <FirstVisitHint />
                    <CanvasEventLayer />
                    <TopologyCanvas />
                  </div>
                }
                second={<Inspector />}
              />
            }
          />
        </main>
      )}
      <Dock />
      <UpdateNotice />
    </div>
  );
}
