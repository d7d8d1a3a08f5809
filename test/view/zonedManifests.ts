/** Small manifests as text for the zone and node summary tests: a zoned Node, a bound Pod, a Service on port 80. */
export const node = (name: string, zone: string) =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    topology.kubernetes.io/zone: ${zone}\n`;

export const pod = (name: string, nodeName: string, labels: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels: ${labels}\nspec:\n  nodeName: ${nodeName}\n  containers:\n    - name: c\n      image: nginx\n`;

/** `extra` is spec lines (two-space indented) written before the ports. */
export const service = (name: string, selector: string, extra = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector: ${selector}\n${extra}  ports:\n    - port: 80\n`;
