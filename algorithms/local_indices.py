"""segregation:localindices: per-unit location quotients, local diversity and contributions to D and M."""

from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessingException,
                       QgsProcessingParameterFeatureSink)

from ..compat import FIELD_DOUBLE, FIELD_INT, SINK_FAST_INSERT, SOURCE_VECTOR_ANY
from ..core import local_indices
from ..styles import apply_lq_style
from ..translation import tr
from .common import SegregationAlgorithm
from .reading import read_units
from .styling import load_styled
from .writing import CHECK_EVERY, plain, unique_name

OUTPUT = "OUTPUT"


class LocalIndicesAlgorithm(SegregationAlgorithm):

    def name(self):
        return "localindices"

    def displayName(self):
        return tr("Local segregation indices")

    def shortDescription(self):
        return tr("Per-unit location quotients, local diversity and each unit's share of D and M.")

    def shortHelpString(self):
        return tr(
            "<p>Adds local (per unit) fields to a copy of the input, so you see <i>which</i> areas drive a "
            "city's segregation. Reference shares are those of the unit's own region (e.g. municipality).</p>"
            "<ul><li><code>lq_&lt;field&gt;</code>: location quotient, the unit's group share divided by the "
            "region's (1 = as in the region, 2 = twice as common; Isard 1960).</li>"
            "<li><code>local_entropy</code>: entropy of the unit's composition divided by ln K "
            "(0 = one group only, 1 = all K groups equally present; Theil 1972).</li>"
            "<li><code>local_diversity</code>: the same entropy, natural log (0 … ln K).</li>"
            "<li><code>local_simpson_concentration</code> / <code>local_simpson_interaction</code>: chance that "
            "two residents of the unit belong to the same / to different groups (Simpson 1949).</li>"
            "<li><code>d_contribution</code>: the unit's additive part of the region's (multigroup) "
            "dissimilarity index; the values of a region sum to its D (Reardon &amp; Firebaugh 2002).</li>"
            "<li><code>m_contribution</code>: the unit's additive part of the mutual information index M "
            "(a Kullback-Leibler term; sums to M).</li>"
            "<li><code>dropped</code>: 1 when the unit was left out because of missing values.</li></ul>"
            "<p>The composition fields use all group fields (total = their sum); with one group field and a "
            "total field they use the group and the rest of the total. A field name already in the input "
            "gets a suffix (_2, _3 …). The output is styled by the first location quotient, blue below 1 and "
            "red above.</p>") + self.missing_help()

    def initAlgorithm(self, config=None):
        self.add_unit_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Local segregation indices"), type=SOURCE_VECTOR_ANY))

    def processAlgorithm(self, parameters, context, feedback):
        units = self.unit_parameters(parameters, context)
        source = units.source
        table, features = read_units(source, units.group_fields, units.total_field, units.region_field,
                                     feedback, keep_features=True, progress_share=40.0)
        if table.n_groups == 1 and not units.total_field:
            raise QgsProcessingException(tr("Choose a total field, or at least two group fields."))
        result = local_indices(table, missing=units.missing)
        feedback.setProgress(50)
        fields = QgsFields(source.fields())
        existing = [f.name() for f in source.fields()]
        renamed = {}
        for column in result.columns:
            name = unique_name(column, existing)
            existing.append(name)
            renamed[column] = name
            fields.append(QgsField(name, FIELD_INT if column == "dropped" else FIELD_DOUBLE))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        values = result.to_numpy(dtype=float)
        total = max(len(features), 1)
        for n, (feature, row) in enumerate(zip(features, values)):
            if n % CHECK_EVERY == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled."))
                feedback.setProgress(50 + 50 * n / total)
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [_cell(column, v) for column, v in zip(result.columns, row)])
            sink.addFeature(out, SINK_FAST_INSERT)
        dropped = int(result["dropped"].sum())
        if dropped:
            feedback.pushInfo(tr("{} units left out because of missing values (field 'dropped' = 1).").format(dropped))
        load_styled(context, dest_id, apply_lq_style, renamed[f"lq_{units.group_fields[0]}"])
        return {OUTPUT: dest_id}


def _cell(column, value):
    value = plain(value)
    return int(value) if column == "dropped" and value is not None else value
