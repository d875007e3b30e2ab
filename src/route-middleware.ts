// Starlight route middleware: hero buttons come from frontmatter, which no Markdown plugin sees,
// so their root-relative links get the site's base path here; and a home page whose title is the
// site's own name is not titled twice ("Kubernetes Primer | Kubernetes Primer").
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './markdown/remark-base-links.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const title = route.head.find((entry) => entry.tag === 'title');
	if (title && route.entry.data.title === route.siteTitle) title.content = route.siteTitle;
	const hero = route.entry.data.hero;
	if (!hero) return;
	for (const action of hero.actions) action.link = withBase(import.meta.env.BASE_URL, action.link);
});
