import { TermHelp } from './term-help';

/** A page's eyebrow that names one of the five conditions ("Bedingung 2 · …"), with a "?" that explains them. */
export function ConditionEyebrow({ text }: { text: string }) {
  return (
    <>
      {text} <TermHelp term="conditions" />
    </>
  );
}
