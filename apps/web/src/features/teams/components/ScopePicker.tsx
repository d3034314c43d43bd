import type { UnitDto } from '@cdt/domain';
import { UnitPicker } from '../../users/components/UnitPicker';

/** The report's unit: any unit of the caller's jurisdiction, found by the hierarchy's search. */
export function ScopePicker({
  unit,
  onChange,
}: {
  unit: UnitDto | null;
  onChange: (unit: UnitDto | null) => void;
}) {
  return <UnitPicker value={unit} onChange={(next) => next && onChange(next)} data-testid="scope-unit" />;
}
