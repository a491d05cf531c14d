"""segregation:spatialweights: build spatial weights, summarise them and write GAL/GWT files."""

import json
from pathlib import Path

from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterField,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFileDestination)

from ..compat import FIELD_ANY, FIELD_INT, SINK_FAST_INSERT, SOURCE_VECTOR_ANY
from ..core import Segments
from ..core import weights as W
from ..report import render_page
from ..translation import tr, user_language
from .common import SegregationAlgorithm
from .geometry import measure
from .reading import field_values, read_features
from .weights_parameters import add_weights_parameters, build_weights, weights_settings
from .writing import CHECK_EVERY, unique_name

INPUT = "INPUT"
REGION_FIELD = "REGION_FIELD"
ID_FIELD = "ID_FIELD"
OUTPUT = "OUTPUT"
OUTPUT_FILE = "OUTPUT_FILE"
OUTPUT_HTML = "OUTPUT_HTML"
N_ISLANDS = "N_ISLANDS"
MEAN_NEIGHBOURS = "MEAN_NEIGHBOURS"
N_COMPONENTS = "N_COMPONENTS"


class SpatialWeightsAlgorithm(SegregationAlgorithm):

    def name(self):
        return "spatialweights"

    def displayName(self):
        return tr("Spatial weights")

    def group(self):
        return tr("Spatial weights")

    def groupId(self):
        return "weights"

    def shortDescription(self):
        return tr("Neighbours of every unit (contiguity, nearest neighbours, distance band, kernel), "
                  "summarised and written as a GAL/GWT file.")

    def shortHelpString(self):
        return tr(
            "<p>Builds the spatial weights that the spatial indices and cluster tools use, so you can check "
            "them (neighbour counts, islands, connected parts) and exchange them with GeoDa or PySAL.</p>"
            "<ul><li><b>Queen / rook contiguity</b>: polygons that share a corner or a border / a border of "
            "positive length, found with GEOS; the snapping tolerance closes slivers and small gaps. Square "
            "grid cells (e.g. 250 m) are recognised and linked from their positions, without geometry "
            "tests.</li><li><b>K nearest neighbours</b>, <b>distance band</b> (binary) and <b>kernels</b> "
            "(triangular, uniform, Epanechnikov, quartic, Gaussian; fixed bandwidth, or adaptive: the "
            "distance to the k-th neighbour) use the centroids and need a projected CRS (metres), e.g. "
            "ETRS-TM35FIN (EPSG:3067) in Finland.</li></ul>"
            "<p>Islands (units without neighbours, e.g. archipelago postal areas) are listed; optionally they "
            "are linked to their k nearest units. With a region field, neighbours are only sought within the "
            "same region (city). Conventions follow libpysal (Anselin 1988; Anselin &amp; Rey 2010).</p>"
            "<p>The output layer gets <code>n_neighbours</code>, <code>island</code> (1/0) and "
            "<code>component</code> (connected part). The GAL file holds neighbour lists, the GWT file the "
            "weights; ids are the ID field's values (feature ids without it).</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(INPUT, tr("Input layer"), [SOURCE_VECTOR_ANY]))
        self.addParameter(QgsProcessingParameterField(
            REGION_FIELD, tr("Region field (neighbours only within a region)"), parentLayerParameterName=INPUT,
            type=FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            ID_FIELD, tr("ID field for the weights file (unique, e.g. posti_alue)"), parentLayerParameterName=INPUT,
            type=FIELD_ANY, optional=True))
        add_weights_parameters(self, advanced=False)
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Neighbour counts"), type=SOURCE_VECTOR_ANY, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_FILE, tr("Weights file"), fileFilter=tr("GAL files (*.gal);;GWT files (*.gwt)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_HTML, tr("HTML summary"), fileFilter=tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(N_ISLANDS, tr("Number of islands")))
        self.addOutput(QgsProcessingOutputNumber(MEAN_NEIGHBOURS, tr("Mean number of neighbours")))
        self.addOutput(QgsProcessingOutputNumber(N_COMPONENTS, tr("Number of connected parts")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        settings = weights_settings(self, parameters, context)
        region_field = self.parameterAsString(parameters, REGION_FIELD, context) or None
        id_field = self.parameterAsString(parameters, ID_FIELD, context) or None
        features = read_features(source, feedback)
        ids = self._ids(features, source.fields(), id_field)
        if region_field:
            segments, _ = Segments.from_labels(field_values(features, source.fields(), region_field))
        else:
            segments = Segments.single(len(features))
        geometry = measure(features, feedback, 20, 30)
        weights = build_weights(settings, geometry, source.sourceCrs(), segments, ids, feedback)
        summary = weights.summary()
        self._report(summary, ids, feedback)
        results = {N_ISLANDS: summary["n_islands"], MEAN_NEIGHBOURS: summary["mean_neighbours"],
                   N_COMPONENTS: summary["n_components"]}
        output_file = self.parameterAsFileOutput(parameters, OUTPUT_FILE, context)
        if output_file:
            writer = W.write_gwt if Path(output_file).suffix.lower() == ".gwt" else W.write_gal
            writer(weights, output_file, ids)
            results[OUTPUT_FILE] = output_file
        if OUTPUT in parameters and parameters[OUTPUT] is not None:
            dest = self._write_layer(parameters, context, source, features, weights, feedback)
            if dest:
                results[OUTPUT] = dest
        html_path = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context)
        if html_path:
            Path(html_path).write_text(self._html(summary, ids, source.sourceName()), encoding="utf-8")
            results[OUTPUT_HTML] = html_path
        feedback.setProgress(100)
        return results

    @staticmethod
    def _ids(features, fields, id_field):
        if not id_field:
            return [str(f.id()) for f in features]
        values = field_values(features, fields, id_field)
        text = ["" if v is None else str(v).strip() for v in values]
        if len(set(text)) != len(text) or "" in text or any(" " in t for t in text):
            raise QgsProcessingException(tr("ID field '{}' must be unique, non-empty and without spaces.").format(id_field))
        return text

    @staticmethod
    def _report(summary, ids, feedback):
        feedback.pushInfo(tr("{n} units, {links} links, neighbours per unit: mean {mean:.2f}, min {min}, max {max}; "
                             "{parts} connected parts.").format(
            n=summary["n"], links=summary["n_links"], mean=summary["mean_neighbours"], min=summary["min_neighbours"],
            max=summary["max_neighbours"], parts=summary["n_components"]))
        islands = summary["islands"]
        if islands:
            shown = ", ".join(ids[i] for i in islands[:20])
            feedback.pushWarning(tr("{} units have no neighbours (islands): {}").format(len(islands), shown))

    def _write_layer(self, parameters, context, source, features, weights, feedback):
        fields = QgsFields(source.fields())
        existing = [f.name() for f in source.fields()]
        names = []
        for name in ("n_neighbours", "island", "component"):
            names.append(unique_name(name, existing))
            existing.append(names[-1])
            fields.append(QgsField(names[-1], FIELD_INT))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            return None
        cardinality = weights.cardinalities
        components = weights.component_labels()
        island = set(weights.islands.tolist())
        for n, feature in enumerate(features):
            if n % CHECK_EVERY == 0 and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [int(cardinality[n]), int(n in island), int(components[n])])
            sink.addFeature(out, SINK_FAST_INSERT)
        return dest_id

    @staticmethod
    def _html(summary, ids, name):
        labels = {
            "n": tr("Units"), "n_links": tr("Links"), "mean_neighbours": tr("Mean neighbours"),
            "min_neighbours": tr("Fewest neighbours"), "max_neighbours": tr("Most neighbours"),
            "n_islands": tr("Islands"), "n_components": tr("Connected parts"), "symmetric": tr("Symmetric"),
        }
        rows = [(tr("Input"), name)] + [(labels[k], summary[k]) for k in labels if k in summary]
        rows.append((tr("Island ids"), ", ".join(ids[i] for i in summary["islands"]) or "-"))
        rows.append((tr("Specification"), json.dumps(summary.get("spec", {}), ensure_ascii=False)))
        return render_page(tr("Spatial weights"), rows, [], [], user_language())
