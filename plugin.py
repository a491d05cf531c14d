"""The QGIS plugin: registers the Processing provider (also for qgis_process, which never calls initGui)."""

from qgis.core import QgsApplication

from .provider import SegregationProvider
from .translation import install_translator, remove_translator


class SegregationPlugin:

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API)
        """Called by QGIS desktop and by qgis_process: register the provider once."""
        if self.provider is None:
            self.provider = SegregationProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
