import { nameEnds } from '../../view/podLabel';
import './middleName.css';

/**
 * A name that, in a box too narrow for it, gives up characters in the middle ("web-68d…-mcrfk")
 * rather than breaking mid-word or losing the end that tells replicas apart. The full name is its
 * title (unless `titled` is false: the box around it has a title that says more), and what a screen
 * reader reads.
 */
export function MiddleName({ name, titled = true }: { name: string; titled?: boolean }) {
  const [head, tail] = nameEnds(name);
  return (
    <span className="kt-middle-name" title={titled ? name : undefined}>
      {head && <span className="kt-middle-name__head">{head}</span>}
      <span className="kt-middle-name__tail">{tail}</span>
    </span>
  );
}
