// The English manifest playground: English playground text now, the English message catalogue fetched with
// the worker. No other language reaches this page's scripts.
import { start } from './main.ts';
import { enText } from './text-en.ts';

start(enText, () => import('../../lib/manifest/messages/en/index.ts').then((m) => m.en));
