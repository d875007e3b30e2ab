// The English CIDR page's script: the playground with English words only.
import { start } from './main.ts';
import { WORDS } from './words-en.ts';

start(WORDS, () => import('./messages-en.ts').then((m) => m.CATALOGUES));
