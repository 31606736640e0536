import shared from './locales/de.json';
import { mergeFeatureTexts, type Tree } from './merge';

/** All German texts in one chunk, loaded only when the UI shows this language (index.ts). */
export default mergeFeatureTexts(shared as Tree, import.meta.glob<Tree>('../../features/*/locales/de.json', { eager: true, import: 'default' }));
