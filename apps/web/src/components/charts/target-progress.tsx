import { barShare } from './chart-data';

/**
 * Progress toward a target as a bar and, always, as text (the bar alone would say nothing to
 * a screen reader or in greyscale). `share` is 1 at the target; beyond it the bar stays full.
 */
export function TargetProgress({ share, text, tone = 'neutral' }: { share: number | null | undefined; text: string; tone?: 'neutral' | 'good' | 'warning' }) {
  return (
    <div className={`target-progress target-progress--${tone}`}>
      <div className="target-progress__track" aria-hidden="true">
        <div className="target-progress__bar" style={{ width: `${barShare(share) * 100}%` }} />
      </div>
      <span className="target-progress__text">{text}</span>
    </div>
  );
}
