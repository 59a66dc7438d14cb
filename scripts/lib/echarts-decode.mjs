// @ts-check
// Decoder for ECharts' compressed GeoJSON ("UTF8Encoding": true), as shipped in echarts@4.x
// map/json/*.json. Written from the format description (shared/data/GEOMETRY.md):
//   - each ring is a string read two characters at a time: x, then y;
//   - each character's code minus 64 is a zigzag-encoded integer  v = (n >> 1) ^ -(n & 1);
//   - v is a delta added to the previous point, starting from the ring's pair in the geometry's
//     encodeOffsets (per ring for a Polygon, per polygon per ring for a MultiPolygon);
//   - each absolute integer divided by the scale (UTF8Scale, default 1024) is degrees.
// Pure functions: the input is not mutated.

/** @param {number} n */
function zigzag(n) {
  return (n >> 1) ^ -(n & 1);
}

/**
 * Decode one encoded ring.
 * @param {string} encoded
 * @param {[number, number]} offset
 * @param {number} scale
 * @returns {[number, number][]}
 */
export function decodeRing(encoded, offset, scale = 1024) {
  if (typeof encoded !== 'string') throw new TypeError('encoded ring must be a string');
  if (encoded.length % 2 !== 0) throw new Error(`odd ring length ${encoded.length}`);
  let x = offset[0];
  let y = offset[1];
  /** @type {[number, number][]} */
  const ring = [];
  for (let i = 0; i < encoded.length; i += 2) {
    x += zigzag(encoded.charCodeAt(i) - 64);
    y += zigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Close a ring (first point == last point), as GeoJSON requires. */
function closeRing(ring) {
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (ring.length && (a[0] !== b[0] || a[1] !== b[1])) return [...ring, [a[0], a[1]]];
  return ring;
}

/**
 * Decode one geometry (Polygon or MultiPolygon with encodeOffsets) into plain GeoJSON.
 * Other geometry types are returned as they are.
 */
export function decodeGeometry(geometry, scale = 1024) {
  const { type, coordinates, encodeOffsets } = geometry;
  if (!encodeOffsets) return { type, coordinates };
  if (type === 'Polygon') {
    return {
      type,
      coordinates: coordinates.map((r, i) => closeRing(decodeRing(r, encodeOffsets[i], scale))),
    };
  }
  if (type === 'MultiPolygon') {
    return {
      type,
      coordinates: coordinates.map((poly, i) => poly.map((r, j) => closeRing(decodeRing(r, encodeOffsets[i][j], scale)))),
    };
  }
  throw new Error(`cannot decode encoded geometry of type ${type}`);
}

/**
 * Decode an ECharts map JSON into a plain GeoJSON FeatureCollection (ring winding as in the
 * source; rewind before handing it to d3-geo). Files without "UTF8Encoding" are copied through.
 * @param {any} json
 */
export function decodeEChartsGeoJson(json) {
  if (!json || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error('not an ECharts map FeatureCollection');
  }
  const scale = json.UTF8Encoding ? (json.UTF8Scale ?? 1024) : 1;
  return {
    type: 'FeatureCollection',
    features: json.features.map((f) => ({
      type: 'Feature',
      ...(f.id !== undefined ? { id: f.id } : {}),
      properties: { ...f.properties },
      geometry: json.UTF8Encoding ? decodeGeometry(f.geometry, scale) : f.geometry,
    })),
  };
}
