import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui/icon';
import { useFormat } from '@/lib/i18n';
import { contrastWithWhite, MIN_CONTRAST, parseHex } from '@/lib/theme';
import { TermHelp } from '@/components/help/term-help';

/** A colour the workspace can use: `#rrggbb` that carries white text at WCAG AA. */
export function colourIsUsable(colour: string): boolean {
  const ratio = contrastWithWhite(colour);
  return ratio !== null && ratio >= MIN_CONTRAST;
}

/** Live feedback while choosing a colour: a sample with white text and the contrast ratio in words. */
export function ColourContrast({ colour }: { colour: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rgb = parseHex(colour);
  const ratio = contrastWithWhite(colour);
  if (!rgb || ratio === null) {
    return (
      <p className="colour-contrast colour-contrast--fail" role="status">
        <Icon name="alert" size={18} />
        <span>{t('settings.branding.colourInvalid')}</span>
      </p>
    );
  }
  const passes = ratio >= MIN_CONTRAST;
  const value = format.number(Math.floor(ratio * 10) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div className="colour-contrast-row">
      {/* White text only where it is readable: a failing colour shows as a plain swatch. */}
      <span className="colour-sample" style={{ background: colour.trim() }} aria-hidden="true">
        {passes ? t('settings.branding.sample') : null}
      </span>
      <p className={`colour-contrast colour-contrast--${passes ? 'pass' : 'fail'}`} role="status">
        <Icon name={passes ? 'success' : 'alert'} size={18} />
        <span>{passes ? t('settings.branding.contrastPass', { ratio: value }) : t('settings.branding.contrastFail', { ratio: value })}</span>
        <TermHelp term="contrast" />
      </p>
    </div>
  );
}
