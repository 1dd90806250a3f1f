export * from './services.constant';
export * from './load-config';
export * from './service-config';
