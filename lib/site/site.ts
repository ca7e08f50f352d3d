import { getContent } from '../content';
import { createSiteModel, type SiteModel } from './site-model';

let site: SiteModel | undefined;

/**
 * The site model of the content under content/, made once per build: what every page, feed and
 * data file is made from. Tests make their own with createSiteModel(content) from a fixture.
 */
export const getSite = (): SiteModel => (site ??= createSiteModel(getContent()));
