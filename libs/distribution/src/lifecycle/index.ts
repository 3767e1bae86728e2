export * from './lead-lifecycle';
export * from './lifecycle.abilities';
export * from './allowed-actions';
