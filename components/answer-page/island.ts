/** The answer page's only script: everything it does, the page also does without it. */
import { enhanceCopyLinks } from './copy-link';
import { stampToday } from './today';

enhanceCopyLinks();
stampToday();
