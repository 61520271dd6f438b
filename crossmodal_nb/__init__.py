__version__ = "0.1.0"

import os as _os

# The same numbers on every x86-64 machine at a fixed thread count: torch's CPU kernels, MKL's BLAS and oneDNN's
# convolutions otherwise pick AVX-512 or AVX2 code by the CPU, and sums taken in other orders move a training run's
# losses in the 4th digit. These pins (read when torch first computes; a value the user set wins) make an AVX-512
# machine compute as an AVX2 one does. See chapter 0, "Seeds and determinism".
for _k, _v in (('ATEN_CPU_CAPABILITY', 'avx2'), ('MKL_CBWR', 'AVX2'), ('ONEDNN_MAX_CPU_ISA', 'AVX2')):
    _os.environ.setdefault(_k, _v)

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
