"""Sample photos for the bench and the tests: camera-like JPEGs that carry a location everywhere.

:func:`camera_jpeg` writes a JPEG (and :func:`camera_heic` a HEIC) with the GPS position in EXIF (the GPS IFD, as rationals),
in XMP (``exif:GPSLatitude``/``GPSLongitude`` and decimal ``drone-dji`` style attributes) and
in IPTC (city and sublocation in a Photoshop APP13 block), plus a camera serial number and
owner name, so a test can prove none of it survives :func:`desk_app.domain.photo.process_photo`.
"""
from __future__ import annotations

import io
import struct
from dataclasses import dataclass

from PIL import Image
from PIL.TiffImagePlugin import IFDRational

__all__ = ["CameraSample", "LOCATION", "camera_heic", "camera_jpeg", "location_needles"]


@dataclass(frozen=True)
class CameraSample:
    data: bytes
    width: int
    height: int


# 43°1'28.44" N, 47°30'7.2" E (Makhachkala): as EXIF rationals and as the texts XMP uses
LOCATION = {
    "lat": ((43, 1), (1, 1), (711, 25)),   # in lowest terms, as Pillow writes them
    "lon": ((47, 1), (30, 1), (36, 5)),
    "lat_xmp": "43,1.474N",
    "lon_xmp": "47,30.12E",
    "lat_decimal": "43.024567",
    "lon_decimal": "47.502000",
    "city": "Makhachkala",
    "sublocation": "Lenina Street 12",
}
SERIAL = "SN-4417-XK-0092"
OWNER = "Anna Petrova Private"


def _xmp() -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/"'
        ' xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"'
        f' exif:GPSLatitude="{LOCATION["lat_xmp"]}" exif:GPSLongitude="{LOCATION["lon_xmp"]}"'
        f' drone-dji:GpsLatitude="{LOCATION["lat_decimal"]}" drone-dji:GpsLongitude="{LOCATION["lon_decimal"]}"'
        f' photoshop:City="{LOCATION["city"]}" aux:SerialNumber="{SERIAL}"/>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def _iptc_app13() -> bytes:
    def dataset(number: int, value: str) -> bytes:
        raw = value.encode("utf-8")
        return b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(raw)) + raw

    iptc = dataset(90, LOCATION["city"]) + dataset(92, LOCATION["sublocation"])
    if len(iptc) % 2:
        iptc += b"\x00"
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    payload = b"Photoshop 3.0\x00" + block
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def _camera_image(width: int, height: int, orientation: int) -> tuple[Image.Image, Image.Exif]:
    """Photo-like pixels (smooth gradients and noise) and EXIF with location, serial and owner."""
    small = (max(width // 3, 8), max(height // 3, 8))  # grain like a camera: 24 MP at q92 is ~10 MB
    noise = Image.effect_noise(small, 40).resize((width, height), Image.Resampling.BILINEAR)
    red = Image.linear_gradient("L").resize((width, height))
    blue = red.transpose(Image.Transpose.ROTATE_90).resize((width, height))
    image = Image.merge("RGB", (red, noise, blue))
    exif = Image.Exif()
    exif[0x010F] = "Desk Test Camera"      # Make
    exif[0x013B] = OWNER                   # Artist
    exif[0x0112] = orientation
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA430] = OWNER               # CameraOwnerName
    exif_ifd[0xA431] = SERIAL              # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = tuple(IFDRational(n, d) for n, d in LOCATION["lat"])
    gps[3] = "E"
    gps[4] = tuple(IFDRational(n, d) for n, d in LOCATION["lon"])
    return image, exif


def camera_jpeg(width: int = 1200, height: int = 800, *, orientation: int = 1, quality: int = 90) -> CameraSample:
    """A photo-like JPEG with location (EXIF, XMP, IPTC), serial and owner metadata."""
    image, exif = _camera_image(width, height, orientation)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, exif=exif, xmp=_xmp())
    data = out.getvalue()
    data = data[:2] + _iptc_app13() + data[2:]  # the APP13 block right after SOI
    return CameraSample(data=data, width=width, height=height)


def camera_heic(width: int = 240, height: int = 160, *, orientation: int = 1) -> CameraSample:
    """The same photo as a HEIC file (as iPhones write them), with the location in EXIF and XMP.

    Encoded with ``pillow-heif``'s x265 at its fastest preset (a few tenths of a second for a
    small image; the default preset takes seconds). HEIF has no IPTC block."""
    from pillow_heif import from_pillow

    image, exif = _camera_image(width, height, orientation)
    heif = from_pillow(image)
    out = io.BytesIO()
    heif.save(out, quality=80, exif=exif.tobytes(), xmp=_xmp(), enc_params={"preset": "ultrafast"})
    return CameraSample(data=out.getvalue(), width=width, height=height)


def location_needles() -> dict[str, bytes]:
    """Byte sequences that betray the sample's location, serial or owner in any stored blob."""
    needles: dict[str, bytes] = {}
    for axis in ("lat", "lon"):
        flat = [v for pair in LOCATION[axis] for v in pair]
        needles[f"{axis} rationals LE"] = struct.pack("<6L", *flat)
        needles[f"{axis} rationals BE"] = struct.pack(">6L", *flat)
        seconds = LOCATION[axis][2]
        needles[f"{axis} seconds LE"] = struct.pack("<2L", *seconds)
        needles[f"{axis} seconds BE"] = struct.pack(">2L", *seconds)
        for key in (f"{axis}_xmp", f"{axis}_decimal"):
            needles[key] = LOCATION[key].encode("ascii")
    for key in ("city", "sublocation"):
        needles[key] = LOCATION[key].encode("utf-8")
    needles["serial"] = SERIAL.encode("ascii")
    needles["owner"] = OWNER.encode("ascii")
    needles["GPS tag"] = b"GPSLatitude"
    return needles
