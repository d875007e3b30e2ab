// The kubeadm configuration reader: one reader of ClusterConfiguration / KubeletConfiguration text for
// both front ends (the CIDR page's kubeadm view and the manifest validator), its rules, the located
// problems and the edits that write the form's values back into the text.
export { configPlanInput, configProblems, fileProblems } from './config-problems.ts';
export type { ConfigProblem } from './config-problems.ts';
export { CONFIG_FIELDS, readClusterConfig, readConfigDocuments } from './read-config.ts';
export type { ClusterConfigRead, ConfigField, ConfigFinding, ConfigFindingMessage } from './read-config.ts';
export { configEdits } from './edit-config.ts';
