// 代码编辑器切换按钮的简体中文文字，两个练习场的页面共用（中文页面只加载本模块）。
import type { EditorWords } from './editor-switch.ts';

export const editorWords: EditorWords = {
	editorHint:
		'键盘操作：在代码编辑器中，Tab 键用于缩进。要离开编辑器，先按 Esc，再按 Tab（或 Shift+Tab）；刚进入编辑器时按 Tab 也会直接移到下一项，因此用 Tab 键浏览页面不会改动文本。按 Ctrl+M（macOS 上为 Ctrl+Shift+M）可让 Tab 键始终移动焦点；再按一次即可恢复。',
	openEditor: '打开代码编辑器',
	loadingEditor: '正在加载代码编辑器……',
	editorFailed: '代码编辑器无法加载；纯文本框仍可使用。',
	plainText: '使用纯文本框',
};
