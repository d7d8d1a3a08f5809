import { useId, useState, type FormEvent } from 'react';

/**
 * "Find a pod or node": Enter selects the first match and brings it into view (zooming in as far
 * as needed to draw it); says so when nothing matches.
 */
export function CanvasSearch({ onFind }: { onFind(query: string): string | null }) {
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim()) return;
    setMessage(onFind(query) ?? '');
  };
  return (
    <form className="kt-canvas-search" role="search" onSubmit={submit} data-testid="canvas-search">
      <label htmlFor={id} className="visually-hidden">
        Find a pod or node by name
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Find…"
        title="Find a pod or node by name"
        autoComplete="off"
        spellCheck={false}
        data-testid="canvas-search-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setMessage('');
        }}
      />
      <span role="status" className="kt-canvas-search__message" data-testid="canvas-search-message">
        {message}
      </span>
    </form>
  );
}
