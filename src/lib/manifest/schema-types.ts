// Shape of the generated compact schema (src/generated/k8s-schema/), shared by the generator and the walker.
//
// A field's type is a short expression string, parsed once at run time (see schema-model.ts):
//   string | boolean | number | int32 | int64 | quantity | int-or-string | any
//   string:<format>        a string with an OpenAPI format (date-time, byte, …)
//   enum(A|B|C)            one of these strings
//   @<type id>             a nested object, described in `types`
//   []<expr>               a list of <expr>
//   {}<expr>               a map from string keys to <expr>

export interface CompactTypeDef {
	/** Field name -> type expression. */
	f: Record<string, string>;
	/** Required field names. */
	r?: string[];
}

export interface CompactSchema {
	/** Kubernetes minor release the models describe, e.g. "1.36". */
	kubernetesVersion: string;
	/** Package versions the schema was generated from. */
	source: string;
	/** apiVersion -> kind -> type id. */
	kinds: Record<string, Record<string, string>>;
	/** type id -> object definition. */
	types: Record<string, CompactTypeDef>;
}

/** type id -> field name -> documentation ('' holds the type's own description). */
export type SchemaDocs = Record<string, Record<string, string>>;
