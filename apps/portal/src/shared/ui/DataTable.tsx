import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { QueryState } from './QueryState';

interface Props {
  fetching: boolean;
  error?: CombinedError;
  /** No rows: the empty text instead of the table. */
  empty: boolean;
  emptyText: string;
  /** The column headings, in order. */
  columns: ReactNode[];
  /** Below it the table scrolls inside its box rather than squeezing its columns. */
  minWidth: number;
  /** Shown above the table once there are rows, e.g. how many. */
  above?: ReactNode;
  /** The rows: `<Table.Tr>` elements. */
  children: ReactNode;
}

/** A list as a table, with every list's loading, failed and empty states. */
export function DataTable({ fetching, error, empty, emptyText, columns, minWidth, above, children }: Props) {
  return (
    <QueryState fetching={fetching} error={error} empty={empty} emptyText={emptyText}>
      {above}
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column, index) => (
                <Table.Th key={index}>{column}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </QueryState>
  );
}
