// The Chinese catalogues the CIDR page formats diagnostics with: the CIDR engine's and the kubeadm reader's,
// with the words around the kubeadm view's findings and its editor switch.
// A chunk of its own, loaded once the page has a diagnostic to say (main.ts).
import { zh as cidr } from '../../lib/cidr/messages/zh.ts';
import { zh as config } from '../../lib/cluster-config/messages/zh.ts';
// The kubeadm view's YAML syntax findings come from the manifest validator's reader.
import { messages as syntax } from '../../lib/manifest/messages/zh/parse-documents.ts';
import { report } from '../../lib/manifest/messages/zh/report.ts';
import { editorWords as editor } from '../monaco/words-zh.ts';
import type { PageCatalogues } from './text.ts';

export const CATALOGUES: PageCatalogues = { messages: { ...cidr, ...config, ...syntax }, report, editor };
