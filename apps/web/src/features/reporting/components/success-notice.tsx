import type { Ref } from 'react';

/**
 * The live region that confirms what just happened (saved, handed in, approved). The region is focusable so
 * the page can move focus to it; the text inside is plain, since a nested live region would be read twice.
 */
export function SuccessNotice({ ref, className, notice }: { ref: Ref<HTMLDivElement>; className: string; notice: string | null | undefined }) {
  return (
    <div ref={ref} tabIndex={-1} role="status" aria-live="polite" className={className}>
      {notice ? (
        <p className="reporting-notice">
          <span aria-hidden="true">✓ </span>
          {notice}
        </p>
      ) : null}
    </div>
  );
}
