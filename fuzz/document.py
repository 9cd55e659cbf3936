"""Harness: loading an article from bytes (encodings, front matter, Markdown and HTML masking)."""
import sys

import atheris

with atheris.instrument_imports(include=["factlint"]):
    from factlint import document
    from factlint.errors import UserError


def test_one_input(data: bytes) -> None:
    try:
        text = document.decode("fuzz.md", data)
    except UserError:
        return
    for kind in ("markdown", "html", "text"):
        try:
            doc = document.from_text(text, "fuzz.md", kind=kind)
        except UserError:
            continue
        assert len(doc.prose) == len(doc.text), "the prose must keep every offset of the text"


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
