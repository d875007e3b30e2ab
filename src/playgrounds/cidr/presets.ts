// Address plans a reader can start from. Defaults as the tools document them:
// - kubeadm: serviceSubnet defaults to 10.96.0.0/12 (cmd/kubeadm/app/apis/kubeadm/v1beta4 defaults.go
//   DefaultServicesSubnet); podSubnet has no default — 10.244.0.0/16 is Flannel's default, so common with kubeadm.
// - k3s: --cluster-cidr 10.42.0.0/16, --service-cidr 10.43.0.0/16 (k3s-io/k3s pkg/cli/cmds/server.go flag help).
// - kind: podSubnet 10.244.0.0/16, serviceSubnet 10.96.0.0/16 (kubernetes-sigs/kind
//   pkg/apis/config/v1alpha4/default.go); dual-stack adds fd00:10:244::/56 and fd00:10:96::/112.

import type { PlanState } from './share.ts';
import { DEFAULT_STATE } from './share.ts';

export interface Preset {
	/** Its label is in the page's words (words-en.ts `presets`). */
	id: string;
	state: PlanState;
}

export const PRESETS: readonly Preset[] = [
	{ id: 'chapter', state: { ...DEFAULT_STATE } },
	{
		id: 'kubeadm',
		state: { pod: '10.244.0.0/16', service: '10.96.0.0/12', node: '192.168.1.0/24', nodeMaskV4: '24', nodeMaskV6: '', maxPods: '110' },
	},
	{
		id: 'k3s',
		state: { pod: '10.42.0.0/16', service: '10.43.0.0/16', node: '192.168.1.0/24', nodeMaskV4: '24', nodeMaskV6: '', maxPods: '110' },
	},
	{
		id: 'kind',
		state: { pod: '10.244.0.0/16', service: '10.96.0.0/16', node: '172.18.0.0/16', nodeMaskV4: '24', nodeMaskV6: '', maxPods: '110' },
	},
	{
		id: 'dual-stack',
		state: {
			pod: '10.244.0.0/16,fd00:10:244::/56',
			service: '10.96.0.0/16,fd00:10:96::/112',
			node: '192.168.1.0/24,fd00:192:168:1::/64',
			nodeMaskV4: '24',
			nodeMaskV6: '64',
			maxPods: '110',
		},
	},
];
