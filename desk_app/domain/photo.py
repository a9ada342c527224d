"""Photos as Desk stores them: decoded safely, turned upright, re-encoded without metadata.

Pure work on bytes with Pillow (no files, no database, no Qt): :func:`process_photo` takes
the bytes of a JPEG, PNG, WebP or HEIC/HEIF (through ``pillow-heif``, when it is installed)
and returns a :class:`ProcessedPhoto`:

* decoded under limits: at most :data:`MAX_FILE_BYTES` of input and :data:`MAX_PIXELS`
  pixels (checked from the header, before any pixel is decoded, and Pillow's own
  decompression-bomb error as a second fence); truncated files are refused;
* turned upright by its EXIF orientation (``ImageOps.exif_transpose``);
* re-encoded from pixels alone, so that EXIF (GPS position, camera and lens serial numbers,
  owner and artist names), XMP and IPTC never reach the output; only the ICC colour profile
  is carried over;
* limited to :data:`MAX_EDGE` pixels on the long edge, with two renditions: ``web``
  (:data:`WEB_EDGE`, the preview and the export) and ``thumb`` (:data:`THUMB_EDGE`, the
  metadata panel and lists);
* addressed by the SHA-256 of the stored image, so the same photo is stored once.

Pillow is imported when a photo is first processed, not at every start (~70 ms).
"""
from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk_app.domain.errors import InvalidInput
from desk_app.domain.messages import join_words, translate

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "MAX_EDGE",
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "PhotoRejected",
    "ProcessedPhoto",
    "Rendition",
    "THUMB_EDGE",
    "check_clean",
    "WEB_EDGE",
    "accepted_formats",
    "format_names",
    "is_sha256",
    "process_exported",
    "process_photo",
]

MAX_FILE_BYTES = 80 * 1024 * 1024
"""A 24-megapixel camera JPEG is 8–15 MB, a 16-bit PNG of it ~70 MB; anything larger is refused."""
MAX_PIXELS = 100_000_000
"""100 megapixels: above every camera newsrooms use, far below what would exhaust memory."""
MAX_EDGE = 3000
"""The long edge of the stored photo (print quality for a page column)."""
WEB_EDGE = 1280
THUMB_EDGE = 320
JPEG_QUALITY = 85
FORMATS = ("JPEG", "PNG", "WEBP")
HEIF_FORMAT = "HEIF"
"""Pillow's name for HEIC/HEIF images, once ``pillow-heif`` registered its opener."""

_SHA256 = re.compile(r"[0-9a-f]{64}")


class PhotoRejected(InvalidInput):
    """A file that cannot become a stored photo; the message says why in one sentence."""


@dataclass(frozen=True)
class Rendition:
    mime: str
    width: int
    height: int
    data: bytes


@dataclass(frozen=True)
class ProcessedPhoto:
    sha256: str              # of ``image.data``: the photo's address
    image: Rendition         # the stored photo, long edge <= MAX_EDGE
    web: Rendition           # long edge <= WEB_EDGE
    thumb: Rendition         # long edge <= THUMB_EDGE
    had_location: bool       # the input carried a GPS position (EXIF) or location fields (XMP/IPTC)
    removed: tuple[str, ...] # what kinds of metadata the input carried and the output does not

    def summary(self) -> str:
        """One sentence for the user about what was removed."""
        if self.had_location:
            return translate("Errors", "Location data removed.")
        if self.removed:
            return translate("Errors", "The photo carried no location data; its other metadata was removed.")
        return translate("Errors", "The photo carried no metadata.")


def is_sha256(value: str) -> bool:
    return bool(_SHA256.fullmatch(value or ""))


def accepted_formats() -> tuple[str, ...]:
    """The Pillow formats :func:`process_photo` opens: JPEG, PNG, WebP, and HEIF when the
    ``pillow-heif`` wheel is installed (its opener is registered here, on first use)."""
    try:
        import pillow_heif
    except ImportError:  # a build without it: HEIC files are refused with a sentence
        return FORMATS
    from PIL import Image

    if HEIF_FORMAT not in Image.OPEN:
        pillow_heif.register_heif_opener()
    return (*FORMATS, HEIF_FORMAT)


def format_names() -> str:
    """"JPEG, PNG, WebP or HEIC": the formats in a sentence for the user."""
    names = ["JPEG", "PNG", "WebP"] + (["HEIC"] if HEIF_FORMAT in accepted_formats() else [])
    return join_words(names)


def process_photo(data: bytes) -> ProcessedPhoto:
    """Decode, check, orient and re-encode a photo; raise :class:`PhotoRejected` when it cannot be."""
    if len(data) > MAX_FILE_BYTES:
        raise PhotoRejected(
            translate("Errors", "The file is {count}; photos up to {limit} can be attached, so export a "
                                "smaller copy first.").format(
            count=_megabytes(len(data)), limit=_megabytes(MAX_FILE_BYTES)))
    if not data:
        raise PhotoRejected(translate("Errors", "The file is empty; choose a {formats} photo.").format(
            formats=format_names()))
    from PIL import Image, ImageOps, UnidentifiedImageError

    formats = accepted_formats()
    try:
        with Image.open(io.BytesIO(data), formats=formats) as source:
            width, height = source.size
            if width * height > MAX_PIXELS:
                raise PhotoRejected(
                    translate("Errors", "The image claims {width:,} × {height:,} pixels, more than Desk decodes "
                                        "({max_pixels} megapixels); it may be a decompression bomb.").format(
                    width=width, height=height, max_pixels=MAX_PIXELS // 1000000))
            removed, had_location = _metadata_found(source)
            icc = source.info.get("icc_profile")
            fmt = source.format or ""
            if fmt == "JPEG":
                # decode at 1/2, 1/4 or 1/8 scale when that still covers MAX_EDGE (much faster)
                source.draft("RGB", _fit((width, height), MAX_EDGE))
            source.load()
            upright = ImageOps.exif_transpose(source)
    except PhotoRejected:
        raise
    except Image.DecompressionBombError:
        raise PhotoRejected(
            translate("Errors", "The image declares far more pixels than its file size allows; it looks like a "
                                "decompression bomb and was not opened.")) from None
    except UnidentifiedImageError:
        if HEIF_FORMAT in formats and data[4:8] == b"ftyp":  # an ISO media file libheif could not read
            raise PhotoRejected(translate("Errors", "The HEIC file is truncated or damaged and cannot be read; "
                                                    "copy it again from the phone or the sender.")) from None
        raise PhotoRejected(
            translate("Errors", "The file is not a {formats} image; choose a photo in one of these "
                                "formats.").format(formats=format_names())) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        reason = (translate("Errors", "truncated") if "truncated" in str(exc).lower()
                  else translate("Errors", "damaged"))
        raise PhotoRejected(translate("Errors", "The image file is {reason} and cannot be read; copy it again from "
                                                "the camera or the sender.").format(reason=reason)) from None
    has_alpha = upright.mode in ("RGBA", "LA", "PA") or (
        upright.mode == "P" and "transparency" in upright.info)
    if upright.mode == "CMYK":
        icc = None  # a CMYK profile does not describe the RGB pixels we write
    pixels = _limit(_clean_pixels(upright, has_alpha), MAX_EDGE)
    web_pixels = _limit(pixels, WEB_EDGE)
    # the stored image as a baseline JPEG (a progressive encode of 6 megapixels costs 4× as much);
    # the renditions browsers load are progressive
    image = _encode(pixels, has_alpha, icc, progressive=False)
    web = _encode(web_pixels, has_alpha, icc)
    thumb = _encode(_limit(web_pixels, THUMB_EDGE), has_alpha, icc)
    return ProcessedPhoto(
        sha256=hashlib.sha256(image.data).hexdigest(), image=image, web=web, thumb=thumb,
        had_location=had_location, removed=removed)


def process_exported(data: bytes, sha256: str) -> ProcessedPhoto:
    """A photo file beside an imported Markdown file. When it is the stored image Desk exported
    (its bytes hash to ``sha256``, the front matter's ``photo_sha256``, and it carries no
    metadata) it is kept byte for byte, so the photo keeps its address and is stored once; its
    renditions are made again from it. Anything else (an edited or another file) is processed
    as a new attachment by :func:`process_photo`."""
    if not is_sha256(sha256) or hashlib.sha256(data).hexdigest() != sha256:
        return process_photo(data)
    from PIL import Image

    try:
        check_clean(sha256, (Rendition("", 0, 0, data),))
        with Image.open(io.BytesIO(data), formats=("JPEG", "PNG")) as stored:
            stored.load()
            has_alpha = stored.mode in ("RGBA", "LA")
            icc = stored.info.get("icc_profile")
            image = Rendition("image/png" if stored.format == "PNG" else "image/jpeg",
                              stored.width, stored.height, data)
            pixels = _clean_pixels(stored, has_alpha)
    except (PhotoRejected, OSError, SyntaxError, ValueError):
        return process_photo(data)
    web_pixels = _limit(pixels, WEB_EDGE)
    return ProcessedPhoto(
        sha256=sha256, image=image, web=_encode(web_pixels, has_alpha, icc),
        thumb=_encode(_limit(web_pixels, THUMB_EDGE), has_alpha, icc), had_location=False, removed=())


def check_clean(sha256: str, renditions: tuple[Rendition, ...]) -> None:
    """Refuse a photo that arrives already processed (from another database) unless it is what
    :func:`process_photo` writes: the address matches the first rendition's bytes, and every
    rendition decodes within the limits and carries no metadata at all."""
    if not renditions or hashlib.sha256(renditions[0].data).hexdigest() != sha256:
        raise PhotoRejected(translate("Errors", "The photo's bytes do not match its address; it was not stored."))
    from PIL import Image, UnidentifiedImageError

    for rendition in renditions:
        if len(rendition.data) > MAX_FILE_BYTES:
            raise PhotoRejected(translate("Errors", "A rendition of the photo is larger than Desk stores; it was "
                                                    "not stored."))
        try:
            with Image.open(io.BytesIO(rendition.data), formats=("JPEG", "PNG")) as image:
                if image.width * image.height > MAX_PIXELS or max(image.size) > MAX_EDGE:
                    raise PhotoRejected(translate("Errors", "A rendition of the photo is larger than Desk stores; "
                                                            "it was not stored."))
                removed, _ = _metadata_found(image)
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise PhotoRejected(translate("Errors", "A rendition of the photo is not a readable JPEG or PNG; it was "
                                                    "not stored.")) from exc
        if removed:
            raise PhotoRejected(
                translate("Errors", "The photo still carries {items} metadata; attach it through Desk to strip "
                                    "it.").format(
                items=', '.join(removed)))


def _metadata_found(source: Image.Image) -> tuple[tuple[str, ...], bool]:
    """What metadata the input carries (for the message), and whether any of it is a location."""
    found: list[str] = []
    location = False
    exif = source.getexif()
    if len(exif):
        found.append("EXIF")
        gps = exif.get_ifd(0x8825)  # the GPS IFD
        location = bool(gps) or 0x8825 in exif
    xmp = source.info.get("xmp") or source.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    if xmp:
        found.append("XMP")
        location = location or any(key in xmp for key in (b"GPS", b"Location", b"City", b"photoshop:State"))
    if any(name == "APP13" for name, _ in getattr(source, "applist", [])):
        found.append("IPTC")
        location = True  # IPTC carries city, sublocation and country fields; assume it names a place
    return tuple(found), location


def _clean_pixels(upright: Image.Image, has_alpha: bool) -> Image.Image:
    """A new image holding only pixels: no ``info``, no EXIF, no XMP."""
    mode = "RGBA" if has_alpha else "RGB"
    pixels = upright.convert(mode) if upright.mode != mode else upright.copy()
    pixels.info = {}
    return pixels


def _fit(size: tuple[int, int], edge: int) -> tuple[int, int]:
    width, height = size
    scale = min(1.0, edge / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _limit(image: Image.Image, edge: int) -> Image.Image:
    """Scaled down to ``edge`` on the long side: a box reduction by a whole factor first (fast),
    then Lanczos for the rest (sharp)."""
    from PIL import Image

    if max(image.size) <= edge:
        return image
    factor = max(image.size) // (edge * 2)
    if factor >= 2:
        image = image.reduce(factor)
    return image.resize(_fit(image.size, edge), Image.Resampling.LANCZOS)


def _encode(image: Image.Image, has_alpha: bool, icc: bytes | None, *, progressive: bool = True) -> Rendition:
    out = io.BytesIO()
    options: dict[str, object] = {}
    if icc:
        options["icc_profile"] = icc
    if has_alpha:
        image.save(out, "PNG", optimize=False, **options)
        mime = "image/png"
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=progressive, **options)
        mime = "image/jpeg"
    return Rendition(mime=mime, width=image.width, height=image.height, data=out.getvalue())


def _megabytes(size: int) -> str:
    return translate("Errors", "{size:.1f} MB").format(size=size / (1024 * 1024))
