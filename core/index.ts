export * from './model/index.js';
export * from './errors/index.js';
export * from './import/index.js';
export * from './service/index.js';
