export * from './validation-result';
export * from './iso-date.validator';
export * from './resident-id.validator';
export * from './credit-code.validator';
export * from './mobile.validator';
export * from './password.validator';
export * from './validation.schema';
export * from './uuid.validator';
