// The five subgraphs and the gateway: names, default ports and database schemas in one place.
export const SERVICE_NAMES = [
  'employer-registration',
  'application',
  'archive-verification',
  'scoring',
  'notification',
] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

export const DEFAULT_PORTS: Record<ServiceName | 'gateway', number> = {
  gateway: 4000,
  'employer-registration': 4001,
  application: 4002,
  'archive-verification': 4003,
  scoring: 4004,
  notification: 4005,
};

/** PostgreSQL schema owned by a service: `employer-registration` → `employer_registration`. */
export function schemaNameOf(service: ServiceName): string {
  return service.replace(/-/g, '_');
}

/** Env prefix of a service: `employer-registration` → `EMPLOYER_REGISTRATION`. */
export function envPrefixOf(service: ServiceName): string {
  return schemaNameOf(service).toUpperCase();
}
