import { useStore } from '../store';
import { EXAMPLES } from './examples';

/** Built-in examples; loading one replaces the workspace files. */
export function ExamplesMenu() {
  const loadExample = useStore((s) => s.loadExample);
  return (
    <div className="control control--inline">
      <label htmlFor="examples-menu">Examples</label>
      <select
        id="examples-menu"
        data-testid="examples-menu"
        value=""
        onChange={(event) => {
          const example = EXAMPLES.find((e) => e.id === event.target.value);
          if (example) loadExample(example);
        }}
      >
        <option value="" disabled>
          Load an example…
        </option>
        {EXAMPLES.map((e) => (
          <option key={e.id} value={e.id} title={e.description}>
            {e.title}
          </option>
        ))}
      </select>
    </div>
  );
}
