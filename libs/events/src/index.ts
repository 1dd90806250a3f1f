export * from './event-catalogue';
export * from './event-envelope';
export * from './queue-names.constant';
export * from './job-catalogue';
