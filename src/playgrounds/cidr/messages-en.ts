// The English catalogues the CIDR page formats diagnostics with: the CIDR engine's and the kubeadm reader's,
// with the words around the kubeadm view's findings and its editor switch.
// A chunk of its own, loaded once the page has a diagnostic to say (main.ts).
import { en as cidr } from '../../lib/cidr/messages/en.ts';
import { en as config } from '../../lib/cluster-config/messages/en.ts';
// The kubeadm view's YAML syntax findings come from the manifest validator's reader.
import { messages as syntax } from '../../lib/manifest/messages/en/parse-documents.ts';
import { report } from '../../lib/manifest/messages/en/report.ts';
import { editorWords as editor } from '../monaco/words-en.ts';
import type { PageCatalogues } from './text.ts';

export const CATALOGUES: PageCatalogues = { messages: { ...cidr, ...config, ...syntax }, report, editor };
