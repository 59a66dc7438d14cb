/** Bundled map geometry, projection/layout and user-geometry reading. DOM-free. */
export * from './projection.js';
export * from './planar.js';
export * from './china.js';
export * from './user-geometry.js';
