// The manifest validator's English words: every message (by id) and every rule's title and explanation.
// One module per engine file; new ones are added by /work/wt/codemod-messages.ts at the markers.
import type { MessageFunctions, RuleText } from '../../../i18n/index.ts';
import type { RuleId } from '../../rule-catalogue.ts';
import type { RuleLayer, Severity } from '../../types.ts';
import { messages as checkApiVersions, rules as checkApiVersionsRules } from './check-api-versions.ts';
import { messages as checkBestPractice, rules as checkBestPracticeRules } from './check-best-practice.ts';
import { messages as checkCrossResource, rules as checkCrossResourceRules } from './check-cross-resource.ts';
import { messages as checkIdentity, rules as checkIdentityRules } from './check-identity.ts';
import { messages as checkSchema, rules as checkSchemaRules } from './check-schema.ts';
import { messages as customResourcesCheckCustomResources, rules as customResourcesCheckCustomResourcesRules } from './custom-resources/check-custom-resources.ts';
import { messages as customResourcesCheckInstance, rules as customResourcesCheckInstanceRules } from './custom-resources/check-instance.ts';
import { messages as customResourcesCrdDefinitions, rules as customResourcesCrdDefinitionsRules } from './custom-resources/crd-definitions.ts';
import { messages as customResourcesRules, rules as customResourcesRulesRules } from './custom-resources/rules.ts';
import { messages as kustomizeCheckKustomization, rules as kustomizeCheckKustomizationRules } from './kustomize/check-kustomization.ts';
import { messages as lintManifests, rules as lintManifestsRules } from './lint-manifests.ts';
import { messages as namingRules, rules as namingRulesRules } from './naming-rules.ts';
import { messages as parseDocuments, rules as parseDocumentsRules } from './parse-documents.ts';
import { messages as ruleCatalogue, rules as ruleCatalogueRules } from './rule-catalogue.ts';
import { messages as semanticAutoscaling, rules as semanticAutoscalingRules } from './semantic/autoscaling.ts';
import { messages as semanticBatch, rules as semanticBatchRules } from './semantic/batch.ts';
import { messages as semanticConfigData, rules as semanticConfigDataRules } from './semantic/config-data.ts';
import { messages as semanticLabelSelector, rules as semanticLabelSelectorRules } from './semantic/label-selector.ts';
import { messages as semanticMetadata, rules as semanticMetadataRules } from './semantic/metadata.ts';
import { messages as semanticNetValues, rules as semanticNetValuesRules } from './semantic/net-values.ts';
import { messages as semanticNetworking, rules as semanticNetworkingRules } from './semantic/networking.ts';
import { messages as semanticPodSpec, rules as semanticPodSpecRules } from './semantic/pod-spec.ts';
import { messages as semanticPolicy, rules as semanticPolicyRules } from './semantic/policy.ts';
import { messages as semanticRbac, rules as semanticRbacRules } from './semantic/rbac.ts';
import { messages as semanticService, rules as semanticServiceRules } from './semantic/service.ts';
import { messages as semanticStorage, rules as semanticStorageRules } from './semantic/storage.ts';
import { messages as semanticValues, rules as semanticValuesRules } from './semantic/values.ts';
import { messages as semanticWorkloads, rules as semanticWorkloadsRules } from './semantic/workloads.ts';
import { messages as clusterNetworkRules, rules as clusterNetworkRulesRules } from './cluster-network-rules.ts';
import { messages as semanticDownwardApi, rules as semanticDownwardApiRules } from './semantic/downward-api.ts';
import { messages as semanticResourceClaims, rules as semanticResourceClaimsRules } from './semantic/resource-claims.ts';
import { messages as semanticPodOverhead, rules as semanticPodOverheadRules } from './semantic/pod-overhead.ts';
import { messages as semanticStatefulsetUpdate, rules as semanticStatefulsetUpdateRules } from './semantic/statefulset-update.ts';
// codemod: imports

export const en = {
	...checkApiVersions,
	...checkBestPractice,
	...checkCrossResource,
	...checkIdentity,
	...checkSchema,
	...customResourcesCheckCustomResources,
	...customResourcesCheckInstance,
	...customResourcesCrdDefinitions,
	...customResourcesRules,
	...kustomizeCheckKustomization,
	...lintManifests,
	...namingRules,
	...parseDocuments,
	...ruleCatalogue,
	...semanticAutoscaling,
	...semanticBatch,
	...semanticConfigData,
	...semanticLabelSelector,
	...semanticMetadata,
	...semanticNetValues,
	...semanticNetworking,
	...semanticPodSpec,
	...semanticPolicy,
	...semanticRbac,
	...semanticService,
	...semanticStorage,
	...semanticValues,
	...semanticWorkloads,
	...clusterNetworkRules,
	...semanticDownwardApi,
	...semanticResourceClaims,
	...semanticPodOverhead,
	...semanticStatefulsetUpdate,
	// codemod: messages
} satisfies MessageFunctions;

export const enRules = {
	...checkApiVersionsRules,
	...checkBestPracticeRules,
	...checkCrossResourceRules,
	...checkIdentityRules,
	...checkSchemaRules,
	...customResourcesCheckCustomResourcesRules,
	...customResourcesCheckInstanceRules,
	...customResourcesCrdDefinitionsRules,
	...customResourcesRulesRules,
	...kustomizeCheckKustomizationRules,
	...lintManifestsRules,
	...namingRulesRules,
	...parseDocumentsRules,
	...ruleCatalogueRules,
	...semanticAutoscalingRules,
	...semanticBatchRules,
	...semanticConfigDataRules,
	...semanticLabelSelectorRules,
	...semanticMetadataRules,
	...semanticNetValuesRules,
	...semanticNetworkingRules,
	...semanticPodSpecRules,
	...semanticPolicyRules,
	...semanticRbacRules,
	...semanticServiceRules,
	...semanticStorageRules,
	...semanticValuesRules,
	...semanticWorkloadsRules,
	...clusterNetworkRulesRules,
	...semanticDownwardApiRules,
	...semanticResourceClaimsRules,
	...semanticPodOverheadRules,
	...semanticStatefulsetUpdateRules,
	// codemod: rules
} satisfies Record<RuleId, RuleText>;

/** How the rules page, docs/manifest-rules.md and the CLI name the layers and severities. */
export const enRuleList = {
	layers: {
		syntax: 'YAML syntax',
		identity: 'Identity and names',
		schema: 'Strict schema',
		semantic: 'What the API server validates',
		'custom-resource': 'Custom resources and kustomization files',
		'api-version': 'Removed and deprecated APIs',
		'cross-resource': 'References between objects',
		'best-practice': 'Best practice (can be switched off)',
	} satisfies Record<RuleLayer, string>,
	severity: { error: 'error', warning: 'warning', info: 'note' } satisfies Record<Severity, string>,
	source: 'Kubernetes source: ',
};
