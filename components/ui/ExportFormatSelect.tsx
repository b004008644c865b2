/** The export format chooser of the options page and the library's bulk bar: the one registry of lib/export. */
import { EXPORT_FORMATS, type ExportFormat, FORMATS } from '@/lib/export';
import { SelectField } from './form';
import { t } from './i18n';

/** A labelled select of every export format, shown by its label (never a raw id). */
export function ExportFormatSelect(props: {
  id: string;
  label: string;
  value: ExportFormat;
  onChange: (format: ExportFormat) => void;
}) {
  return (
    <SelectField
      id={props.id}
      testId={props.id}
      label={props.label}
      value={props.value}
      options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(FORMATS[f].label) }))}
      onChange={props.onChange}
    />
  );
}
