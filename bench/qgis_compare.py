#!/usr/bin/env python3
"""Draws bench_city_map's synthetic city with QGIS 3.22 (python3-qgis) at 1920x1080, at the
same three scales, so docs/PERFORMANCE.md can compare it with Xiuhua's renderer.

    python3 bench/qgis_compare.py build/render/bench/data/city_v1.gpkg [--labels] [--runs 3]

Styles follow Xiuhua's defaults where it matters for speed: roads by class with a casing
(two symbol layers), the same scale ranges (service roads and buildings hidden beyond
8 and 6 m/px, residential beyond 25, tertiary beyond 60), posts and fire stations as
small circles. Single-threaded (QgsMapRendererSequentialJob), like one Xiuhua render.
Prints one line per scale: the median wall time of --runs renders after one warm-up.
"""

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsFillSymbol,
    QgsSingleSymbolRenderer,
    QgsSimpleLineSymbolLayer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

CENTRE_LON, CENTRE_LAT = 121.47, 31.23
SIZE_METRES = 100_000
OUTPUT = QSize(1920, 1080)
DPI = 96
# Xiuhua scale (metres per pixel) -> QGIS scale denominator at 96 dpi.
METRES_PER_INCH = 0.0254


def denominator(metres_per_pixel):
    return metres_per_pixel * DPI / METRES_PER_INCH


# class, fill, casing, width px, casing extra px, hidden beyond (m/px)
ROADS = [
    ("service", "#ffffff", "#cdc6bb", 2.2, 1.2, 8),
    ("residential", "#ffffff", "#c4bcb0", 3.5, 1.4, 25),
    ("tertiary", "#fefde6", "#c7bd94", 5, 1.6, 60),
    ("secondary", "#f8f3b2", "#bfb36f", 6, 1.6, None),
    ("primary", "#fcd6a4", "#c99357", 7, 1.8, None),
]


def road_renderer():
    root = QgsRuleBasedRenderer.Rule(None)
    for name, fill, casing, width, extra, max_mpp in ROADS:
        symbol = QgsLineSymbol()
        symbol.deleteSymbolLayer(0)
        for colour, w in ((casing, width + extra), (fill, width)):
            layer = QgsSimpleLineSymbolLayer(QColor(colour), w * METRES_PER_INCH * 1000 / DPI)
            symbol.appendSymbolLayer(layer)
        # QGIS "minimum scale" is the most zoomed-out denominator at which the rule draws.
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, int(denominator(max_mpp)) if max_mpp else 0,
                                         "\"class\" = '%s'" % name)
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def load(path, labels):
    layers = []
    for name in ("buildings", "roads", "fire_stations", "posts"):
        layer = QgsVectorLayer("%s|layername=%s" % (path, name), name, "ogr")
        if not layer.isValid():
            sys.exit("cannot open %s in %s" % (name, path))
        if name == "roads":
            layer.setRenderer(road_renderer())
            if labels:
                settings = QgsPalLayerSettings()
                settings.fieldName = "name"
                settings.placement = QgsPalLayerSettings.Line
                text = QgsTextFormat()
                text.setFont(QFont("Noto Sans CJK SC"))
                text.setSize(11)
                text.buffer().setEnabled(True)
                settings.setFormat(text)
                layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
                layer.setLabelsEnabled(True)
        elif name == "buildings":
            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "#d9d0c9", "outline_color": "#c4b8ad", "outline_width": "0.1"})))
            layer.setScaleBasedVisibility(True)
            layer.setMinimumScale(denominator(6))
        else:
            layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
                {"name": "circle", "size": "2.5", "color": "#1565c0" if name == "posts" else "#c62828"})))
        QgsProject.instance().addMapLayer(layer)
        layers.append(layer)
    return layers[::-1]  # QGIS draws the first layer on top


def extent_for(scale_name, centre):
    if scale_name == "overview":
        half = SIZE_METRES / 2
        return QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
    mpp = 8.0 if scale_name == "district" else 1.0
    w, h = OUTPUT.width() * mpp / 2, OUTPUT.height() * mpp / 2
    return QgsRectangle(centre.x() - w, centre.y() - h, centre.x() + w, centre.y() + h)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gpkg")
    parser.add_argument("--labels", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--save", metavar="DIR", help="also write each scale's image there, to look at")
    args = parser.parse_args()

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    layers = load(os.path.abspath(args.gpkg), args.labels)
    crs = QgsCoordinateReferenceSystem("EPSG:32651")
    to_display = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
    centre = to_display.transform(QgsPointXY(CENTRE_LON, CENTRE_LAT))

    for scale_name in ("overview", "district", "street"):
        settings = QgsMapSettings()
        settings.setLayers(layers)
        settings.setDestinationCrs(crs)
        settings.setOutputSize(OUTPUT)
        settings.setOutputDpi(DPI)
        settings.setBackgroundColor(QColor("#f2efe9"))
        settings.setExtent(extent_for(scale_name, centre))
        times = []
        for run in range(args.runs + 1):
            job = QgsMapRendererSequentialJob(settings)
            start = time.perf_counter()
            job.start()
            job.waitForFinished()
            elapsed = (time.perf_counter() - start) * 1000
            if run > 0:  # the first run warms caches (OGR, PROJ, fonts)
                times.append(elapsed)
        if args.save:
            job.renderedImage().save(os.path.join(args.save, "qgis_%s.png" % scale_name))
        print("qgis %-8s %.1f m/px labels %s: median %.0f ms (runs: %s)" % (
            scale_name, settings.mapUnitsPerPixel(), "on" if args.labels else "off",
            statistics.median(times), ", ".join("%.0f" % t for t in times)), flush=True)
    app.exitQgis()


if __name__ == "__main__":
    main()
