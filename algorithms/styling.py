"""Loading a styled output: one Processing post-processor that applies a style function of ``styles``."""

from qgis.core import QgsProcessingLayerPostProcessorInterface


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Calls ``style(layer, field_name)`` on the output once QGIS has loaded it."""

    instances = []  # keep Python references alive until QGIS has called us

    def __init__(self, style, field_name):
        super().__init__()
        self.style = style
        self.field_name = field_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        self.style(layer, self.field_name)

    @classmethod
    def create(cls, style, field_name):
        instance = cls(style, field_name)
        cls.instances.append(instance)
        return instance


def load_styled(context, dest_id, style, field_name):
    """Style the output ``dest_id`` with ``style`` on ``field_name`` when it is loaded into the project."""
    if context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(StylePostProcessor.create(style, field_name))
