import type { UnitDto } from '@cdt/domain';
import { ActionIcon, Anchor, Badge, Box, Group, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ChevronRightIcon } from '../../../components/icons';
import { useUnitChildren } from '../hooks/use-units';
import classes from './UnitTree.module.css';

interface UnitTreeNodeProps {
  unit: UnitDto;
  depth: number;
  isExpanded: (id: string) => boolean;
  onToggle: (id: string) => void;
}

const INDENT_PX = 18;

export function UnitTreeNode({ unit, depth, isExpanded, onToggle }: UnitTreeNodeProps) {
  const { t } = useTranslation();
  const open = isExpanded(unit.id);
  // Without a count the unit may still have children: offer the expander and let the answer decide.
  const expandable = unit.childCount === undefined || unit.childCount > 0;
  const children = useUnitChildren(unit.id, open && expandable);

  return (
    <li>
      <Group
        className={classes.row}
        gap={4}
        wrap="nowrap"
        pl={depth * INDENT_PX}
        data-testid={`tree-node-${unit.id}`}
        data-expanded={open}
      >
        {expandable ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size={44}
            onClick={() => onToggle(unit.id)}
            aria-expanded={open}
            aria-label={t(open ? 'hierarchy.collapse' : 'hierarchy.expand', { name: unit.name })}
            data-testid={`tree-toggle-${unit.id}`}
          >
            <ChevronRightIcon className={classes.chevron} data-open={open} />
          </ActionIcon>
        ) : (
          <Box w={44} className={classes.spacer} />
        )}
        <Anchor component={Link} to={`/units/${unit.id}`} className={classes.link}>
          {unit.name}
        </Anchor>
        {unit.childCount !== undefined && unit.childCount > 0 && (
          <Badge
            variant="light"
            color="gray"
            size="sm"
            title={t('hierarchy.childCount', { count: unit.childCount })}
          >
            {unit.childCount}
          </Badge>
        )}
      </Group>
      {open && expandable && (
        <Box pl={depth * INDENT_PX + 44}>
          {children.isPending && <Loader size="sm" m="xs" />}
          {children.error && <ErrorAlert error={children.error} onRetry={() => void children.refetch()} />}
        </Box>
      )}
      {open && children.data && children.data.length > 0 && (
        <ul className={classes.list}>
          {children.data.map((child) => (
            <UnitTreeNode
              key={child.id}
              unit={child}
              depth={depth + 1}
              isExpanded={isExpanded}
              onToggle={onToggle}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
