// 清单检查器的简体中文文字：与英文目录相同的消息 id 和参数，以及每条规则的标题和说明。
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { en, enRuleList, enRules } from '../en/index.ts';
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

export const zh: CatalogueLike<typeof en> = {
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
};

export const zhRules: Record<keyof typeof enRules, RuleText> = {
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
};

export const zhRuleList: typeof enRuleList = {
	layers: {
		syntax: 'YAML 语法',
		identity: '身份与名称',
		schema: '严格模式校验',
		semantic: 'API 服务器的校验',
		'custom-resource': '自定义资源与 kustomization 文件',
		'api-version': '已移除和已弃用的 API',
		'cross-resource': '对象之间的引用',
		'best-practice': '最佳实践（可关闭）',
	},
	severity: { error: '错误', warning: '警告', info: '提示' },
	source: 'Kubernetes 源码：',
};
