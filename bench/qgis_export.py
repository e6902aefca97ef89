#!/usr/bin/env python3
"""QGIS 3.22's side of `bench/export_compare.py`: in one process, what
`xiuhua export-map --data FILE --no-labels --out OUT.png` does.

    /usr/bin/python3 bench/qgis_export.py city_v1.gpkg OUT.png [--size 1920x1080] [--epsg 32651]

Opens every layer of the dataset through OGR, draws each with one simple symbol (lines
1.6 px, polygons filled with an outline, points as 9 px circles: the look export-map gives
data the station brings), fits the union of the layers' extents into the image in the UTM
zone, renders with QgsMapRendererParallelJob (QGIS's own export path: layers on all cores)
and writes the PNG.
"""

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

COLOURS = ["#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
MM_PER_PX = 25.4 / 96


def symbol_for(layer, index):
    colour = COLOURS[index % len(COLOURS)]
    kind = layer.geometryType()
    if kind == QgsWkbTypes.LineGeometry:
        return QgsLineSymbol.createSimple({"color": colour, "width": str(1.6 * MM_PER_PX)})
    if kind == QgsWkbTypes.PolygonGeometry:
        fill = QColor(colour)
        fill.setAlpha(70)
        return QgsFillSymbol.createSimple({"color": "%d,%d,%d,%d" % (fill.red(), fill.green(), fill.blue(), 70),
                                           "outline_color": colour, "outline_width": str(1.6 * MM_PER_PX)})
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": str(9 * MM_PER_PX)})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("out")
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--epsg", type=int, default=32651)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    path = os.path.abspath(args.data)
    probe = QgsVectorLayer(path, "probe", "ogr")
    names = [sub.split("!!::!!")[1] for sub in probe.dataProvider().subLayers()] or [None]
    crs = QgsCoordinateReferenceSystem("EPSG:%d" % args.epsg)
    layers = []
    extent = QgsRectangle()
    for index, name in enumerate(names):
        uri = path if name is None else "%s|layername=%s" % (path, name)
        layer = QgsVectorLayer(uri, name or "data", "ogr")
        if not layer.isValid():
            sys.exit("cannot open %s" % uri)
        layer.setRenderer(QgsSingleSymbolRenderer(symbol_for(layer, index)))
        QgsProject.instance().addMapLayer(layer)
        layers.append(layer)
        to_display = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
        box = to_display.transformBoundingBox(layer.extent())
        if extent.isEmpty():
            extent = box
        else:
            extent.combineExtentWith(box)

    settings = QgsMapSettings()
    settings.setLayers(layers[::-1])  # QGIS draws the first layer on top
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("#f2efe9"))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(args.out, "PNG"):
        sys.exit("cannot write %s" % args.out)
    print("Wrote %s (%d x %d px, EPSG:%d)" % (args.out, width, height, args.epsg), flush=True)
    # QGIS 3.22's Python bindings crash while tearing down (exitQgis and interpreter exit
    # both, SIGSEGV after the image is written); leave without tearing down.
    os._exit(0)


if __name__ == "__main__":
    main()
