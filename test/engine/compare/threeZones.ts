/**
 * A 3-zone cluster with uneven endpoints: zone-a has two nodes and three web pods (two on n-a1,
 * one on n-a2), zone-b one node and one web pod, zone-c one node and none. One client per zone:
 * client-a on n-a2, client-b on n-b, client-c on n-c. Every node has 4 CPUs.
 */
const node = (name: string, zone: string) => `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  labels:
    kubernetes.io/hostname: ${name}
    topology.kubernetes.io/zone: ${zone}
status:
  allocatable:
    cpu: "4"
`;
const pod = (name: string, on: string, app: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
    app: ${app}
spec:
  nodeName: ${on}
  containers:
    - name: c
      image: registry.k8s.io/pause:3.10
`;
export const THREE_ZONES_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;
export const THREE_ZONES = [
  {
    name: 'nodes.yaml',
    text: [node('n-a1', 'zone-a'), node('n-a2', 'zone-a'), node('n-b', 'zone-b'), node('n-c', 'zone-c')].join('---\n'),
  },
  {
    name: 'web.yaml',
    text: [pod('web-a1', 'n-a1', 'web'), pod('web-a2', 'n-a1', 'web'), pod('web-a3', 'n-a2', 'web'), pod('web-b1', 'n-b', 'web')].join(
      '---\n',
    ),
  },
  {
    name: 'clients.yaml',
    text: [pod('client-a', 'n-a2', 'client'), pod('client-b', 'n-b', 'client'), pod('client-c', 'n-c', 'client')].join('---\n'),
  },
  { name: 'service.yaml', text: THREE_ZONES_SERVICE },
];
