import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * `SET` assignments for a column patch typed from the entity (`{ completedBy: 'x' }`, never a
 * column name in a string): each property is looked up in the entity's TypeORM metadata, so a
 * patch can only name a mapped column, and its value is prepared the way TypeORM would write it
 * (jsonb serialised, dates formatted). Parameters are numbered from `firstParam`.
 * Repositories use it to write their own guarded `UPDATE … RETURNING` statements.
 */
export function patchAssignments<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  patch: Partial<T>,
  firstParam: number,
): { assignments: string[]; params: unknown[] } {
  const metadata = manager.connection.getMetadata(entity);
  const assignments: string[] = [];
  const params: unknown[] = [];
  for (const [property, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for property ${property}`);
    params.push(manager.connection.driver.preparePersistentValue(value, column));
    assignments.push(`"${column.databaseName}" = $${firstParam + params.length - 1}`);
  }
  return { assignments, params };
}
