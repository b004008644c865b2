/** The export formats as select options: the one registry of lib/export, labels in the UI language. */
import { EXPORT_FORMATS, type ExportFormat, FORMATS } from '@/lib/export';
import type { FieldOption } from './form';
import { t } from './i18n';

export function exportFormatOptions(): FieldOption<ExportFormat>[] {
  return EXPORT_FORMATS.map((f) => ({ value: f, label: t(FORMATS[f].label) }));
}
