import { mergeFeatureTexts, type Tree } from './merge';

/**
 * The English texts of all features (features/<feature>/locales/en.json, under each feature's name),
 * one chunk: loaded with the first page that needs them (loadFeatureTexts), not for the login.
 */
export default mergeFeatureTexts({}, import.meta.glob<Tree>('../../features/*/locales/en.json', { eager: true, import: 'default' }));
