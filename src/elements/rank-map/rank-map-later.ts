/** The map's chunk loaded after its first frame or at the first interaction (rank-map-later-load.ts). */
export { tableTemplate } from './rank-map-table.js';
export { MapInteraction } from './rank-map-interaction.js';
export { addLaterStyles } from './rank-map-later-styles.js';
