"""Processing algorithms: thin layers between QGIS layers and the core."""
