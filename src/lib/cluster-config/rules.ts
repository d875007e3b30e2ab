// What the kubeadm configuration reader checks beyond YAML syntax (the manifest validator's `yaml/*` rules),
// with the Kubernetes source each follows. Documented in docs/cidr-rules.md. No words here: the messages
// are in ./messages/en.ts and zh.ts.
import type { Severity } from '../i18n/index.ts';

export interface ConfigRule<Id extends string = string> {
	id: Id;
	severity: Severity;
	/** One English line for the rules table in docs/cidr-rules.md (maintainers' notes, not shown to readers). */
	checks: string;
	source: string;
}
const STRICT = 'cmd/kubeadm/app/util/config/strict.go VerifyUnmarshalStrict';

export const CONFIG_RULES = {
	unknownField: {
		id: 'kubeadm/unknown-field',
		severity: 'warning',
		checks: 'A field kubeadm does not know in networking or in an extraArgs entry: kubeadm init warns and ignores it, kubeadm config validate refuses it.',
		source: `${STRICT}; cmd/kubeadm/app/util/config/initconfiguration.go documentMapToInitConfiguration (strictErrors: a klog warning for init)`,
	},
	expectsString: {
		id: 'kubeadm/expects-string',
		severity: 'error',
		checks: 'A number where kubeadm reads a string (subnets, extraArgs values).',
		source: `${STRICT}; cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go (Arg.Value string)`,
	},
	expectsInteger: {
		id: 'kubelet/expects-integer',
		severity: 'error',
		checks: 'maxPods written as a quoted string.',
		source: 'staging/src/k8s.io/kubelet/config/v1beta1/types.go (MaxPods int32); strict decoding',
	},
	notAValue: { id: 'kubeadm/not-a-value', severity: 'error', checks: 'A list or map where a single value belongs.', source: STRICT },
	notAMap: { id: 'kubeadm/not-a-map', severity: 'error', checks: 'networking is not a map.', source: STRICT },
	extraArgsShape: {
		id: 'kubeadm/extra-args-shape',
		severity: 'error',
		checks: 'extraArgs as a map in v1beta4 (a list of name/value) or as a list in v1beta3 (a map).',
		source: 'cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go ControlPlaneComponent.ExtraArgs []Arg; v1beta3 map[string]string',
	},
	duplicateDocument: {
		id: 'kubeadm/duplicate-document',
		severity: 'error',
		checks: 'A second ClusterConfiguration or KubeletConfiguration (the playground reads the first).',
		source: 'cmd/kubeadm/app/util/marshal.go SplitYAMLDocuments ("kind … is specified twice in YAML file")',
	},
	noClusterConfiguration: {
		id: 'kubeadm/no-cluster-configuration',
		severity: 'warning',
		checks: 'No ClusterConfiguration: nothing for the form to take.',
		source: '(the playground)',
	},
} as const satisfies Record<string, ConfigRule>;

export type ConfigRuleId = (typeof CONFIG_RULES)[keyof typeof CONFIG_RULES]['id'];
export const CONFIG_RULE_LIST: readonly ConfigRule<ConfigRuleId>[] = Object.values(CONFIG_RULES);
