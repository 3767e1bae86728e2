import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects at `path` below the resolved field (fragments
 * included), e.g. `selectedFields(info, 'nodes')` for the fields of a list's items. Lets a read
 * fetch only what the answer needs: `totalCount` only when asked for, a lean row when no item
 * asks for more.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((node) => fieldsOf(info, node.selectionSet).filter((field) => field.name.value === name));
  }
  return new Set(level.flatMap((node) => fieldsOf(info, node.selectionSet).map((field) => field.name.value)));
}

function fieldsOf(info: GraphQLResolveInfo, set: SelectionSetNode | undefined): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return fieldsOf(info, selection.selectionSet);
    const fragment = info.fragments[selection.name.value];
    return fragment ? fieldsOf(info, fragment.selectionSet) : [];
  });
}
