import '@mantine/core/styles.css';
import { Center, Loader, MantineProvider, createTheme } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { createGraphQLClient } from '@/shared/graphql/client';
import { session } from '@/shared/session/session';
import { ViewerProvider } from '@/shared/viewer/viewer';
import { router } from './router';

const theme = createTheme({ primaryColor: 'teal', defaultRadius: 'md' });

export function App() {
  const client = useMemo(() => createGraphQLClient(), []);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // A reload keeps the session through the refresh cookie; the access token was only in memory.
    void session.refresh().finally(() => setReady(true));
  }, []);
  return (
    <MantineProvider theme={theme}>
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
