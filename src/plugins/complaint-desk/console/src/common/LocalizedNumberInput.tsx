import { TextInput, type TextInputProps, type Validator } from 'react-admin';
import { parseLocalizedNumber, toAsciiDigits } from '@contract';

/**
 * Text as typed → the number it means, or the text itself while it is not one yet ("1." on the
 * way to "1.5", or a typo the validator names). Persian and Arabic-Indic digits and separators
 * count (shared/digits.ts).
 */
export const numberFromText = (text: string): number | string | null => {
  if (text.trim() === '') return null;
  const value = parseLocalizedNumber(text);
  if (value === null) return text;
  // Keep what is being typed when the number would rewrite it ("1.", "0.50", "-").
  const typed = toAsciiDigits(text.normalize('NFKC')).trim().replace(/\u066B/g, '.').replace(/[\u066C,\s]/g, '');
  return typed === String(value) ? value : text;
};

const isNumber: Validator = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? 'ra.validation.number' : undefined);

/**
 * A numeric input that accepts the digits people type on Persian and Arabic keyboards: a text
 * input (a browser's `type=number` drops ۱۲ as invalid) whose value is a number. `parse` and
 * `format` work on numbers, as NumberInput's do.
 */
export const LocalizedNumberInput = ({
  parse,
  format,
  validate,
  min: _min,
  max: _max,
  step: _step,
  slotProps,
  ...props
}: Omit<TextInputProps, 'parse' | 'format'> & {
  parse?: (value: number | null) => unknown;
  format?: (value: unknown) => unknown;
  min?: number;
  max?: number;
  step?: number;
}) => {
  const validators = [...(Array.isArray(validate) ? validate : validate ? [validate] : []), isNumber];
  return (
    <TextInput
      {...props}
      validate={validators}
      format={(value: unknown) => {
        const shown = format ? format(value) : value;
        return shown === null || shown === undefined ? '' : String(shown);
      }}
      parse={(text: string) => {
        const value = numberFromText(text ?? '');
        if (typeof value === 'string') return value;
        return parse ? parse(value) : value;
      }}
      slotProps={{ ...slotProps, htmlInput: { inputMode: 'decimal', dir: 'ltr', ...(slotProps?.htmlInput as object | undefined) } }}
    />
  );
};
