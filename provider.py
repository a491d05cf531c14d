"""The Processing provider ``segregation``: registers every algorithm of the plugin."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.clusters import ClustersAlgorithm
from .algorithms.compare_indices import CompareIndicesAlgorithm
from .algorithms.decomposition import DecompositionAlgorithm
from .algorithms.disadvantage_index import DisadvantageIndexAlgorithm
from .algorithms.global_indices import GlobalIndicesAlgorithm
from .algorithms.local_indices import LocalIndicesAlgorithm
from .algorithms.multiscalar_profile import MultiscalarProfileAlgorithm
from .algorithms.spatial_weights import SpatialWeightsAlgorithm
from .plugin_paths import plugin_path
from .translation import tr

ALGORITHMS = (GlobalIndicesAlgorithm, LocalIndicesAlgorithm, SpatialWeightsAlgorithm, MultiscalarProfileAlgorithm,
              CompareIndicesAlgorithm, DecompositionAlgorithm, DisadvantageIndexAlgorithm,
              ClustersAlgorithm)


class SegregationProvider(QgsProcessingProvider):

    def id(self):
        return "segregation"

    def name(self):
        return tr("Segregation analysis")

    def longName(self):
        return self.name()

    def icon(self):
        return QIcon(plugin_path("icons", "provider.svg"))

    def svgIconPath(self):
        return plugin_path("icons", "provider.svg")

    def loadAlgorithms(self):
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
