"""Lay out a stand-in for gcr.io/distroless/python3-debian12 from a Debian bookworm root.

`scripts/container-check` cannot pull the distroless image (no registry is reachable), so it
copies, out of its debootstrap root (which has python3 installed), the files of the Debian
packages the distroless image is made of: Debian's Python 3.11 with the shared libraries it
links, the C and C++ runtimes, OpenSSL, time zones and CA certificates, and no shell, package
manager or coreutils. Like distroless, the users are root, nobody and nonroot (65532).

    python3 distroless_rootfs.py DEBIAN_ROOT OUTPUT_ROOT
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

# What the image holds on purpose; their dependencies are followed (distroless's cc image:
# libc, libgcc, libstdc++, OpenSSL; its python3 image adds Debian's python3.11).
ROOTS = ("base-files", "libc6", "libgcc-s1", "libstdc++6", "libssl3")
ROOTS += ("zlib1g", "python3.11-minimal", "libpython3.11-stdlib")
# Their files but not their dependencies: the data alone is what a Python program reads (the
# dependencies are maintainer-script tools: debconf, perl, dpkg).
FILES_ONLY = ("tzdata", "media-types", "python3-minimal")
# Dependencies that exist for maintainer scripts, never loaded by Python or its libraries.
NOT_FOLLOWED = {"dpkg", "debconf", "debconf-2.0", "perl-base", "debianutils", "readline-common"}
NOT_FOLLOWED |= {"awk", "mawk"}  # base-files wants an awk for its scripts
# Documentation and translations: distroless keeps only the licences.
DROPPED = re.compile(r"^/usr/share/(doc|man|info|locale|lintian|bug|doc-base)/")
USERS = {
    "passwd": "root:x:0:0:root:/root:/sbin/nologin\n"
    "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n"
    "nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n",
    "group": "root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\ntty:x:5:\n",
}


def installed(root: Path) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Return each installed package's dependencies, and who provides each virtual name."""
    depends: dict[str, list[str]] = {}
    provides: dict[str, str] = {}
    for stanza in (root / "var/lib/dpkg/status").read_text().split("\n\n"):
        fields = dict(re.findall(r"^([\w-]+): (.*)$", stanza, re.MULTILINE))
        if "Package" not in fields or "installed" not in fields.get("Status", ""):
            continue
        name = fields["Package"]
        wanted = ", ".join(fields[k] for k in ("Pre-Depends", "Depends") if k in fields)
        # Of "a | b", the first installed one; versions and architectures do not matter here.
        depends[name] = [alt for alt in re.split(r"\s*,\s*", wanted) if alt]
        for virtual in re.split(r"\s*,\s*", fields.get("Provides", "")):
            if virtual:
                provides.setdefault(virtual.split()[0], name)
    return depends, provides


def closure(root: Path) -> set[str]:
    """Return the packages whose files go in: the roots with what they depend on, and FILES_ONLY."""
    depends, provides = installed(root)
    chosen: set[str] = set()
    todo = list(ROOTS)
    while todo:
        name = todo.pop()
        if name in chosen or name in NOT_FOLLOWED:
            continue
        if name not in depends:
            raise SystemExit(f"not installed in {root}: {name}")
        chosen.add(name)
        for alternatives in depends[name]:
            names = [re.split(r"[\s:(]", alt.strip())[0] for alt in alternatives.split("|")]
            real = [n if n in depends else provides.get(n, "") for n in names]
            todo.append(next((n for n in real if n in depends), real[0] or names[0]))
    return chosen | set(FILES_ONLY)


def package_files(root: Path, package: str) -> list[str]:
    """Return the paths dpkg lists for a package."""
    info = root / "var/lib/dpkg/info"
    for listing in (info / f"{package}.list", info / f"{package}:amd64.list"):
        if listing.exists():
            return listing.read_text().splitlines()
    (listing,) = info.glob(f"{package}:*.list")
    return listing.read_text().splitlines()


def copy_path(root: Path, out: Path, path: str) -> None:
    """Copy one file, symlink or folder (without its contents), keeping modes."""
    source, target = root / path.lstrip("/"), out / path.lstrip("/")
    if source.is_symlink():
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_symlink():
            os.symlink(os.readlink(source), target)
    elif source.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copystat(source, target)
    elif source.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def main() -> int:
    """Copy the chosen packages' files from the Debian root into the output root."""
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    packages = closure(root)
    # Bookworm's merged /usr (/lib -> usr/lib, …), first: the packages list their files there.
    for link in ("bin", "lib", "lib64", "sbin"):
        if (root / link).is_symlink():
            (out / "usr" / link).mkdir(parents=True, exist_ok=True)
            os.symlink(os.readlink(root / link), out / link)
    for package in sorted(packages):
        for path in package_files(root, package):
            if not DROPPED.match(path + "/"):
                copy_path(root, out, path)
    # Made by a maintainer script, not listed by dpkg: the CA bundle.
    certs = out / "etc/ssl/certs"
    certs.mkdir(parents=True, exist_ok=True)
    shutil.copy2(root / "etc/ssl/certs/ca-certificates.crt", certs / "ca-certificates.crt")
    for name, text in USERS.items():
        (out / "etc" / name).write_text(text)
    for folder, mode in (("tmp", 0o1777), ("root", 0o700), ("home/nonroot", 0o700)):
        (out / folder).mkdir(parents=True, exist_ok=True)
        (out / folder).chmod(mode)
    os.chown(out / "home/nonroot", 65532, 65532)
    print(" ".join(sorted(packages)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
