#!/usr/bin/env python3
"""Writes the Debian changelog (gzip -9n) from the releases of the AppStream metainfo, so the
release notes live in one place. Usage: changelog.py METAINFO OUTPUT.gz "NAME <EMAIL>" """
import gzip, sys, textwrap
import xml.etree.ElementTree as ET
from datetime import datetime, timezone


def main():
    metainfo, output, maintainer = sys.argv[1:4]
    entries = []
    for release in ET.parse(metainfo).getroot().iterfind("releases/release"):
        version, day = release.get("version"), release.get("date")
        when = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=timezone.utc)
        lines = [" ".join("".join(e.itertext()).split())
                 for e in [*release.iterfind("description/p"), *release.iterfind("description/ul/li")]]
        body = "\n".join(textwrap.fill(line, 78, initial_indent="  * ", subsequent_indent="    ")
                         for line in lines or ["Release " + version])
        entries.append(f"bva ({version}) unstable; urgency=medium\n\n{body}\n\n"
                       f" -- {maintainer}  {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n")
    if not entries:
        sys.exit("changelog.py: no release in " + metainfo)
    with open(output, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write("\n".join(entries).encode("utf-8"))


if __name__ == "__main__":
    main()
