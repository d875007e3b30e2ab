// The manifest playground's own words in English (the page, the CLI's verdict). Diagnostics bring theirs
// from the English message catalogue. The English page's script imports this module and no other language.
import type { PlaygroundText } from './text.ts';
import { formatNumber, plural } from '../../lib/i18n/index.ts';
import { editorWords } from '../monaco/words-en.ts';
import { report } from '../../lib/manifest/messages/en/report.ts';

export const enText: PlaygroundText = {
	lang: 'en',
	sentenceGap: ' ',
	exampleTitles: {
		pod: 'Pod',
		'deployment-service': 'Deployment + Service',
		'config-secret': 'ConfigMap and Secret in use',
		storage: 'PersistentVolume and claim',
		ingress: 'Ingress',
		cronjob: 'CronJob',
		'custom-resource': 'Custom resource and its CRD',
		broken: 'Broken on every layer',
	},
	linkProblems: {
		tooLong: 'The link is too long to come from this page.',
		encoding: 'The link contains broken percent-encoding.',
		unknown: 'The link contains a setting this page does not know.',
		duplicate: 'The link sets something twice.',
		missing: 'The link holds no manifest.',
		damaged: 'The manifest in the link is damaged (it does not decompress to what was shared).',
		textTooLong: 'The manifest in the link is too long.',
		version: 'The link asks for a Kubernetes version this page does not offer.',
		rule: 'The link switches off a rule this page does not know.',
	},
	report,
	tooLarge: (length, limit) =>
		`Nothing was checked: the input is ${formatNumber('en', length)} characters long and this page checks at most ${formatNumber('en', limit)}. Split it into smaller pieces and check them one by one, or check the whole file with the project’s command-line tool (in a clone of the site’s repository: npm run cli -- lint FILE).`,
	pasteNotInserted: (length, limit) =>
		`The pasted text was not inserted: with it the manifest would be ${formatNumber('en', length)} characters long, and this page checks at most ${formatNumber('en', limit)} (a text that long would also freeze the page for seconds). Your manifest is unchanged and the text is still on your clipboard.`,
	checking: 'Checking…',
	cursor: (line, column) => `Cursor: line ${line}, column ${column}`,
	textLabel: 'Manifests (YAML)',
	textHint: 'Paste or type one or more Kubernetes objects, separated by ---. Nothing you type leaves the page.',
	...editorWords,
	version: 'Kubernetes version',
	examples: 'Examples',
	rules: 'Best-practice rules',
	rulesHint: 'Switch off the advice you do not need. Errors from the API server’s own checks cannot be switched off here.',
	problems: 'Problems',
	reset: 'Reset to the example',
	share: 'Share link',
	copyLink: 'Copy link',
	copied: 'Link copied.',
	copyFailed: 'Could not copy; the link is selected, press Ctrl+C.',
	tooLongToShare: 'This manifest is too long for a share link; the link holds only the settings.',
	badLink: 'This link does not hold a valid manifest, so the example is shown instead.',
	notKept: (reason, length, limit) =>
		reason === 'too-long'
			? `Not kept in this browser: this manifest is ${formatNumber('en', length)} characters long and the page keeps at most ${formatNumber('en', limit)}. After a reload it will be gone; save it to a file.`
			: 'Not kept in this browser: its storage is full or switched off. After a reload this manifest will be gone; save it to a file.',
	notKeptOnLoad: (reason, length, limit) =>
		reason === 'too-long'
			? `Your last manifest was not kept in this browser (${formatNumber('en', length)} characters; the page keeps at most ${formatNumber('en', limit)}), so the example is shown.`
			: `Your last manifest (${formatNumber('en', length)} characters) was not kept: this browser’s storage was full or switched off. The example is shown.`,
	badLinkKept: 'This link does not hold a valid manifest, so the manifest you had is kept.',
	unrecognisedLink: 'The link’s contents are not recognised.',
	settingsOnlyLink: (appliedTo, version, rulesOff) => {
		const rules =
			rulesOff === 0 ? 'all best-practice rules on' : `${plural('en', rulesOff, { one: '{n} best-practice rule', other: '{n} best-practice rules' })} switched off`;
		const target = { example: 'the example', stored: 'your last manifest from this browser', current: 'the manifest you had' }[appliedTo];
		return `This link holds settings only (Kubernetes ${version}, ${rules}), no manifest: the manifest it was made from was too long for a link. The settings now apply to ${target}; to check the original manifest, paste it here.`;
	},
	noscript: 'JavaScript is off: this is the example and what the validator says about it. Turn JavaScript on to check your own manifests.',
	workerFailed: 'The validator stopped unexpectedly and was restarted.',
	timedOut: 'Checking took too long and was stopped; shorten the input.',
	exampleLoaded: (title) => `Loaded the example “${title}”.`,
};
