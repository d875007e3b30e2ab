// Reader-facing words of the book, the download list and the title page, in both languages.
export type BookLocale = 'en' | 'zh-cn';

export const bookFiles = {
	pdf: (locale: BookLocale) => `kubernetes-primer-${locale}.pdf`,
	html: (locale: BookLocale) => `kubernetes-primer-${locale}.html`,
};

export const bookStrings = {
	en: {
		title: 'Kubernetes Primer',
		subtitle: 'The whole primer in one book',
		description: 'Every chapter of the Kubernetes Primer on one page, ready to read offline or print, with the glossary at the end.',
		contents: 'Contents',
		kubernetesVersion: 'Kubernetes version',
		buildDate: 'Built on',
		language: 'Language',
		languageName: 'English',
		noteSeparator: ' — ',
		printHint: 'Print this page from your browser (Ctrl+P or ⌘P): the print layout leaves out the navigation and starts each chapter on a new page.',
		downloadsHeading: 'Read it offline',
		bookPage: 'The whole primer on one page',
		bookPageNote: 'read it in one scroll, or print it',
		singleFile: 'One HTML file',
		singleFileNote: 'styles and diagrams inside; opens from disk, no server needed',
		pdf: 'PDF book (A4)',
		pdfNote: 'with bookmarks and page numbers',
		playgroundsIntro:
			'The playgrounds are tools that run in the browser, so a book can only say what they do. Open them on the site, or in an offline copy of the site folder served by any static web server (see the README).',
		playgroundWhere: 'On the site:',
	},
	'zh-cn': {
		title: 'Kubernetes 入门',
		subtitle: '整本入门，合为一册',
		description: 'Kubernetes 入门的全部章节合在一页，可离线阅读或打印，书末附术语表。',
		contents: '目录',
		kubernetesVersion: 'Kubernetes 版本',
		buildDate: '构建日期',
		language: '语言',
		languageName: '简体中文',
		noteSeparator: '：',
		printHint: '在浏览器中打印本页（Ctrl+P 或 ⌘P）：打印版式不含导航，每章从新的一页开始。',
		downloadsHeading: '离线阅读',
		bookPage: '整本入门合在一页',
		bookPageNote: '一页读完，或直接打印',
		singleFile: '单个 HTML 文件',
		singleFileNote: '样式和图都在文件里；从磁盘直接打开，无需服务器',
		pdf: 'PDF 电子书（A4）',
		pdfNote: '带书签和页码',
		playgroundsIntro: '演练场是在浏览器中运行的工具，书里只能介绍它们的用途。请在网站上打开，或在网站文件夹的离线副本中打开（用任意静态 Web 服务器提供该文件夹，见 README）。',
		playgroundWhere: '网站上的位置：',
	},
} satisfies Record<BookLocale, Record<string, string>>;
