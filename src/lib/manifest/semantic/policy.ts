// (to be written) See registry.ts for the module shape.
import type { RuleInfo } from '../rule-catalogue.ts';
import type { SemanticValidator } from './context.ts';

export const validators: Record<string, SemanticValidator> = {};
export const rules: RuleInfo[] = [];
