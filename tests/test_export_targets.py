"""Where export writes: atomically to files, in place to devices, FIFOs and descriptors.

Regression tests for issue 13, break 4: every target here is real (a device
node, a FIFO with a reader, a read-only directory, a piped ``/dev/stdout``, a
process killed with SIGTERM mid-write), because the bugs were in how the
operating system's objects were treated.
"""

from __future__ import annotations

import errno
import importlib.resources
import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, Exchange, ExchangeKind, Party, Period, PersonCategory, Transfer
from exchangekit.api import export, parse
from exchangekit.cli import main
from exchangekit.models import Dataset

Run = Callable[..., tuple[int, str, str]]

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="device nodes, FIFOs and signals are POSIX objects"
)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run the command line in-process; return its exit status, stdout and stderr."""

    def invoke(*argv: str | Path) -> tuple[int, str, str]:
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """The bundled example data as a canonical JSON file."""
    path = tmp_path / "example.json"
    resource = importlib.resources.files("exchangekit").joinpath("data/running-example.json")
    path.write_bytes(resource.read_bytes())
    return path


@pytest.fixture
def example_csv(example: Path, tmp_path: Path) -> str:
    """The example as the CSV exporter writes it, for comparing with what a target received."""
    written = tmp_path / "expected.csv"
    export(parse(example), written)
    return written.read_text(encoding="utf-8")


def null_device(path: Path, minor: int = 3) -> Path:
    """A character device node at ``path``: the null device, or with ``minor=7`` the full one."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except (PermissionError, AttributeError) as exc:
        pytest.skip(f"cannot make a device node here ({exc}); needs root on Linux")
    return path


def leftovers(directory: Path) -> list[str]:
    """Hidden temporary files that an interrupted or failed export left in ``directory``."""
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


# -- devices and FIFOs are written in place -----------------------------------------------


def test_a_device_node_is_written_to_and_not_replaced(
    run: Run, example: Path, tmp_path: Path
) -> None:
    device = null_device(tmp_path / "null")
    code, _, err = run("convert", example, device, "--to", "csv")
    assert (code, err) == (0, "")
    assert stat.S_ISCHR(device.stat().st_mode), "the device node was replaced by a regular file"
    assert leftovers(tmp_path) == []


def test_dev_null_stays_a_character_device(run: Run, example: Path, tmp_path: Path) -> None:
    # Prove the fix on a private device node first, so that running this test
    # on broken code can never replace the machine's own /dev/null.
    canary = null_device(tmp_path / "canary")
    run("convert", example, canary, "--to", "csv")
    assert stat.S_ISCHR(canary.stat().st_mode), "not trying /dev/null: a device node was replaced"
    code, _, err = run("convert", example, "/dev/null", "--to", "csv")
    assert (code, err) == (0, "")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_full_device_is_an_error_naming_it(run: Run, example: Path, tmp_path: Path) -> None:
    device = null_device(tmp_path / "full", minor=7)  # a private /dev/full: writes fail
    code, _, err = run("convert", example, device, "--to", "csv")
    assert (code, err) == (2, f"exchangekit: error: {device}: No space left on device\n")
    assert stat.S_ISCHR(device.stat().st_mode)


def test_a_fifo_is_streamed_to_its_reader(
    run: Run, example: Path, example_csv: str, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    received: list[str] = []

    def read() -> None:
        with open(fifo, encoding="utf-8", newline="") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    code, _, err = run("convert", example, fifo)
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the FIFO was replaced by a regular file"
    assert (code, err) == (0, "")
    assert received == [example_csv]


def test_dev_stdout_into_a_pipe_reaches_the_reader(example: Path, example_csv: str) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "exchangekit",
            "convert",
            str(example),
            "/dev/stdout",
            "--to",
            "csv",
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.stderr.decode() == ""
    assert done.returncode == 0
    assert done.stdout.decode("utf-8") == example_csv


def test_dev_stdout_redirected_to_a_file_appends_to_it(
    example: Path, example_csv: str, tmp_path: Path
) -> None:
    """A shell's ``>> out`` keeps what was there, and what is written after the export."""
    out = tmp_path / "out.csv"
    out.write_text("before\n", encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        from exchangekit.cli import main
        print("first", flush=True)
        status = main(["convert", {str(example)!r}, "/dev/stdout", "--to", "csv"])
        print("last", flush=True)
        sys.exit(status)
        """
    )
    with open(out, "a", encoding="utf-8") as stdout:
        done = subprocess.run(
            [sys.executable, "-c", script], stdout=stdout, timeout=120, check=False
        )
    assert done.returncode == 0
    assert out.read_text(encoding="utf-8") == "before\nfirst\n" + example_csv + "last\n"


# -- targets that cannot be written are named as the user gave them --------------------------


def test_a_directory_target_is_refused_naming_it(run: Run, example: Path, tmp_path: Path) -> None:
    directory = tmp_path / "out.csv"
    directory.mkdir()
    code, _, err = run("convert", example, directory)
    assert code == 2
    assert err == (
        f"exchangekit: error: {directory}: is a directory; give the path of a file to write\n"
    )
    assert list(directory.iterdir()) == []
    assert leftovers(tmp_path) == []


def test_a_trailing_slash_is_refused_and_writes_nothing(
    run: Run, example: Path, tmp_path: Path
) -> None:
    target = f"{tmp_path / 'adir.csv'}/"
    code, _, err = run("convert", example, target)
    assert code == 2
    assert err.startswith(f"exchangekit: error: {target}: ends with a slash")
    assert not (tmp_path / "adir.csv").exists()


def test_a_missing_parent_is_named(run: Run, example: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.csv"
    code, _, err = run("convert", example, target)
    assert code == 2
    assert err == (
        f"exchangekit: error: {target}: No such file or directory "
        f"(the directory {target.parent} does not exist)\n"
    )


def test_a_parent_that_is_a_file_is_named(run: Run, example: Path, tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("", encoding="utf-8")
    target = tmp_path / "plain" / "out.csv"
    code, _, err = run("convert", example, target)
    assert code == 2
    assert err.startswith(f"exchangekit: error: {target}: ")
    assert "is a file, not a directory" in err


def read_only_directory() -> Path:
    """A directory in which even root cannot create a file (chmod does not stop root)."""
    for candidate in (Path("/sys"), Path("/proc")):
        probe = candidate / ".exchangekit-probe"
        try:
            os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError:
            return candidate
        os.unlink(probe)
    pytest.skip("no directory here refuses new files to this user (looked at /sys, /proc)")


def test_a_read_only_directory_is_named_and_not_the_temporary_file(run: Run, example: Path) -> None:
    target = read_only_directory() / "out.csv"
    code, _, err = run("convert", example, target)
    assert code == 2
    assert err.startswith(f"exchangekit: error: {target}: cannot create a file in the directory")
    assert ".tmp" not in err


@given(name=st.from_regex(r"[a-z][a-z0-9_]{0,12}\.csv", fullmatch=True))
def test_every_refusal_names_the_target_not_a_temporary_file(name: str) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist") as raised:
        export(Dataset(), f"/nonexistent-exchangekit-dir/{name}")
    assert raised.value.filename == f"/nonexistent-exchangekit-dir/{name}"
    assert raised.value.errno == errno.ENOENT
    assert ".tmp" not in str(raised.value)


# -- an interrupted export leaves the old file and nothing else ------------------------------


def handover(bodies: int) -> Exchange:
    """A handover of ``bodies`` remains; a different number gives a different record."""
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.day(date(2025, 10, 23)),
        transfers=[
            Transfer(
                sender=Party.lookup("RUS"),
                receiver=Party.lookup("UKR"),
                category=PersonCategory.REMAINS,
                count=Count.exact(bodies),
            )
        ],
    )


_SLOW_CONVERT = """
import sys, time
from exchangekit.builtin.json_lines import JsonLinesExporter
from exchangekit.cli import main

original = JsonLinesExporter.write

def write_half_then_stall(self, records, stream, **options):
    def slowly():
        for number, record in enumerate(records):
            if number == 50:
                stream.flush()
                print("halfway", flush=True)
                time.sleep(60)
            yield record
    original(self, slowly(), stream, **options)

JsonLinesExporter.write = write_half_then_stall
sys.exit(main(["convert", sys.argv[1], sys.argv[2]]))
"""


def test_sigterm_during_an_export_leaves_the_target_untouched_and_no_temporary_file(
    tmp_path: Path,
) -> None:
    big = tmp_path / "big.json"
    export(Dataset(exchanges=[handover(n) for n in range(1, 201)]), big)
    target = tmp_path / "out.jsonl"
    target.write_text("the old file\n", encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-c", _SLOW_CONVERT, str(big), str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == b"halfway\n"
            assert len(leftovers(tmp_path)) == 1, "the export should be writing a temporary file"
            child.send_signal(signal.SIGTERM)
            child.wait(timeout=60)
        finally:
            child.kill()
    assert child.returncode == -signal.SIGTERM
    assert leftovers(tmp_path) == []
    assert target.read_text(encoding="utf-8") == "the old file\n"
