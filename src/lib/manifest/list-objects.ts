// Which objects are lists whose items kubectl sends one by one: `kind: List` (what `kubectl get -o yaml`
// prints for several objects) and the typed lists (PodList, DeploymentList, any *List with items).
// kubectl decodes them with apimachinery's unstructuredJSONScheme.decodeToList
// (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/unstructured/unstructured_list.go, helpers.go) and
// flattens them into their items; the API server sees every item as an object of its own.
import { isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { field, items, resolve, scalarValue } from './yaml-access.ts';

export interface ListItems {
	items: Node[];
	/**
	 * decodeToList: an item of a typed list with neither apiVersion nor kind gets the list's apiVersion and
	 * the list's kind without "List" (a PodList item is a v1 Pod). `kind: List` gives no kind to inherit.
	 */
	inherited?: { apiVersion: string; kind: string };
}

/** The items to validate one by one, or undefined when `map` is not a list kubectl would flatten. */
export function listItemsOf(map: YAMLMap, apiVersion: string | undefined, kind: string | undefined): ListItems | undefined {
	if (!apiVersion || !kind) return undefined;
	if (apiVersion === 'v1' && kind === 'List') return { items: items(field(map, 'items')?.value) };
	if (!kind.endsWith('List') || kind === 'List') return undefined;
	// A typed list is read as a list only when it has an items field (the decoder's detector).
	const itemsField = field(map, 'items');
	if (!itemsField || !isSeq(resolve(itemsField.value))) return undefined;
	return { items: items(itemsField.value), inherited: { apiVersion, kind: kind.slice(0, -'List'.length) } };
}

/** decodeToList's test: an item inherits only when both its apiVersion and kind are empty or absent. */
export function lacksIdentity(map: YAMLMap): boolean {
	const empty = (name: string) => {
		const f = field(map, name);
		if (!f) return true;
		const value = scalarValue(f.value);
		return value === null || value === '';
	};
	return empty('apiVersion') && empty('kind');
}
