"""This newsner's version (``newsner.__version__``), in a module of its own so that the modules
that check models against it need not import the package."""

__version__ = "0.1.0"
