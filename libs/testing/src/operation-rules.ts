import type { DynamicModule } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { IS_PUBLIC_KEY, ROLES_KEY } from '@points/auth';
import { withSchemaOnlyApp } from '@points/subgraph';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const RESOLVER_REFERENCE_METADATA = 'graphql:resolve_reference';

export interface OperationRuleReport {
  /** Schema operations (`Query.x`, `Mutation.y`) with no resolver method carrying a rule. */
  operationsWithoutRule: string[];
  /** Resolver methods (queries, mutations, field and reference resolvers) with no rule. */
  handlersWithoutRule: string[];
  /** Every `Query`/`Mutation` field in the schema, for the reader of a failure. */
  operations: string[];
}

const hasRule = (target: object): boolean =>
  Reflect.getMetadata(IS_PUBLIC_KEY, target) === true ||
  Array.isArray(Reflect.getMetadata(ROLES_KEY, target));

/**
 * Builds a subgraph (no database needed) and walks its schema and its resolvers: every query,
 * mutation, field resolver and entity reference resolver must say who may call it
 * (`@Public`, `@Roles`, `@AnyRole`). Deny by default makes a missing rule a refusal at run time;
 * this makes it a failing test first.
 */
export async function findOperationsWithoutRule(
  createAppModule: () => DynamicModule,
): Promise<OperationRuleReport> {
  return withSchemaOnlyApp(createAppModule, (app) => {
    const covered = new Set<string>();
    const handlersWithoutRule: string[] = [];
    for (const module of app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const instance = wrapper.instance as object | undefined;
        if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
        const prototype = Object.getPrototypeOf(instance) as object;
        for (const name of Object.getOwnPropertyNames(prototype)) {
          // Descriptors, not property reads: reading a getter here would run it out of context.
          const method: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
          if (name === 'constructor' || typeof method !== 'function') continue;
          const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
          const isReference = Reflect.getMetadata(RESOLVER_REFERENCE_METADATA, method) === true;
          const isField = Reflect.getMetadata('graphql:resolve_property', method) === true;
          if (!type && !isReference && !isField) continue;
          const ruled = hasRule(method) || hasRule(wrapper.metatype);
          if (!ruled) handlersWithoutRule.push(`${wrapper.name}.${name}`);
          const fieldName =
            (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? name;
          if (ruled && (type === 'Query' || type === 'Mutation')) covered.add(`${type}.${fieldName}`);
        }
      }
    }
    const schema = app.get(GraphQLSchemaHost).schema;
    const operations: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      if (!root || !isObjectType(root)) continue;
      for (const field of Object.keys(root.getFields())) {
        // Federation's own entry points: `_service` is public SDL, `_entities` runs the
        // reference resolvers, which are checked above.
        if (field === '_service' || field === '_entities') continue;
        operations.push(`${root.name}.${field}`);
      }
    }
    return {
      operations,
      handlersWithoutRule,
      operationsWithoutRule: operations.filter((op) => !covered.has(op)),
    };
  });
}
