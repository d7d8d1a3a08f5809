/** The YAML side: file tabs, the (lazily loaded) editor, and the problems list. */
import { lazy, Suspense } from 'react';
import { useStore } from '../../state';
import { FileTabs } from './FileTabs';
import { ProblemsList } from './ProblemsList';

const YamlEditor = lazy(() => import('./YamlEditor'));

export function WorkspacePane({ monacoTheme }: { monacoTheme: string }) {
  return (
    <section className="workspace" aria-label="YAML workspace">
      <FileTabs />
      <div className="workspace__editor" role="tabpanel" aria-label="Editor">
        <Suspense fallback={<EditorFallback />}>
          <YamlEditor monacoTheme={monacoTheme} />
        </Suspense>
      </div>
      <ProblemsList />
    </section>
  );
}

/** The active file as plain text while Monaco loads. */
function EditorFallback() {
  const text = useStore((s) => s.files.find((f) => f.name === s.activeFile)?.text ?? '');
  return (
    <pre className="editor-fallback" aria-busy="true">
      {text}
    </pre>
  );
}
