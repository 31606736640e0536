import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** A GraphQL literal as the plain JSON value it spells (variables arrive parsed already). */
function literal(node: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    default:
      throw new TypeError(`JSON cannot represent ${node.kind}`);
  }
}

/**
 * Arbitrary JSON (objects, arrays, strings, numbers, booleans, null). Used where the shape is
 * the data itself, e.g. an audit event's before/after. Written here because graphql-type-json is
 * not a dependency and the scalar is a dozen lines.
 */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => literal(node, variables),
});
