import '@mantine/core/styles.css';
import { Badge, Center, type CSSVariablesResolver, Loader, MantineProvider, createTheme } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { createGraphQLClient } from '@/shared/graphql/client';
import { session } from '@/shared/session/session';
import { ViewerProvider } from '@/shared/viewer/viewer';
import { router } from './router';

// Contrast of at least 4.5:1 (WCAG AA, checked by axe in the browser stories): shade 9 for white text
// on buttons and for teal links, darker text on the light variants' pale backgrounds, and a darker
// grey for dimmed text than Mantine's default.
const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  defaultRadius: 'md',
  // Dialogs, menus and drawers appear without sliding or fading for people who ask their system for less motion.
  respectReducedMotion: true,
  // Badges in normal case: "Angenommen", not "ANGENOMMEN" (capitals read as shouting, and long German words swell).
  components: { Badge: Badge.extend({ defaultProps: { tt: 'none' } }) },
});

const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-primary-color-filled-hover': 'color-mix(in srgb, var(--mantine-color-teal-9), black 20%)',
    '--mantine-color-teal-filled-hover': 'color-mix(in srgb, var(--mantine-color-teal-9), black 20%)',
    ...Object.fromEntries(
      ['teal', 'red', 'grape', 'gray', 'blue'].map((color) => [
        `--mantine-color-${color}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${color}-9), black 30%)`,
      ]),
    ),
  },
  dark: {},
});

export function App() {
  const client = useMemo(() => createGraphQLClient(), []);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // A reload keeps the session through the refresh cookie; the access token was only in memory.
    void session.refresh().finally(() => setReady(true));
  }, []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <GraphQLProvider value={client}>
        <ViewerProvider>
          {ready ? (
            <RouterProvider router={router} />
          ) : (
            <Center mih="100vh">
              <Loader />
            </Center>
          )}
        </ViewerProvider>
      </GraphQLProvider>
    </MantineProvider>
  );
}
