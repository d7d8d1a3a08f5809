import type { CanvasNote as Note } from '../../view/canvasNote';

/**
 * The note above the graph. In a narrow canvas it shows its short form on one line, so the
 * picture keeps its room; the full sentence is its hover title, is read by screen readers, and
 * unfolds while the note has the focus.
 */
export function CanvasNote({ note }: { note: Note }) {
  return (
    <p className="kt-canvas__note" data-testid="canvas-note" title={note.full} tabIndex={0}>
      <span className="kt-canvas__note-full">{note.full}</span>
      <span className="kt-canvas__note-short" aria-hidden="true">
        {note.short} <span className="kt-canvas__note-more">i</span>
      </span>
    </p>
  );
}
