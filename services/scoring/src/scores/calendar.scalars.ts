import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isIsoDate, isYearMonth } from '@points/scoring-engine';

// Why the scalars only check "is a string" on input: a scalar that rejects "2023-02-30" during
// variable coercion cannot say WHICH field was wrong (graphql-js only knows the path relative to
// the client's variable name), and the contract wants `extensions.field` such as
// `profile.socialInsurance[1].to`. So a string passes coercion and the resolver validates it as a
// real date with the engine's `validateProfile`, which names the field. Outputs are checked here.

function stringInput(typeName: string) {
  return (value: unknown): string => {
    if (typeof value !== 'string') {
      throw new GraphQLError(`${typeName} must be a string`, {
        extensions: { code: 'BAD_USER_INPUT', rule: 'string' },
      });
    }
    return value;
  };
}

function stringLiteral(typeName: string) {
  return (ast: ValueNode): string => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`${typeName} must be a string literal`, {
        extensions: { code: 'BAD_USER_INPUT', rule: 'string' },
      });
    }
    return ast.value;
  };
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date "YYYY-MM-DD" (validated as a real date, the error naming the field)',
  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (!isIsoDate(value)) throw new GraphQLError(`Date cannot represent ${String(value)}`);
    return value;
  },
  parseValue: stringInput('Date'),
  parseLiteral: stringLiteral('Date'),
});

export const YearMonthScalar = new GraphQLScalarType({
  name: 'YearMonth',
  description: 'A calendar month "YYYY-MM" (validated as a real month, the error naming the field)',
  serialize(value: unknown): string {
    if (!isYearMonth(value)) throw new GraphQLError(`YearMonth cannot represent ${String(value)}`);
    return value;
  },
  parseValue: stringInput('YearMonth'),
  parseLiteral: stringLiteral('YearMonth'),
});

function literalToJson(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.ENUM:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((value) => literalToJson(value, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        ast.fields.map((field) => [field.name.value, literalToJson(field.value, variables)]),
      );
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
  }
}

/** The numbers of a rule set as JSON; the service validates them with the engine's `ruleSetSchema`. */
export const RuleSetParametersScalar = new GraphQLScalarType({
  name: 'RuleSetParameters',
  description:
    "Every number of a rule set as a JSON object (the engine's RuleSet, validated by its ruleSetSchema)",
  serialize: (value: unknown) => value,
  parseValue(value: unknown): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GraphQLError('RuleSetParameters must be a JSON object', {
        extensions: { code: 'BAD_USER_INPUT', rule: 'json-object' },
      });
    }
    return value as Record<string, unknown>;
  },
  parseLiteral(ast, variables): Record<string, unknown> {
    const value = literalToJson(ast, variables);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GraphQLError('RuleSetParameters must be a JSON object', {
        extensions: { code: 'BAD_USER_INPUT', rule: 'json-object' },
      });
    }
    return value as Record<string, unknown>;
  },
});

/** Any JSON value (the before/after of an audited rule-set change). */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value',
  serialize: (value: unknown) => value,
  parseValue: (value: unknown) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});
