"""A scratch folder the file-reading harnesses write each input to, since those entry points read files."""
import atexit
import shutil
import tempfile
from pathlib import Path

FOLDER = Path(tempfile.mkdtemp(prefix="factlint-fuzz-"))
atexit.register(shutil.rmtree, FOLDER, True)


def write(name: str, data: bytes) -> str:
    path = FOLDER / name
    path.write_bytes(data)
    return str(path)
