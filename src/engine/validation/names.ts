/**
 * Name and port syntax checks, with the messages of k8s.io/apimachinery/pkg/util/validation
 * (validation.go). Each returns the list of problems; empty means valid (one shared, read-only
 * empty list: names are checked once per object of a large cluster).
 */

const NO_PROBLEMS: readonly string[] = Object.freeze([]);

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const PORT_NAME_CHARS = /^[-a-z0-9]+$/;
const PORT_NAME_LETTER = /[a-z]/;

function maxLength(length: number): string {
  return `must be no more than ${length} characters`;
}

// NOTE: the double space in "'my-name',  or" is upstream's own (RegexError joins examples that way).
export function isDNS1123Label(value: string): readonly string[] {
  if (value.length <= 63 && DNS1123_LABEL.test(value)) return NO_PROBLEMS;
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLength(63));
  if (!DNS1123_LABEL.test(value)) {
    errs.push(
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return errs;
}

export function isDNS1123Subdomain(value: string): readonly string[] {
  if (value.length <= 253 && DNS1123_SUBDOMAIN.test(value)) return NO_PROBLEMS;
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLength(253));
  if (!DNS1123_SUBDOMAIN.test(value)) {
    errs.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  }
  return errs;
}

export function isDNS1035Label(value: string): readonly string[] {
  if (value.length <= 63 && DNS1035_LABEL.test(value)) return NO_PROBLEMS;
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLength(63));
  if (!DNS1035_LABEL.test(value)) {
    errs.push(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return errs;
}

export function isValidPortNum(port: number): readonly string[] {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? NO_PROBLEMS : ['must be between 1 and 65535, inclusive'];
}

/** IANA_SVC_NAME, as container port names and named targetPorts must be. */
export function isValidPortName(name: string): readonly string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push(maxLength(15));
  if (!PORT_NAME_CHARS.test(name)) errs.push('must contain only alpha-numerics (a-z, 0-9), and hyphens (-)');
  if (!PORT_NAME_LETTER.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs.length === 0 ? NO_PROBLEMS : errs;
}
