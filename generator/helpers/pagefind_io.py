"""Talking to Pagefind: its indexing process, and the format of the files it makes.

The `pagefind` package runs Pagefind's binary as a service and speaks to it over
pipes. `Service` changes how replies are read and how the process ends (see
its docstring); `make_filters_deterministic` fixes the one part of Pagefind's
output that is not the same from run to run.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import hashlib
import json
from typing import Any

import cbor2
from pagefind.service import PagefindService

from generator.errors import PagefindError


class Service(PagefindService):
    """Pagefind's indexing service, with three changes to how the wrapper talks to it.

    - Replies may be as large as a whole bundle's files (`get_files`).
    - Replies are read as they arrive (the wrapper polls every 0.1 s per reply),
      and if Pagefind stops answering, every request still waiting fails
      instead of waiting for ever.
    - Closing ends the indexer's input and waits for it to exit; requests still
      waiting then fail. `stop` ends it at once.
    """

    async def launch(self) -> "Service":
        self._backend = await asyncio.create_subprocess_exec(
            self._bin, "--service",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
            limit=2**31,  # the longest reply read in one piece; memory is only used as it arrives
        )
        self._poll_task = self._loop.create_task(self._wait_for_responses())
        return self

    async def _wait_for_responses(self) -> None:
        assert self._backend.stdout is not None
        try:
            while True:
                output = await self._backend.stdout.readuntil(b",")
                response = json.loads(base64.b64decode(output[:-1]))
                future = self._responses.get(response.get("message_id")) if response else None
                if future is None or future.done():
                    continue
                payload = response["payload"]
                if payload["type"] == "Error":
                    future.set_exception(PagefindError(f"Pagefind: {payload.get('message')}"))
                else:
                    future.set_result(payload)
        except Exception as error:  # Pagefind ended, or wrote something that is not a reply
            self._fail_waiting(f"Pagefind stopped answering ({type(error).__name__}).")

    def _fail_waiting(self, message: str) -> None:
        for future in self._responses.values():
            if not future.done():
                future.set_exception(PagefindError(message))

    def stop(self) -> None:
        """End the indexer now, without letting it finish its work."""
        if self._backend.returncode is None:
            self._backend.terminate()

    async def close(self) -> None:
        """End the indexer's input and see it exit; it is stopped if it takes too long or the wait is cancelled."""
        assert self._backend.stdin is not None
        self._backend.stdin.close()
        try:
            await asyncio.wait_for(self._backend.wait(), timeout=60)
        except asyncio.TimeoutError:
            self.stop()
            await self._backend.wait()
        except asyncio.CancelledError:
            self.stop()
            await self._backend.wait()
            raise
        finally:
            # The reader stops at the end of Pagefind's output, so its pipe is closed with the process.
            await asyncio.gather(self._poll_task, return_exceptions=True)
            self._fail_waiting("Pagefind was closed.")


# Pagefind's binary files are gzip'd CBOR behind this signature.
_SIGNATURE = b"pagefind_dcd"


def _read_pf(data: bytes) -> Any:
    data = gzip.decompress(data)
    if not data.startswith(_SIGNATURE):
        raise PagefindError("not a Pagefind file")
    return cbor2.loads(data[len(_SIGNATURE):])


def _write_pf(value: Any) -> tuple[bytes, str]:
    """Gzip'd CBOR with a fixed gzip timestamp, and a hash of the content for its name."""
    raw = _SIGNATURE + cbor2.dumps(value)
    return gzip.compress(raw, compresslevel=9, mtime=0), hashlib.sha256(raw).hexdigest()


def make_filters_deterministic(files: dict[str, bytes]) -> None:
    """Sort Pagefind's filter indexes so the same site gives the same bundle, byte for byte.

    Pagefind 1.x writes filter values in hash-map order, which changes from run
    to run (Pagefind issue #638: "other files will still change, such as the
    filter/metadata indexes"). The values are sorted here, the files renamed by
    their content hash, and the metadata and entry files that name them rewritten.
    `files` maps a bundle's file names to their bytes and is changed in place.
    """
    entry = json.loads(files["pagefind-entry.json"])
    for language, info in entry["languages"].items():
        meta = _read_pf(files.pop(f"pagefind.{info['hash']}.pf_meta"))
        # meta[3] lists the filters as [name, file hash]; each file holds [name, [[value, pages], ...]].
        new_filters = []
        for name, old_hash in sorted(meta[3]):
            filter_name, values = _read_pf(files.pop(f"filter/{old_hash}.pf_filter"))
            data, digest = _write_pf([filter_name, sorted(values, key=lambda v: v[0])])
            new_hash = f"{language}_{digest[:7]}"
            files[f"filter/{new_hash}.pf_filter"] = data
            new_filters.append([name, new_hash])
        meta[3] = new_filters
        data, digest = _write_pf(meta)
        info["hash"] = f"{language}_{digest[:10]}"
        files[f"pagefind.{info['hash']}.pf_meta"] = data
    files["pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
