"""Files shipped with the plugin (icons, translations, sample data), located relative to this folder."""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent


def plugin_path(*parts):
    """Absolute path (as text) of a file inside the plugin folder."""
    return str(PLUGIN_DIR.joinpath(*parts))
