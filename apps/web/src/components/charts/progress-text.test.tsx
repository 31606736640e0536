import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { useProvisionalText } from './progress-text';

function Provisional({ approved, expected }: { approved: number; expected: number }) {
  return <p>{useProvisionalText()(approved, expected)}</p>;
}

describe('useProvisionalText', () => {
  it('counts the approved of the expected reports', async () => {
    renderWithProviders(<Provisional approved={1} expected={15} />);
    expect(await screen.findByText('vorläufig · 1 von 15 Meldungen')).toBeInTheDocument();
  });

  it('speaks of cases still to be resolved where no member reports (a value computed from citizens’ reports)', async () => {
    renderWithProviders(<Provisional approved={0} expected={0} />);
    expect(await screen.findByText('vorläufig · gemeldete Fälle können noch gelöst werden')).toBeInTheDocument();
  });
});
