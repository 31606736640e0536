export type Tree = { [key: string]: unknown };

/** Deep merge of text trees: nested objects are combined, anything else replaced. */
export function merge(target: Tree, source: Tree): Tree {
  const out: Tree = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key];
    out[key] =
      existing && typeof existing === 'object' && value && typeof value === 'object' && !Array.isArray(value) ? merge(existing as Tree, value as Tree) : value;
  }
  return out;
}

/**
 * One language's texts: the shared ones with each feature's file merged in under the feature's
 * name (`features/<feature>/locales/<language>.json` → `<feature>.…`).
 */
export function mergeFeatureTexts(shared: Tree, featureFiles: Record<string, Tree>): Tree {
  let out = shared;
  for (const [file, texts] of Object.entries(featureFiles)) {
    const feature = /features\/([^/]+)\/locales\/[^/]+\.json$/.exec(file)![1]!;
    out = merge(out, { [feature]: texts });
  }
  return out;
}
