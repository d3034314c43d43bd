import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  // Vietnamese stacks diacritics above and below letters; a little more line height keeps them apart.
  lineHeights: { md: '1.6' },
});
