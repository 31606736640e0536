import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField, NumberField, type InputState } from './locale-inputs';

function NumberHarness({ initial = null }: { initial?: number | null }) {
  const [value, setValue] = useState<number | null>(initial);
  const [state, setState] = useState<InputState>('empty');
  return (
    <>
      <NumberField label="Wert" value={value} onChange={(v, s) => (setValue(v), setState(s))} />
      <output data-testid="value">{String(value)}</output>
      <output data-testid="state">{state}</output>
    </>
  );
}

function DateHarness() {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <DateField label="Fällig am" value={value} onChange={(v) => setValue(v)} />
      <output data-testid="value">{String(value)}</output>
    </>
  );
}

describe('NumberField', () => {
  it('reads German input and shows it in canonical German form after leaving the field', async () => {
    const user = userEvent.setup();
    render(<NumberHarness />);
    await user.type(screen.getByLabelText('Wert'), '1234,5');
    expect(screen.getByTestId('value')).toHaveTextContent('1234.5');
    expect(screen.getByTestId('state')).toHaveTextContent('valid');
    await user.tab();
    expect(screen.getByLabelText('Wert')).toHaveValue('1.234,5');
  });

  it('explains text that is not a number and reports it as invalid', async () => {
    const user = userEvent.setup();
    render(<NumberHarness initial={12} />);
    expect(screen.getByLabelText('Wert')).toHaveValue('12');
    await user.clear(screen.getByLabelText('Wert'));
    await user.type(screen.getByLabelText('Wert'), '1.5');
    await user.tab();
    expect(screen.getByTestId('state')).toHaveTextContent('invalid');
    expect(screen.getByTestId('value')).toHaveTextContent('null');
    expect(screen.getByText(/Bitte eine Zahl eingeben, z\. B\. 1\.234,5/)).toBeInTheDocument();
    expect(screen.getByLabelText('Wert')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('DateField', () => {
  it('reads 31.12.2026 as an ISO day and rejects a day that does not exist', async () => {
    const user = userEvent.setup();
    render(<DateHarness />);
    const input = screen.getByLabelText(/Fällig am/);
    await user.type(input, '31.12.2026');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-12-31');
    await user.clear(input);
    await user.type(input, '30.02.2026');
    await user.tab();
    expect(screen.getByTestId('value')).toHaveTextContent('null');
    expect(screen.getByText(/gültiges Datum im Format TT\.MM\.JJJJ/)).toBeInTheDocument();
  });
});
