import type { UnitDto } from '@cdt/domain';
import { useExpandedUnits } from '../hooks/use-expanded-units';
import { UnitTreeNode } from './UnitTreeNode';
import classes from './UnitTree.module.css';

/** The jurisdiction as a tree; a single root (one province, one commune) starts open. */
export function UnitTree({ roots }: { roots: UnitDto[] }) {
  const { isExpanded, toggle } = useExpandedUnits(roots.length === 1 ? roots.map((unit) => unit.id) : []);
  return (
    <ul className={classes.list} data-testid="unit-tree">
      {roots.map((unit) => (
        <UnitTreeNode key={unit.id} unit={unit} depth={0} isExpanded={isExpanded} onToggle={toggle} />
      ))}
    </ul>
  );
}
