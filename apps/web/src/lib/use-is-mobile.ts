import { useMediaQuery } from '@mantine/hooks';

/** Phones (below Mantine's `sm` breakpoint) get full-screen dialogs. */
export function useIsMobile(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false }) ?? false;
}
