// The one model a kubernetes-models `.d.ts` file exports, as both schema generators read it:
// `export type { IDeployment as IIoK8sApiAppsV1Deployment, … }` names the local declaration and its
// canonical cross-file name.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface ModelDeclaration {
	source: ts.SourceFile;
	/** Local declaration name (e.g. `IDeployment`) of the exported model. */
	localName: string;
	/** Canonical cross-file name, e.g. `IIoK8sApiAppsV1Deployment`. */
	canonical: string;
	declaration: ts.InterfaceDeclaration | ts.TypeAliasDeclaration;
}

export function readModelDeclaration(path: string): ModelDeclaration | undefined {
	const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
	let localName: string | undefined;
	let canonical: string | undefined;
	for (const statement of source.statements) {
		if (ts.isExportDeclaration(statement) && statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
			for (const element of statement.exportClause.elements) {
				if (element.name.text.startsWith('IIoK8s') && element.propertyName) {
					localName = element.propertyName.text;
					canonical = element.name.text;
				}
			}
		}
	}
	if (!localName || !canonical) return undefined;
	const declaration = source.statements.find(
		(s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === localName,
	);
	return declaration ? { source, localName, canonical, declaration } : undefined;
}
