// 中文清单练习场：中文界面文字，以及与校验 Worker 一同加载的中文消息目录。本页脚本中没有其他语言。
import { start } from './main.ts';
import { zhText } from './text-zh.ts';

start(zhText, () => import('../../lib/manifest/messages/zh/index.ts').then((m) => m.zh));
