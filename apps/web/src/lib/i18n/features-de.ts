import { mergeFeatureTexts, type Tree } from './merge';

/**
 * The German texts of all features (features/<feature>/locales/de.json, under each feature's name),
 * one chunk: loaded with the first page that needs them (loadFeatureTexts), not for the login.
 */
export default mergeFeatureTexts({}, import.meta.glob<Tree>('../../features/*/locales/de.json', { eager: true, import: 'default' }));
