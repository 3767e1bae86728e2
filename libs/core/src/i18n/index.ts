// The texts on their own, without the rest of core (Nest, MikroORM): what the portal imports.
export * from './catalogs';
export * from './locale';
export * from './translate';
