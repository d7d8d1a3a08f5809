/** The workspace files as tabs: open, add, rename (double-click or F2), delete (with a confirm step). */
import { useState, type KeyboardEvent } from 'react';
import { useStore } from '../../state';

export function FileTabs() {
  const files = useStore((s) => s.files);
  const activeFile = useStore((s) => s.activeFile);
  const setActiveFile = useStore((s) => s.setActiveFile);
  const addFile = useStore((s) => s.addFile);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (move) {
      const next = files[(index + move + files.length) % files.length];
      if (next) {
        setActiveFile(next.name);
        document.getElementById(tabId(next.name))?.focus();
      }
      event.preventDefault();
    } else if (event.key === 'F2') {
      setRenaming(files[index]!.name);
      event.preventDefault();
    }
  };

  return (
    <div className="file-tabs">
      <div role="tablist" aria-label="Workspace files" className="file-tabs__list">
        {files.map((file, index) =>
          renaming === file.name ? (
            <RenameInput key={file.name} name={file.name} onDone={() => setRenaming(null)} />
          ) : (
            <span key={file.name} className="file-tab" data-active={file.name === activeFile || undefined}>
              <button
                id={tabId(file.name)}
                role="tab"
                type="button"
                aria-selected={file.name === activeFile}
                tabIndex={file.name === activeFile ? 0 : -1}
                data-testid={`file-tab-${file.name}`}
                title="Double-click or F2 to rename"
                onClick={() => setActiveFile(file.name)}
                onDoubleClick={() => setRenaming(file.name)}
                onKeyDown={(event) => onTabKey(event, index)}
              >
                {file.name}
              </button>
              {confirmDelete === file.name ? (
                <DeleteConfirm name={file.name} onDone={() => setConfirmDelete(null)} />
              ) : (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete ${file.name}`}
                  title={`Delete ${file.name}`}
                  onClick={() => setConfirmDelete(file.name)}
                >
                  ×
                </button>
              )}
            </span>
          ),
        )}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Add a file"
        title="Add a file"
        data-testid="add-file"
        onClick={() => setRenaming(addFile())}
      >
        +
      </button>
    </div>
  );
}

function tabId(name: string): string {
  return `file-tab-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function RenameInput({ name, onDone }: { name: string; onDone: () => void }) {
  const renameFile = useStore((s) => s.renameFile);
  const [value, setValue] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    const error = renameFile(name, value);
    if (error) setProblem(error);
    else onDone();
  };
  return (
    <span className="file-tab file-tab--renaming">
      <input
        aria-label={`New name for ${name}`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'rename-problem' : undefined}
        value={value}
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          setValue(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') onDone();
        }}
        onBlur={() => {
          // Leaving the field keeps a valid new name and otherwise the old one.
          renameFile(name, value);
          onDone();
        }}
      />
      {problem && (
        <span id="rename-problem" role="alert" className="file-tab__problem">
          {problem}
        </span>
      )}
    </span>
  );
}

function DeleteConfirm({ name, onDone }: { name: string; onDone: () => void }) {
  const deleteFile = useStore((s) => s.deleteFile);
  return (
    <span className="file-tab__confirm" role="group" aria-label={`Delete ${name}?`}>
      <button type="button" className="danger" autoFocus onClick={() => (deleteFile(name), onDone())}>
        Delete
      </button>
      <button type="button" onClick={onDone}>
        Keep
      </button>
    </span>
  );
}
