/** Public API of the clippings data layer (extension origin only: background and extension pages). */
export * from './clippings';
export * from './collections';
export * from './db';
export * from './derive';
export * from './draft';
export * from './errors';
export * from './fold';
export * from './hash';
export * from './merge';
export * from './persist';
export * from './save';
export { parseQuery, type SearchOptions, searchClippings } from './search';
export * from './url';
export * from './trash';
export * from './provenance';
