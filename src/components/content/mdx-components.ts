// The components MDX bodies may use without importing them; pages pass this map to <Content>.
import EventLink from './EventLink.astro';
import SiteLink from './SiteLink.astro';
import Term from './Term.astro';

export const contentComponents = { EventLink, SiteLink, Term };
