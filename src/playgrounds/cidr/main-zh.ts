// The Chinese CIDR page's script: the playground with Chinese words only.
import { start } from './main.ts';
import { WORDS } from './words-zh.ts';

start(WORDS, () => import('./messages-zh.ts').then((m) => m.CATALOGUES));
