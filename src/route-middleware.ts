// Starlight route middleware: hero buttons come from frontmatter, which no Markdown plugin sees,
// so their root-relative links get the site's base path here.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './markdown/remark-base-links.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const hero = context.locals.starlightRoute.entry.data.hero;
	if (!hero) return;
	for (const action of hero.actions) action.link = withBase(import.meta.env.BASE_URL, action.link);
});
