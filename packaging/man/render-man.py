#!/usr/bin/env python3
"""Builds a man page: the hand-written TEMPLATE with its @OPTIONS@ taken from the program's own
--help (QCommandLineParser), so the options listed can never drift from the program. Writes it
gzip-compressed the way Debian wants (-9, no name, no time stamp).
Usage: render-man.py PROGRAM TEMPLATE OUTPUT.gz NAME=VALUE...  (fills @NAME@)"""
import gzip, os, re, subprocess, sys


def roff(text):
    text = text.replace("\\", "\\e")
    return "\\&" + text if text[:1] in (".", "'") else text


def option_name(spec):
    # "-h, --help" or "--db <url>": names bold, the value italic.
    parts = []
    for token in re.split(r"(<[^>]+>)", spec):
        if token.startswith("<"):
            parts.append("\\fI" + roff(token[1:-1]) + "\\fR")
        elif token:
            parts.append("\\fB" + roff(token).replace("-", "\\-") + "\\fR")
    return "".join(parts)


def sections(help_text):
    """{'Options': [(spec, description)], 'Arguments': [...]} from QCommandLineParser's help."""
    out, current, entries = {}, None, None
    for line in help_text.splitlines():
        heading = re.fullmatch(r"(Options|Arguments):", line)
        if heading:
            current, entries = heading.group(1), []
            out[current] = entries
        elif current and re.match(r"  \S", line):
            spec, _, description = line.strip().partition("  ")
            entries.append([spec.strip(), description.strip()])
        elif current and line.startswith("   ") and entries:
            entries[-1][1] = (entries[-1][1] + " " + line.strip()).strip()
        elif not line.strip():
            current = None
    return out


def main():
    program, template, output = sys.argv[1:4]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANGUAGE="")
    help_text = subprocess.run([program, "--help"], env=env, check=True, capture_output=True, text=True).stdout
    found = sections(help_text)
    if not found.get("Options"):
        sys.exit(f"render-man: no options found in {program} --help")
    lines = []
    for spec, description in found["Options"]:
        lines += [".TP", option_name(spec), roff(description)]
    for spec, description in found.get("Arguments", []):
        lines += [".TP", "\\fI" + roff(spec) + "\\fR", roff(description)]
    with open(template, encoding="utf-8") as f:
        page = f.read()
    page = page.replace("@OPTIONS@", "\n".join(lines))
    for assignment in sys.argv[4:]:
        name, _, value = assignment.partition("=")
        page = page.replace(f"@{name}@", value)
    if re.search(r"@[A-Z_]+@", page):
        sys.exit(f"render-man: unfilled placeholder in {template}")
    with open(output, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(page.encode("utf-8"))


if __name__ == "__main__":
    main()
