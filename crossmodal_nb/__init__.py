__version__ = "0.1.0"

# The names a user needs first, imported on first use so that `import crossmodal_nb` (and the
# command line's --help) stays fast: torch is loaded only when one of them is touched.
_API = {'RunConfig': 'core', 'build_model': 'models', 'frame_dataset': 'datasets', 'preset_config': 'train',
        'train': 'train', 'reproduce': 'experiments', 'MODELS': 'models', 'DATASETS': 'core'}
__all__ = ['__version__', *_API]

def __getattr__(name):
    if name in _API:
        import importlib
        return getattr(importlib.import_module(f'{__name__}.{_API[name]}'), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__(): return sorted(set(globals()) | set(_API))
