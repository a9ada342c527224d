"""Photo figures: attaching a 24-megapixel JPEG, and opening articles that have a stored photo.

Both run on the benchmark corpus and leave it as they found it: the photos attached and the
links made are removed at the end (the corpus is cached between runs).

* ``photo_attach_ms``: ``MediaService.attach_file`` of a fresh 24-megapixel camera JPEG (6000 ×
  4000, with GPS in EXIF, XMP and IPTC) on a worker thread, as the editor runs it: read, strip,
  web and thumbnail renditions, SHA-256, one INSERT. Each sample is a different photo (the
  same bytes twice would be stored once).
* ``open_photo_p95_ms``: ``ArticleService.get`` of sampled corpus articles after a stored photo
  was linked to each, to compare with ``open_p95_ms`` (the same call without photos).
"""
from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

from desk_app.bench.figures import Figure, summary

ATTACH_SAMPLES = 5
OPEN_SAMPLES = 150


def photo_figures(ws, raw, sample_ids, *, seed: int = 1) -> dict[str, Figure]:
    from desk_app.bench.photos import camera_jpeg

    attached: list[str] = []
    linked: list[str] = []
    mark = "?" if raw.dialect == "sqlite" else "%s"
    try:
        timings = []
        with tempfile.TemporaryDirectory(prefix="desk-bench-photo-") as tmp:
            for i in range(ATTACH_SAMPLES):
                path = Path(tmp) / f"camera-{i}.jpg"
                sample = camera_jpeg(6000, 4000, quality=92 - i)  # a different photo every time
                path.write_bytes(sample.data)
                result: dict = {}

                def work(p: Path = path, out: dict = result) -> None:
                    t0 = time.perf_counter()
                    out["photo"] = ws.media.attach_file(p)
                    out["ms"] = (time.perf_counter() - t0) * 1000

                worker = threading.Thread(target=work)  # off the calling thread, as in the editor
                worker.start()
                worker.join()
                attached.append(result["photo"].sha256)
                timings.append(result["ms"])
                size_mb = len(sample.data) / 1e6
        s = summary(timings)
        out = {"photo_attach_ms": Figure("photo_attach_ms", value=s["p95"], median=s["median"], p95=s["p95"],
                                         details={"samples": s["n"], "max": s["max"],
                                                  "input": f"6000 × 4000 JPEG, {size_mb:.1f} MB"})}
        ids = list(dict.fromkeys(sample_ids(raw, OPEN_SAMPLES, seed + 7)))  # sampled with replacement
        for article_id in ids:
            raw.conn.execute(f"INSERT INTO article_photos (article_id, sha256) VALUES ({mark}, {mark})",
                             [article_id, attached[0]])
            linked.append(article_id)
        opened, thumbs = [], []
        for article_id in ids:
            t0 = time.perf_counter()
            data = ws.articles.get(article_id)
            opened.append((time.perf_counter() - t0) * 1000)
            assert data.photo_media == attached[0]
            t0 = time.perf_counter()
            ws.media.rendition(data.photo_media, "thumb")
            thumbs.append((time.perf_counter() - t0) * 1000)
        o, t = summary(opened), summary(thumbs)
        out["open_photo_p95_ms"] = Figure(
            "open_photo_p95_ms", value=o["p95"], median=o["median"], p95=o["p95"],
            details={"samples": o["n"], "max": o["max"], "thumbnail_median_ms": t["median"],
                     "thumbnail_p95_ms": t["p95"]})
        return out
    finally:
        for article_id in linked:
            raw.conn.execute(f"DELETE FROM article_photos WHERE article_id = {mark}", [article_id])
        for sha in attached:
            raw.conn.execute(f"DELETE FROM media WHERE sha256 = {mark}", [sha])
