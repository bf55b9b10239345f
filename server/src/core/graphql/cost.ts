import {
  getNamedType, getNullableType, isListType, isObjectType, isInterfaceType, Kind,
  type FragmentDefinitionNode, type GraphQLSchema, type GraphQLNamedType, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE } from './pagination.js';

/**
 * Query cost: every field costs 1 per object it is read on. A page counts as its `first`
 * (or the default page size): the fields read on each row of a connection's `nodes` or
 * `edges` are multiplied by it. So `users(first: 100) { totalCount nodes { id name } }`
 * costs 1 + 1 + 1 + 100 × 2 = 203.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  return selectionCost(root, operation.selectionSet, 1, 1, new Set());

  function selectionCost(parent: GraphQLNamedType, selectionSet: SelectionSetNode, multiplier: number, page: number, seen: Set<string>): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
        total += selectionCost(type, fragment.selectionSet, multiplier, page, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? parent : parent;
        total += selectionCost(type, selection.selectionSet, multiplier, page, seen);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__')) continue; // introspection and __typename are free
      total += multiplier;
      if (!selection.selectionSet) continue;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!field) continue;
      const child = getNamedType(field.type);
      // Rows of a connection page: the list directly under the connection field.
      let childMultiplier = page > 1 && isListType(getNullableType(field.type)) ? multiplier * page : multiplier;
      const size = pageSizeOf(selection.arguments ?? [], child.name);
      let childPage = 1;
      if (child.name.endsWith('Connection')) childPage = size;
      else childMultiplier *= size;
      total += selectionCost(child, selection.selectionSet, childMultiplier, childPage, seen);
    }
    return total;
  }

  function pageSizeOf(args: readonly { name: { value: string }; value: any }[], typeName: string): number {
    const first = args.find((a) => a.name.value === 'first');
    if (first) {
      const value = first.value.kind === Kind.VARIABLE ? variables[first.value.name.value] : first.value.kind === Kind.INT ? Number(first.value.value) : undefined;
      if (typeof value === 'number' && value > 0) return value;
    }
    return typeName.endsWith('Connection') ? DEFAULT_PAGE : 1;
  }
}
