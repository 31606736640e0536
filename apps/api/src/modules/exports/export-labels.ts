import { enumLabel } from '../../core/i18n/enum-labels';
import type { ExportLocale } from './export-writer';

/** An enum value in an exported cell, named as in the funder report and on screen (core/i18n/enum-labels). */
export const label = (value: string | null | undefined, locale: ExportLocale): string | null => enumLabel(value, locale);
