import { detectLayouts } from './lib/import/detect';
detectLayouts({ text: 'a\n'.repeat(131072) });
