/**
 * The playground: toolbar on top; the YAML workspace, the topology canvas and the inspector side
 * by side (stacked on narrow screens). The canvas paints first; Monaco arrives in its own chunk.
 */
import { lazy, Suspense } from 'react';
import { BusyIndicator } from '../busy/BusyIndicator';
import { TerminalSlot } from '../common/TerminalSlot';
import { Dock } from './Dock';
import { dockPanels } from './dockPanels';
import { FirstVisitHint } from './FirstVisitHint';
import { SplitPane } from './SplitPane';
import { useResolvedTheme } from './useResolvedTheme';
import { useShortcuts } from './useShortcuts';
import { useTimelineClock } from './useTimelineClock';
import { TopologyCanvas } from '../canvas/TopologyCanvas';
import { CanvasEventLayer } from '../canvas/events/CanvasEventLayer';
import { Inspector } from '../inspector/Inspector';
import { UpdateNotice } from './UpdateNotice';
import { useStore } from '../../state';
import { Toolbar } from './Toolbar';
import { WorkspacePane } from '../editor/WorkspacePane';

/** The dock's terminal, also shown inside a tour step the learner types themselves. */
const TerminalPanel = dockPanels.find((p) => p.id === 'terminal')?.component;
const terminal = TerminalPanel ? <TerminalPanel /> : null;

// Workshop mode is switched on by hand; the first paint does not carry it.
const WorkshopView = lazy(() => import('./WorkshopView').then((m) => ({ default: m.WorkshopView })));

export function App() {
  const { monacoTheme } = useResolvedTheme();
  useShortcuts();
  useTimelineClock();
  const workshop = useStore((s) => s.workshop);
  return (
    <TerminalSlot.Provider value={terminal}>
      <div className={`app${workshop ? ' app--workshop' : ''}`}>
        <a className="skip-link" href="#canvas-region">
          Skip to the topology
        </a>
        <Toolbar />
        <BusyIndicator />
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
        {/* The presenter view shows the tour's step itself: no dock under it. */}
        {!workshop && <Dock />}
        <UpdateNotice />
      </div>
    </TerminalSlot.Provider>
  );
}
