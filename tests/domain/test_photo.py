"""Photo processing: what leaves the device carries pixels and a colour profile, nothing else."""
from __future__ import annotations

import hashlib
import io
import struct
import zlib

import pytest
from PIL import Image, ImageCms

from desk_app.bench.photos import camera_heic, camera_jpeg, location_needles
from desk_app.domain import photo
from desk_app.domain.photo import PhotoRejected, process_photo


def _leaks(blob: bytes) -> list[str]:
    return [name for name, needle in location_needles().items() if needle in blob]


def test_location_serial_and_owner_are_in_the_sample_and_in_no_output_rendition():
    sample = camera_jpeg(1200, 800)
    present = _leaks(sample.data)
    # the sample really carries them (else this test could not fail): EXIF rationals, XMP, IPTC
    for name in ("lat rationals BE", "lon rationals BE", "lat_xmp", "lon_decimal", "city", "serial", "owner"):
        assert name in present
    result = process_photo(sample.data)
    for rendition in (result.image, result.web, result.thumb):
        assert _leaks(rendition.data) == []
        reopened = Image.open(io.BytesIO(rendition.data))
        assert len(reopened.getexif()) == 0
        assert "xmp" not in reopened.info and "XML:com.adobe.xmp" not in reopened.info
        assert not any(name == "APP13" for name, _ in getattr(reopened, "applist", []))
    assert result.had_location
    assert set(result.removed) == {"EXIF", "XMP", "IPTC"}
    assert result.summary() == "Location data removed."


def test_a_heic_photo_loses_its_location_and_is_stored_as_jpeg():
    sample = camera_heic(480, 320)
    assert sample.data[4:12] == b"ftypheic"
    # the HEIC really carries them: EXIF rationals and XMP (HEIF has no IPTC)
    for name in ("lat rationals BE", "lon rationals BE", "lat_xmp", "lon_decimal", "city", "serial", "owner"):
        assert name in _leaks(sample.data)
    assert "HEIC" in photo.format_names()
    result = process_photo(sample.data)
    for rendition in (result.image, result.web, result.thumb):
        assert _leaks(rendition.data) == []
        reopened = Image.open(io.BytesIO(rendition.data))
        assert reopened.format == "JPEG" and rendition.mime == "image/jpeg"
        assert len(reopened.getexif()) == 0 and "xmp" not in reopened.info
    assert (result.image.width, result.image.height) == (480, 320)
    assert result.had_location and set(result.removed) == {"EXIF", "XMP"}
    assert result.summary() == "Location data removed."


def test_a_heic_photo_is_turned_upright():
    result = process_photo(camera_heic(240, 160, orientation=6).data)
    assert (result.image.width, result.image.height) == (160, 240)


def test_a_truncated_heic_is_refused_in_one_sentence():
    data = camera_heic(240, 160).data
    with pytest.raises(PhotoRejected) as caught:
        process_photo(data[: len(data) // 2])
    assert "HEIC file is truncated or damaged" in _one_sentence(caught)


def test_without_pillow_heif_a_heic_is_refused_and_not_offered(monkeypatch):
    import sys

    data = camera_heic(240, 160).data
    monkeypatch.setitem(sys.modules, "pillow_heif", None)   # as in a build without the wheel
    monkeypatch.setattr(Image, "OPEN", {k: v for k, v in Image.OPEN.items() if k != photo.HEIF_FORMAT})
    assert photo.format_names() == "JPEG, PNG or WebP"
    with pytest.raises(PhotoRejected, match="not a JPEG, PNG or WebP image"):
        process_photo(data)


def test_orientation_is_applied_to_the_pixels():
    result = process_photo(camera_jpeg(600, 400, orientation=6).data)  # "rotate 90° clockwise"
    assert (result.image.width, result.image.height) == (400, 600)


def test_long_edge_is_limited_and_renditions_are_smaller():
    result = process_photo(camera_jpeg(4000, 2000).data)
    assert max(result.image.width, result.image.height) == photo.MAX_EDGE
    assert (result.web.width, result.web.height) == (photo.WEB_EDGE, photo.WEB_EDGE // 2)
    assert max(result.thumb.width, result.thumb.height) == photo.THUMB_EDGE
    assert result.image.mime == result.web.mime == "image/jpeg"


def test_address_is_the_sha256_of_the_stored_image_and_stable():
    data = camera_jpeg(800, 600).data
    first, second = process_photo(data), process_photo(data)
    assert first.sha256 == hashlib.sha256(first.image.data).hexdigest() == second.sha256
    assert photo.is_sha256(first.sha256) and not photo.is_sha256("../" + first.sha256[3:])


def test_colour_profile_is_kept():
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 30, 30)).save(out, "JPEG", icc_profile=icc)
    result = process_photo(out.getvalue())
    for rendition in (result.image, result.web, result.thumb):
        assert Image.open(io.BytesIO(rendition.data)).info.get("icc_profile") == icc
    assert result.summary() == "The photo carried no metadata."


def test_transparent_png_stays_png_and_webp_is_accepted():
    out = io.BytesIO()
    Image.new("RGBA", (64, 64), (0, 0, 0, 0)).save(out, "PNG")
    assert process_photo(out.getvalue()).image.mime == "image/png"
    out = io.BytesIO()
    Image.new("RGB", (64, 64), (0, 90, 0)).save(out, "WEBP")
    assert process_photo(out.getvalue()).image.mime == "image/jpeg"


def _one_sentence(exc: pytest.ExceptionInfo) -> str:
    message = str(exc.value)
    assert message.endswith(".") and message.count(". ") == 0 and "\n" not in message
    return message


def test_a_text_file_is_not_an_image():
    with pytest.raises(PhotoRejected) as exc:
        process_photo(b"%PDF-1.7 this is not a photo at all")
    assert "not a JPEG, PNG, WebP or HEIC image" in _one_sentence(exc)


def test_a_gif_is_not_accepted():
    out = io.BytesIO()
    Image.new("P", (10, 10)).save(out, "GIF")
    with pytest.raises(PhotoRejected):
        process_photo(out.getvalue())


def test_a_truncated_jpeg_is_refused():
    data = camera_jpeg(800, 600).data
    with pytest.raises(PhotoRejected) as exc:
        process_photo(data[: len(data) // 2])
    assert "truncated" in _one_sentence(exc)


def _png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + chunk(b"IEND", b""))


def test_a_decompression_bomb_is_refused_before_decoding():
    with pytest.raises(PhotoRejected) as exc:
        process_photo(_png_claiming(60_000, 60_000))
    assert "decompression bomb" in _one_sentence(exc)


def test_pillows_own_bomb_limit_is_a_second_fence(monkeypatch):
    monkeypatch.setattr(photo, "MAX_PIXELS", 10**12)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(PhotoRejected) as exc:
        process_photo(_png_claiming(2000, 2000))
    assert "decompression bomb" in _one_sentence(exc)


def test_too_large_and_empty_input_are_refused_without_decoding(monkeypatch):
    monkeypatch.setattr(photo, "MAX_FILE_BYTES", 1000)
    with pytest.raises(PhotoRejected) as exc:
        process_photo(b"\xff\xd8" + b"\x00" * 2000)
    assert "photos up to" in _one_sentence(exc)
    with pytest.raises(PhotoRejected):
        process_photo(b"")
