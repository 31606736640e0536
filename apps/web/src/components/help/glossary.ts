/**
 * The terms the glossary explains, in the order it lists them. Their words live in
 * locales/<lang>.json under `help.terms.<id>` (term and definition).
 */
export const GLOSSARY_TERMS = [
  'collectiveImpact',
  'conditions',
  'commonAgenda',
  'sharedMeasurement',
  'reinforcingActivities',
  'continuousCommunication',
  'backbone',
  'indicator',
  'rbaKind',
  'reportingPeriod',
  'approval',
  'provisional',
  'disaggregation',
  'overlap',
  'target',
  'agreement',
  'contrast',
] as const;

export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** The glossary page's address of one term (an anchor on /help). */
export const glossaryHref = (term: GlossaryTerm) => `/help#term-${term}`;
