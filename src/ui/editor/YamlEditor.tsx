/**
 * The Monaco editor over the workspace files: one model per file, kept in step with the store
 * both ways, with the engine's diagnostics as markers. Loaded lazily (its own chunk).
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../state';
import type { StoreState } from '../../state/types';
import { controlPlaneGatesOf } from '../../state/versionsSlice';
import { registerEditor } from '../../state/editorBridge';
import { markersForFile } from './markers';
import { monaco, setUpMonaco } from './monaco/monacoSetup';
import { minimalReplacement } from '../../workspace/textDiff';
import { isTypingKey, tabStopBeside } from './tabStops';
import { editorLanguageFor, largeFileNote, LARGE_YAML_LANGUAGE } from './largeFile';

const MARKER_OWNER = 'kube-traffic-playground';

export function modelUri(file: string): monaco.Uri {
  return monaco.Uri.from({ scheme: 'file', path: `/workspace/${file}` });
}

type Editor = monaco.editor.IStandaloneCodeEditor;
type Model = monaco.editor.ITextModel;

/** Gives the model the language its size calls for (see largeFile.ts). */
function fitLanguage(model: Model): void {
  const language = editorLanguageFor(model.getValueLength());
  if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
}

/** Replaces the model's text with `text` as one undoable edit touching only what changed. */
function pushText(model: Model, text: string): void {
  const change = minimalReplacement(model.getValue(), text);
  if (!change) return;
  const start = model.getPositionAt(change.start);
  const end = model.getPositionAt(change.end);
  model.pushStackElement();
  model.pushEditOperations(
    [],
    [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: change.text }],
    () => null,
  );
  model.pushStackElement();
}

export default function YamlEditor({ monacoTheme }: { monacoTheme: string }) {
  const host = useRef<HTMLDivElement>(null);
  // Tab moves focus through the page (never indents) until the user types into the editor, and
  // again once focus leaves it; Escape or Ctrl+M switch back by hand. Said in a hint while focused.
  const [tabMoves, setTabMoves] = useState(true);
  const [focused, setFocused] = useState(false);
  const editorRef = useRef<Editor | null>(null);
  // The active file's size while it is edited in the large-file mode, else null.
  const [largeChars, setLargeChars] = useState<number | null>(null);

  useEffect(() => {
    setUpMonaco(useStore.getState().kubernetesVersion, controlPlaneGatesOf(useStore.getState()));
    const models = new Map<string, Model>();
    const listeners = new Map<string, monaco.IDisposable>();

    const editor = monaco.editor.create(host.current!, {
      model: null,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 2,
      insertSpaces: true,
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      ariaLabel:
        'YAML editor. Tab moves to the next control until you type; after that Tab indents, and Escape or Ctrl+M lets Tab move on.',
      quickSuggestions: { other: true, comments: false, strings: true },
      wordBasedSuggestions: 'off',
    });
    editorRef.current = editor;

    let moves = true;
    const setMoves = (value: boolean) => {
      moves = value;
      setTabMoves(value);
    };
    const keys = editor.onKeyDown((event) => {
      const key = event.browserEvent;
      if (event.keyCode === monaco.KeyCode.Tab && !key.ctrlKey && !key.altKey && !key.metaKey) {
        if (!moves) return;
        event.preventDefault();
        event.stopPropagation();
        const next = tabStopBeside(host.current!, key.shiftKey);
        if (next) next.focus();
        else (document.activeElement as HTMLElement | null)?.blur();
        return;
      }
      if (event.keyCode === monaco.KeyCode.Escape) setMoves(true);
      else if (moves && isTypingKey(key)) setMoves(false);
    });
    const focus = editor.onDidFocusEditorWidget(() => setFocused(true));
    const blur = editor.onDidBlurEditorWidget(() => {
      setFocused(false);
      setMoves(true);
    });
    // Ctrl+M as in VS Code (Monaco's own toggle sets a page-wide mode this editor does not use).
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, () => setMoves(!moves));
    editor.addCommand(monaco.KeyMod.WinCtrl | monaco.KeyCode.KeyM, () => setMoves(!moves));

    // Rounded to a tenth of a MiB, so typing in a large file does not render this component again.
    const showLarge = (model: Model | null) => {
      const large = model?.getLanguageId() === LARGE_YAML_LANGUAGE;
      setLargeChars(large ? Math.round(model.getValueLength() / 104_857.6) * 104_857.6 : null);
    };

    const setMarkers = (name: string, model: Model, diagnostics: StoreState['diagnostics']) => {
      const markers = markersForFile(diagnostics, name, (line) =>
        line >= 1 && line <= model.getLineCount() ? model.getLineMaxColumn(line) : 1,
      );
      monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
    };

    // setFileText replaces only the edited file's object, so files identical to the previous
    // state's need no text comparison.
    const syncModels = (state: StoreState, previous?: StoreState) => {
      const names = new Set(state.files.map((f) => f.name));
      for (const [name, model] of models) {
        if (names.has(name)) continue;
        listeners.get(name)?.dispose();
        listeners.delete(name);
        model.dispose();
        models.delete(name);
      }
      const unchanged = new Set(previous?.files);
      for (const file of state.files) {
        let model = models.get(file.name);
        if (!model) {
          model =
            monaco.editor.getModel(modelUri(file.name)) ??
            monaco.editor.createModel(file.text, editorLanguageFor(file.text.length), modelUri(file.name));
          const name = file.name;
          const created = model;
          listeners.set(
            name,
            created.onDidChangeContent(() => {
              fitLanguage(created);
              if (editor.getModel() === created) showLarge(created);
              useStore.getState().setFileText(name, created.getValue());
            }),
          );
          models.set(name, model);
          setMarkers(name, model, state.diagnostics);
        } else if (unchanged.has(file)) {
          continue;
        }
        if (model.getValue() !== file.text) pushText(model, file.text);
        fitLanguage(model);
      }
      const active = models.get(state.activeFile) ?? null;
      if (editor.getModel() !== active) editor.setModel(active);
      showLarge(active);
    };

    // Only on new diagnostics: between analyses Monaco moves the markers along with the edits.
    const syncMarkers = (state: StoreState) => {
      for (const [name, model] of models) setMarkers(name, model, state.diagnostics);
    };

    const initial = useStore.getState();
    syncModels(initial);
    const unsubscribe = useStore.subscribe((state, previous) => {
      if (state.files !== previous.files || state.activeFile !== previous.activeFile) syncModels(state, previous);
      if (state.diagnostics !== previous.diagnostics) syncMarkers(state);
      if (state.kubernetesVersion !== previous.kubernetesVersion || state.controlPlaneGates !== previous.controlPlaneGates) {
        setUpMonaco(state.kubernetesVersion, controlPlaneGatesOf(state));
      }
    });

    registerEditor({
      applyChange(change) {
        const model = models.get(change.file);
        if (!model) return false;
        pushText(model, change.text);
        return true;
      },
      reveal(file, line, column) {
        const model = models.get(file);
        if (!model) return;
        if (editor.getModel() !== model) editor.setModel(model);
        showLarge(model);
        editor.setPosition({ lineNumber: line, column });
        editor.revealLineInCenter(line);
        editor.focus();
      },
    });

    return () => {
      keys.dispose();
      focus.dispose();
      blur.dispose();
      registerEditor(null);
      unsubscribe();
      editor.dispose();
      for (const listener of listeners.values()) listener.dispose();
      for (const model of models.values()) model.dispose();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(monacoTheme);
  }, [monacoTheme]);

  // "nokey": React Flow's page-wide key handling (Space pans, Backspace deletes) must ignore the
  // editor, whose EditContext input is neither a textarea nor contenteditable.
  return (
    <>
      {largeChars !== null && (
        <p className="editor-large-note" data-testid="editor-large-file" title={largeFileNote(largeChars)}>
          {largeFileNote(largeChars)}
        </p>
      )}
      <div
        ref={host}
        className={largeChars === null ? 'editor-host nokey' : 'editor-host editor-host--large nokey'}
        data-testid="editor"
        data-large-file={largeChars !== null}
      />
      {focused && (
        <p className="editor-tab-hint" data-testid="editor-tab-hint" data-tab-moves={tabMoves} aria-hidden="true">
          {tabMoves ? (
            <>
              <kbd>Tab</kbd> moves to the next control · type to edit (then <kbd>Tab</kbd> indents)
            </>
          ) : (
            <>
              <kbd>Tab</kbd> indents · <kbd>Esc</kbd> or <kbd>Ctrl+M</kbd>, then <kbd>Tab</kbd>, moves on
            </>
          )}
        </p>
      )}
    </>
  );
}
