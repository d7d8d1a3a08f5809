import type { IPFamilyName } from '../../engine';
import { useStore } from '../../state';

interface IpFamilyChoiceProps {
  service: string;
  /** The Service's families, its primary first. */
  families: readonly [IPFamilyName, IPFamilyName];
  family: IPFamilyName;
}

/**
 * IPv4 / IPv6 for a dual-stack Service: which family's routes the canvas draws, the inspector
 * explains, Send requests uses and the Compare tab compares. Radio buttons, so arrow keys move
 * between the two.
 */
export function IpFamilyChoice({ service, families, family }: IpFamilyChoiceProps) {
  const setIpFamily = useStore((s) => s.setIpFamily);
  const name = `ip-family-${service}`;
  return (
    <fieldset
      className="kt-family"
      data-testid="ip-family"
      title={`${service} is dual-stack: kube-proxy runs one proxier per IP family. Show the routes of one family.`}
    >
      <legend className="visually-hidden">IP family of {service}</legend>
      {[...families].sort().map((f) => (
        <label key={f} className="kt-family__option">
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={f}
            checked={f === family}
            data-testid={`ip-family-${f}`}
            onChange={() => setIpFamily(f)}
          />
          <span>{f}</span>
        </label>
      ))}
    </fieldset>
  );
}
