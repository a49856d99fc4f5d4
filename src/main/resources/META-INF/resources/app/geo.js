// GeoJSON as the API writes it (longitude, latitude), read onto the map (Web Mercator): one reader.
export const geoJson = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

// The bbox parameter of the API for a map extent: longitudes and latitudes, clamped to the world,
// since a view wider than the world (a small screen at zoom 1) may reach beyond it.
export function bbox(extent, projection = 'EPSG:3857') {
  const [west, south, east, north] = ol.proj.transformExtent(extent, projection, 'EPSG:4326');
  return [Math.max(west, -180), Math.max(south, -90), Math.min(east, 180), Math.min(north, 90)]
    .map((value) => value.toFixed(6)).join(',');
}
