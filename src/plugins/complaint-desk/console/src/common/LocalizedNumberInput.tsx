import { TextInput, type TextInputProps, type Validator } from 'react-admin';
import { numberFromText } from './numberText';

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
