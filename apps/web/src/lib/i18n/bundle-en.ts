import shared from './locales/en.json';
import { mergeFeatureTexts, type Tree } from './merge';

/** All English texts in one chunk, loaded only when the UI shows this language (index.ts). */
export default mergeFeatureTexts(shared as Tree, import.meta.glob<Tree>('../../features/*/locales/en.json', { eager: true, import: 'default' }));
