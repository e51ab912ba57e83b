"""Input bytes to text: UTF-8 (with or without BOM), else Windows-1252 with a warning."""

from __future__ import annotations

import codecs
import errno
import re
from pathlib import Path

from briefing.errors import ContentError, Problem, Severity

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
# Bytes 0x80-0x9f are printable in cp1252 (curly quotes, dashes) but control codes in Latin-1.
_CP1252_ONLY = frozenset(range(0x80, 0xA0)) - {0x81, 0x8D, 0x8F, 0x90, 0x9D}
# Such bytes read as Latin-1 and saved as UTF-8 arrive as C1 control characters (U+0093 for a ").
_C1 = re.compile("[" + "".join(chr(b) for b in sorted(_CP1252_ONLY)) + "]")


def read_input(path: Path, shown: str) -> bytes:
    """Return an input file's bytes, or a ContentError saying why it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise ContentError(
            f"Cannot read the file: {error.strerror or error}.", path=shown, hint=_hint(path, error)
        ) from None


def _hint(path: Path, error: OSError) -> str:
    """Say what to do about an unreadable file, naming a broken link's target."""
    if path.is_symlink() and error.errno in (errno.ENOENT, errno.ELOOP):
        target = path.readlink().as_posix()
        return f"It is a symbolic link to '{target}', which leads nowhere; fix or remove it."
    if error.errno in (errno.EACCES, errno.EPERM):
        return (
            "Give yourself read permission (chmod u+r), or move the file out of the content folder."
        )
    return "Check the file, or move it out of the content folder."


def decode_article(data: bytes, path: str) -> tuple[str, list[Problem]]:
    """Decode an article's bytes, reading text that is not UTF-8 as Windows-1252, with a warning."""
    try:
        return decode(data, path), []
    except ContentError as error:
        if not error.message.startswith("Not valid UTF-8"):
            raise
        line = error.line
    text = _normalise("".join(_cp1252(byte) for byte in data), path)
    warning = Problem(
        Severity.WARNING,
        "Not valid UTF-8: read as Windows-1252 (cp1252).",
        path,
        line,
        hint="If accented letters or quote marks look wrong, re-save the file as UTF-8.",
    )
    return text, [warning]


def _cp1252(byte: int) -> str:
    """Decode one byte as Windows-1252, its five unassigned bytes as Latin-1."""
    codec = "latin-1" if 0x80 <= byte <= 0x9F and byte not in _CP1252_ONLY else "cp1252"
    return bytes([byte]).decode(codec)


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 bytes, normalise line ends, and refuse empty or binary files."""
    if data.startswith(_UTF16_BOMS):
        raise ContentError(
            "The file is UTF-16 or UTF-32 encoded; briefing reads UTF-8.",
            path=path,
            hint="Re-save it as UTF-8 (most editors offer this under 'Save with encoding').",
        )
    if b"\x00" in data[:8192]:
        raise ContentError(
            "Binary file (it contains NUL bytes), not an article.",
            path=path,
            hint="Only .md, .markdown and .txt text files are articles; move it out of the folder.",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _not_utf8(data, error, path) from None
    return _normalise(text, path)


def _normalise(text: str, path: str) -> str:
    """Normalise line ends and C1 controls left by a cp1252 mis-decoding; refuse empty text."""
    text = _C1.sub(lambda m: bytes([ord(m[0])]).decode("cp1252"), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ContentError(
            "Empty file: there is no article text.",
            path=path,
            hint="Write the article in it, or delete the file.",
        )
    return text


def _not_utf8(data: bytes, error: UnicodeDecodeError, path: str) -> ContentError:
    """Describe where the first bad byte is and which encoding the file probably uses."""
    before = data[: error.start]
    line = before.count(b"\n") + 1
    column = error.start - (before.rfind(b"\n") + 1) + 1
    byte = data[error.start]
    name, codec = _guess_encoding(data)
    return ContentError(
        f"Not valid UTF-8: byte 0x{byte:02x} at line {line}, column {column}.",
        path=path,
        line=line,
        hint=f"The file looks like {name}; re-save it as UTF-8, "
        f"e.g. iconv -f {codec} -t utf-8 old.txt > new.txt",
    )


def _guess_encoding(data: bytes) -> tuple[str, str]:
    """Name the likely encoding of text that is not UTF-8, and its iconv name."""
    high = {b for b in data if b >= 0x80}
    if high & _CP1252_ONLY:
        return "Windows-1252 (cp1252)", "cp1252"
    return "Latin-1 (ISO-8859-1)", "iso-8859-1"
