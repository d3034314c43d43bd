import type { UnitDto } from '@cdt/domain';
import { ActionIcon, Box, Button, Group, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ChevronRightIcon } from '../../../components/icons';
import { useUnitChildren } from '../../hierarchy/hooks/use-units';
import classes from '../../hierarchy/components/UnitTree.module.css';

interface NodeProps {
  unit: Pick<UnitDto, 'id' | 'name' | 'kind' | 'childCount'>;
  depth: number;
  selectedId: string | null;
  onSelect: (unitId: string) => void;
}

const INDENT_PX = 16;

/** One unit of the target tree: expand to its children, choose it as the target's subtree. */
function TargetTreeNode({ unit, depth, selectedId, onSelect }: NodeProps) {
  const { t } = useTranslation();
  // The root starts open: the issuer's own unit is where one usually looks first.
  const [open, setOpen] = useState(depth === 0);
  // Villages have no teams below them, so the tree stops at communes.
  const expandable = unit.kind !== 'commune' && unit.kind !== 'village';
  const children = useUnitChildren(unit.id, open && expandable);
  const selected = selectedId === unit.id;
  return (
    <li>
      <Group
        className={classes.row}
        gap={4}
        wrap="nowrap"
        pl={depth * INDENT_PX}
        data-testid="target-node"
        data-unit-name={unit.name}
        data-selected={selected}
      >
        {expandable ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size={44}
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-label={t(open ? 'hierarchy.collapse' : 'hierarchy.expand', { name: unit.name })}
            data-testid="target-node-toggle"
          >
            <ChevronRightIcon className={classes.chevron} data-open={open} />
          </ActionIcon>
        ) : (
          <Box w={44} />
        )}
        <Text style={{ flex: 1 }} fw={selected ? 700 : 400}>
          {unit.name}
        </Text>
        <Button
          size="compact-md"
          variant={selected ? 'filled' : 'light'}
          onClick={() => onSelect(unit.id)}
          aria-pressed={selected}
          data-testid="target-node-choose"
        >
          {t(selected ? 'tasks.target.chosen' : 'tasks.target.choose')}
        </Button>
      </Group>
      {open && children.isPending && <Loader size="sm" m="xs" ml={depth * INDENT_PX + 44} />}
      {open && children.error && (
        <Box ml={depth * INDENT_PX + 44}>
          <ErrorAlert error={children.error} onRetry={() => void children.refetch()} />
        </Box>
      )}
      {open && children.data && (
        <ul className={classes.list}>
          {children.data
            .filter((child) => child.kind !== 'village')
            .map((child) => (
              <TargetTreeNode
                key={child.id}
                unit={child}
                depth={depth + 1}
                selectedId={selectedId}
                onSelect={onSelect}
              />
            ))}
        </ul>
      )}
    </li>
  );
}

/** The issuer's part of the hierarchy, to choose the subtree whose teams receive the task. */
export function TargetTree({
  root,
  selectedId,
  onSelect,
}: {
  root: UnitDto;
  selectedId: string | null;
  onSelect: (unitId: string) => void;
}) {
  return (
    <ul className={classes.list} data-testid="target-tree">
      <TargetTreeNode unit={root} depth={0} selectedId={selectedId} onSelect={onSelect} />
    </ul>
  );
}
