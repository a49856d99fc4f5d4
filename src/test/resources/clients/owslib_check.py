"""Reads Cairn's OGC API Features with OWSLib, as a Python GIS script would, and prints what it saw as JSON.

Usage: owslib_check.py URL TOKEN NAME, where NAME prefixes the hazard areas the calling test made.
"""
import json
import sys

from owslib.ogcapi.features import Features

url, token, name = sys.argv[1:4]
api = Features(url, headers={"Authorization": "Bearer " + token})
in_box = api.collection_items("hazard-areas", bbox=[20.0, 20.0, 20.2, 20.1], limit=50)
filtered = api.collection_items("hazard-areas", filter="name LIKE '%s%%' AND classification = 'CHA'" % name,
                                limit=50)
print(json.dumps({
    "conformsTo": api.conformance()["conformsTo"],
    "collections": [collection["id"] for collection in api.collections()["collections"]],
    "featureCollections": api.feature_collections(),
    "queryables": sorted(api.collection_queryables("hazard-areas")["properties"].keys()),
    "inBox": sorted(feature["id"] for feature in in_box["features"]),
    "filtered": sorted(feature["id"] for feature in filtered["features"]),
}))
