__version__ = "0.1.0"

import os as _os

# The same numbers on every x86-64 machine at a fixed thread count: torch's CPU kernels, MKL's BLAS and oneDNN's
# convolutions otherwise pick AVX-512 or AVX2 code by the CPU, and sums taken in other orders move a training run's
# losses in the 4th digit. These pins (read when torch first computes; a value the user set wins) make an AVX-512
# machine compute as an AVX2 one does. Only where the CPU has AVX2 and FMA (asking torch for AVX2 kernels on a CPU
# without them would crash it); elsewhere nothing is set. See chapter 0, "Seeding and determinism".
def _has_avx2() -> bool:
    try:
        with open('/proc/cpuinfo') as f:
            flags = next((l.split(':', 1)[1].split() for l in f if l.startswith('flags')), [])
    except OSError: return False
    return 'avx2' in flags and 'fma' in flags

if _has_avx2():
    for _k, _v in (('ATEN_CPU_CAPABILITY', 'avx2'), ('MKL_CBWR', 'AVX2'), ('ONEDNN_MAX_CPU_ISA', 'AVX2')):
        _os.environ.setdefault(_k, _v)

# The names a user needs first, imported on first use so that `import crossmodal_nb` (and the
# command line's --help) stays fast: torch is loaded only when one of them is touched.
_API = {'RunConfig': 'core', 'build_model': 'models', 'frame_dataset': 'datasets', 'preset_config': 'training',
        'train': 'training', 'reproduce': 'experiments', 'MODELS': 'models', 'DATASETS': 'core'}
__all__ = ['__version__', *_API]

def __getattr__(name):
    if name in _API:
        import importlib
        return getattr(importlib.import_module(f'{__name__}.{_API[name]}'), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__(): return sorted(set(globals()) | set(_API))
