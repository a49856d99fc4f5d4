"""Loads an OGC API - Features collection in QGIS, as a person adds it (Basic credentials in the
connection), and prints what QGIS sees: the number of features, and of those matching a filter."""
import json
import os
import sys

from qgis.core import QgsApplication, QgsDataSourceUri, QgsFeatureRequest, QgsVectorLayer

base, collection, user, password, expression = sys.argv[1:6]
QgsApplication.setPrefixPath("/usr", True)
application = QgsApplication([], False)
application.initQgis()
uri = QgsDataSourceUri()
uri.setParam("url", base)
uri.setParam("typename", collection)
uri.setUsername(user)
uri.setPassword(password)
layer = QgsVectorLayer(uri.uri(False), collection, "OAPIF")
# (QgsVectorLayer.error() crashes QGIS 3.22's Python bindings, so validity alone is reported.)
answer = {"valid": layer.isValid()}
if layer.isValid():
    answer["count"] = sum(1 for _ in layer.getFeatures())
    answer["matching"] = sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))
    answer["fields"] = [field.name() for field in layer.fields()]
print(json.dumps(answer), flush=True)
# QGIS 3.22 may crash while it tears down after a network layer; what it saw is already printed.
os._exit(0)
