#!/usr/bin/env python3
"""Helper for ../build.sh (standard library only).

  helper.py plan RESOURCES_DIR SRC_DIR OUT_DIR [--force]
      Reads the `files:` block of every RESOURCES_DIR/*.yaml and prints, one per line,
      `target<TAB>source<TAB>lang` for every listed file that is missing or older than its source.
      Exits 2, naming the yaml, if a source is missing or a file name is not usable.

  helper.py reference-docx OUT.docx [--rtl]
      Writes the pandoc reference document (styles, A4 page) used for every .docx.

  helper.py csv-prepare DEST_DIR SRC.csv...
      Copies CSV files for the spreadsheet import, quoting every cell that is not a plain number.

  helper.py finish LANG FILE [LANG FILE...]
      Drops the preview image LibreOffice puts in .odt/.ods files, and makes the sheets of an
      Arabic (LANG ar) spreadsheet run right to left.

  helper.py fix-rtl-docx FILE.docx
      Makes the tables of a right-to-left document run right to left (w:bidiVisual).
"""
import csv
import io
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

LANGS = ("en", "fr", "es", "ar")
RTL_LANGS = ("ar",)
# target extension -> source extension
SOURCES = {"pdf": "md", "docx": "md", "odt": "md", "csv": "csv", "xlsx": "csv", "ods": "csv"}
FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

FILES_KEY = re.compile(r"^files\s*:\s*(?:#.*)?$")
FILES_KEY_INLINE = re.compile(r"^files\s*:\s*\S")
FILE_LINE = re.compile(r"""^[ \t]+([A-Za-z_-]+)\s*:\s*(?:"([^"]*)"|'([^']*)'|([^\s#'"][^\s#]*))\s*(?:#.*)?$""")


def fail(msg):
    print("error: " + msg, file=sys.stderr)


def files_block(path):
    """[(lineno, lang, file name)] of the top-level `files:` mapping of one yaml file."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    out, errors, inside = [], [], False
    for no, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if not inside:
            if FILES_KEY.match(line):
                inside = True
            elif FILES_KEY_INLINE.match(line):
                errors.append(f"{path}:{no}: write `files:` as a block (`files:` then `  en: name` lines)")
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():  # next top-level key: the block is over
            break
        m = FILE_LINE.match(line)
        if not m:
            errors.append(f"{path}:{no}: cannot read this line of `files:`: {line.strip()!r}")
            continue
        name = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        out.append((no, m.group(1), name))
    return out, errors


def plan(res_dir, src_dir, out_dir, force):
    yamls = sorted(f for f in os.listdir(res_dir) if f.endswith((".yaml", ".yml")))
    errors, jobs, seen = [], [], {}
    for y in yamls:
        ypath = os.path.join(res_dir, y)
        try:
            entries, errs = files_block(ypath)
        except UnicodeDecodeError as e:
            errors.append(f"{ypath}:1: not UTF-8 text ({e.reason} at byte {e.start})")
            continue
        errors += errs
        for no, key, name in entries:
            where = f"{ypath}:{no}"
            if not FILE_NAME.match(name) or "." not in name:
                errors.append(f"{where}: {name!r} is not a plain file name")
                continue
            stem, ext = name.rsplit(".", 1)
            if ext not in SOURCES:
                errors.append(f"{where}: {name}: no rule to build .{ext} files "
                              f"(known: {', '.join('.' + e for e in SOURCES)})")
                continue
            source = os.path.join(src_dir, f"{stem}.{SOURCES[ext]}")
            if not os.path.isfile(source):
                errors.append(f"{where}: {name} needs the source {source}, which does not exist")
                continue
            try:
                with open(source, encoding="utf-8") as fh:
                    fh.read()
            except UnicodeDecodeError as e:
                errors.append(f"{where}: {name}: the source {source} is not UTF-8 text ({e.reason} at byte {e.start})")
                continue
            if name in seen:  # the same file listed by two resources: build it once
                continue
            seen[name] = where
            last = stem.rsplit(".", 1)[-1] if "." in stem else ""
            lang = last if last in LANGS else key
            if last in LANGS and key in LANGS and key != last:
                print(f"warning: {where}: {name} is listed under `{key}:` but its name says `{last}`",
                      file=sys.stderr)
            target = os.path.join(out_dir, name)
            if not force and os.path.isfile(target) and os.path.getmtime(target) >= os.path.getmtime(source):
                continue
            jobs.append((name, source, lang))
    if os.path.isdir(out_dir):
        for f in sorted(os.listdir(out_dir)):
            if f not in seen and not f.startswith("."):
                print(f"warning: {os.path.join(out_dir, f)} is not listed by any resource", file=sys.stderr)
    if errors:
        def position(e):
            m = re.match(r"^(.*?):(\d+): ", e)
            return (m.group(1), int(m.group(2))) if m else (e, 0)
        for e in sorted(errors, key=position):
            fail(e)
        return 2
    for name, source, lang in jobs:
        print(f"{name}\t{source}\t{lang}")
    print(f"{len(seen)} file(s) listed in {len(yamls)} resource file(s), {len(jobs)} to build",
          file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------------------------
# Reference document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
LATIN_FONT = "Noto Sans"
ARABIC_FONT = "Noto Sans Arabic"
BOX_FONT = "DejaVu Sans"  # has U+2610/U+2612; Noto Sans does not
MONO_FONT = "DejaVu Sans Mono"
TEXT_COLOUR = "222222"
HEAD_COLOUR = "1F3A5F"
RULE_COLOUR = "9AA5B1"
SHADE_COLOUR = "E8EDF2"
BOX_SHADE = "F3F5F7"


def q(tag):
    p, t = tag.split(":")
    return f"{{{NS[p]}}}{t}"


def el(tag, **attrs):
    e = ET.Element(q(tag))
    for k, v in attrs.items():
        e.set(q("w:" + k), str(v))
    return e


def sub(parent, tag, **attrs):
    e = el(tag, **attrs)
    parent.append(e)
    return e


def child(parent, tag, first=False, **attrs):
    """The existing child `tag`, or a new one (appended, or inserted first)."""
    e = parent.find(tag, NS)
    if e is None:
        e = el(tag, **attrs)
        if first:
            parent.insert(0, e)
        else:
            parent.append(e)
    return e


def set_fonts(rpr, latin=LATIN_FONT, cs=ARABIC_FONT):
    for old in rpr.findall("w:rFonts", NS):
        rpr.remove(old)
    rpr.insert(0, el("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=latin, cs=cs))


def set_val(parent, tag, val):
    e = child(parent, tag)
    e.attrib.clear()
    e.set(q("w:val"), str(val))
    return e


def reorder(rpr):
    """Keep w:rPr children in schema order (Word is strict about it)."""
    order = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
             "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
             "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
             "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
             "specVanish", "oMath"]
    kids = list(rpr)
    for k in kids:
        rpr.remove(k)
    kids.sort(key=lambda k: order.index(k.tag.split("}")[1]) if k.tag.split("}")[1] in order else 99)
    for k in kids:
        rpr.append(k)


def reorder_ppr(ppr):
    order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
             "rPr", "sectPr", "pPrChange"]
    kids = list(ppr)
    for k in kids:
        ppr.remove(k)
    kids.sort(key=lambda k: order.index(k.tag.split("}")[1]) if k.tag.split("}")[1] in order else 99)
    for k in kids:
        ppr.append(k)


def style_parts(style):
    """(pPr, rPr) of a w:style, created where missing, in schema position."""
    ppr = style.find("w:pPr", NS)
    rpr = style.find("w:rPr", NS)
    if ppr is None:
        ppr = el("w:pPr")
        style.append(ppr)
    if rpr is None:
        rpr = el("w:rPr")
        style.append(rpr)
    # schema order inside w:style: name, aliases, basedOn, next, link, ..., qFormat, ..., pPr, rPr, tblPr, trPr, tcPr, tblStylePr
    head = [k for k in style if k.tag not in (q("w:pPr"), q("w:rPr"), q("w:tblPr"), q("w:trPr"),
                                              q("w:tcPr"), q("w:tblStylePr"))]
    tail = [k for k in style if k.tag in (q("w:tblPr"), q("w:trPr"), q("w:tcPr"), q("w:tblStylePr"))]
    for k in list(style):
        style.remove(k)
    for k in head + [ppr, rpr] + tail:
        style.append(k)
    return ppr, rpr


def find_style(root, style_id):
    for s in root.findall("w:style", NS):
        if s.get(q("w:styleId")) == style_id:
            return s
    return None


def new_style(root, kind, style_id, name, based_on=None, custom=True):
    s = find_style(root, style_id)
    if s is not None:
        root.remove(s)
    s = sub(root, "w:style", type=kind, styleId=style_id)
    if custom:
        s.set(q("w:customStyle"), "1")
    sub(s, "w:name", val=name)
    if based_on:
        sub(s, "w:basedOn", val=based_on)
    sub(s, "w:qFormat")
    return s


def borders(parent, tag, sides, sz=4, colour=RULE_COLOUR):
    b = parent.find(tag, NS)
    if b is not None:
        parent.remove(b)
    b = sub(parent, tag)
    for side in sides:
        sub(b, "w:" + side, val="single", sz=sz, space=0, color=colour)
    return b


def restyle(styles_xml):
    ET.register_namespace("w", W)
    ET.register_namespace("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
    root = ET.fromstring(styles_xml)

    # Defaults: Noto Sans for Latin, Noto Sans Arabic for Arabic, 10.5 pt, dark grey.
    defaults = child(root, "w:docDefaults", first=True)
    rpr_default = child(child(defaults, "w:rPrDefault"), "w:rPr")
    set_fonts(rpr_default)
    set_val(rpr_default, "w:color", TEXT_COLOUR)
    set_val(rpr_default, "w:sz", 21)
    set_val(rpr_default, "w:szCs", 22)
    reorder(rpr_default)
    ppr_default = child(child(defaults, "w:pPrDefault"), "w:pPr")
    sp = child(ppr_default, "w:spacing")
    sp.attrib.clear()
    sp.set(q("w:after"), "120")
    sp.set(q("w:line"), "264")
    sp.set(q("w:lineRule"), "auto")

    # No theme fonts or theme colours anywhere: explicit values render the same everywhere.
    for s in root.findall("w:style", NS):
        for rpr in s.findall("w:rPr", NS):
            f = rpr.find("w:rFonts", NS)
            if f is not None:
                if s.get(q("w:styleId")) == "VerbatimChar":
                    set_fonts(rpr, MONO_FONT, MONO_FONT)
                else:
                    rpr.remove(f)
            for c in rpr.findall("w:color", NS):
                rpr.remove(c)

    body_sizes = {"BodyText": None, "FirstParagraph": None}
    for sid in body_sizes:
        s = find_style(root, sid)
        if s is not None:
            ppr, _ = style_parts(s)
            sp = child(ppr, "w:spacing")
            sp.attrib.clear()
            sp.set(q("w:before"), "0")
            sp.set(q("w:after"), "120")

    compact = find_style(root, "Compact")
    if compact is not None:
        ppr, _ = style_parts(compact)
        sp = child(ppr, "w:spacing")
        sp.attrib.clear()
        sp.set(q("w:before"), "20")
        sp.set(q("w:after"), "20")

    # Title and headings: same family, bold, one dark blue, modest sizes, aligned to the text start.
    heads = {"Title": (36, 0, 240), "Heading1": (30, 360, 120), "Heading2": (26, 300, 100),
             "Heading3": (23, 240, 80), "Heading4": (21, 200, 60), "Heading5": (21, 200, 60),
             "Heading6": (21, 200, 60)}
    for sid, (size, before, after) in heads.items():
        s = find_style(root, sid)
        if s is None:
            continue
        ppr, rpr = style_parts(s)
        for jc in ppr.findall("w:jc", NS):
            ppr.remove(jc)
        sp = child(ppr, "w:spacing")
        sp.attrib.clear()
        sp.set(q("w:before"), str(before))
        sp.set(q("w:after"), str(after))
        child(ppr, "w:keepNext")
        reorder_ppr(ppr)
        for tag in ("w:b", "w:bCs"):
            child(rpr, tag)
        for tag in ("w:i", "w:iCs"):
            for e in rpr.findall(tag, NS):
                rpr.remove(e)
        set_val(rpr, "w:color", HEAD_COLOUR)
        set_val(rpr, "w:sz", size)
        set_val(rpr, "w:szCs", size + 2)
        reorder(rpr)
    title = find_style(root, "Title")
    if title is not None:  # a rule under the document title
        ppr, _ = style_parts(title)
        borders(ppr, "w:pBdr", ["bottom"], sz=8, colour=HEAD_COLOUR)
        reorder_ppr(ppr)

    link = find_style(root, "Hyperlink")
    if link is not None:
        _, rpr = style_parts(link)
        link.remove(link.find("w:pPr", NS))
        set_val(rpr, "w:color", HEAD_COLOUR)
        set_val(rpr, "w:u", "single")
        reorder(rpr)

    # "From the field" boxes and other block quotes: a light shaded, ruled box.
    bt = find_style(root, "BlockText")
    if bt is not None:
        ppr, rpr = style_parts(bt)
        box = borders(ppr, "w:pBdr", ["top", "left", "bottom", "right"], sz=4, colour=RULE_COLOUR)
        for side in box:  # padding between the text and the rule, in points
            side.set(q("w:space"), "4")
        for e in ppr.findall("w:shd", NS):
            ppr.remove(e)
        sub(ppr, "w:shd", val="clear", color="auto", fill=BOX_SHADE)
        sp = child(ppr, "w:spacing")
        sp.attrib.clear()
        sp.set(q("w:before"), "160")
        sp.set(q("w:after"), "160")
        ind = child(ppr, "w:ind")
        ind.attrib.clear()
        ind.set(q("w:left"), "170")
        ind.set(q("w:right"), "170")
        reorder_ppr(ppr)

    # Tables: thin grid, shaded bold header row, a little cell padding.
    tbl = find_style(root, "Table")
    if tbl is not None:
        tblpr = child(tbl, "w:tblPr")
        borders(tblpr, "w:tblBorders", ["top", "left", "bottom", "right", "insideH", "insideV"])
        mar = tblpr.find("w:tblCellMar", NS)
        if mar is not None:
            tblpr.remove(mar)
        mar = sub(tblpr, "w:tblCellMar")
        for side, w in (("top", 40), ("left", 85), ("bottom", 40), ("right", 85)):
            sub(mar, "w:" + side, w=w, type="dxa")
        for sp in tbl.findall("w:tblStylePr", NS):
            if sp.get(q("w:type")) == "firstRow":
                tbl.remove(sp)
        first = sub(tbl, "w:tblStylePr", type="firstRow")
        rpr = sub(first, "w:rPr")
        sub(rpr, "w:b")
        sub(rpr, "w:bCs")
        sub(first, "w:tblPr")
        trpr = sub(first, "w:trPr")
        sub(trpr, "w:tblHeader")
        tcpr = sub(first, "w:tcPr")
        sub(tcpr, "w:shd", val="clear", color="auto", fill=SHADE_COLOUR)
        sub(tcpr, "w:vAlign", val="bottom")

    # Task-list lines: no bullet, the box hanging in the margin of the text.
    s = new_style(root, "paragraph", "ChecklistItem", "Checklist Item", based_on="Normal")
    ppr, rpr = style_parts(s)
    tabs = sub(ppr, "w:tabs")
    sub(tabs, "w:tab", val="left", pos=340)
    sp = sub(ppr, "w:spacing", before=30, after=30)
    sub(ppr, "w:ind", left=340, hanging=340)
    reorder_ppr(ppr)
    s = new_style(root, "character", "Checkbox", "Checkbox")
    _, rpr = style_parts(s)
    s.remove(s.find("w:pPr", NS))
    set_fonts(rpr, BOX_FONT, BOX_FONT)
    sub(rpr, "w:sz", val=24)
    sub(rpr, "w:szCs", val=24)
    reorder(rpr)

    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + ET.tostring(root)


A4_SECTION = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
              '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
              'w:footer="567" w:gutter="0"/><w:cols w:space="708"/>{bidi}</w:sectPr>')


def reference_docx(out, rtl):
    data = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                          check=True, stdout=subprocess.PIPE).stdout
    src = zipfile.ZipFile(io.BytesIO(data))
    tmp = out + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/styles.xml":
                body = restyle(body)
            elif info.filename == "word/document.xml":
                text = body.decode("utf-8")
                section = A4_SECTION.format(bidi="<w:bidi/>" if rtl else "")
                text, n = re.subn(r"<w:sectPr\s*/>|<w:sectPr\b.*?</w:sectPr>", section, text, flags=re.S)
                if n == 0:
                    text = text.replace("</w:body>", section + "</w:body>")
                body = text.encode("utf-8")
            dst.writestr(info, body)
    os.replace(tmp, out)
    return 0


def fix_rtl_docx(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/document.xml":
                text = body.decode("utf-8")
                # w:bidiVisual comes right after w:tblStyle (or first) inside w:tblPr
                text = re.sub(r"(<w:tblPr>(?:<w:tblStyle [^>]*/>)?)(?!<w:bidiVisual)", r"\1<w:bidiVisual/>", text)
                body = text.encode("utf-8")
            dst.writestr(info, body)
    os.replace(tmp, path)
    return 0


PLAIN_NUMBER = re.compile(r"^-?(0|[1-9][0-9]{0,11})(\.[0-9]+)?$")


def csv_prepare(src, dest):
    """Copy a CSV, double-quoting every cell that is not a plain number: with the import option
    "quoted field as text" LibreOffice then keeps "007", "2026-11-20" or "09:15" exactly as written
    (instead of 7, a locale date or "09:15:00 AM"), while counts and amounts stay numbers."""
    with open(src, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    with open(dest, "w", encoding="utf-8", newline="") as out:
        for n, row in enumerate(rows):
            cells = []
            for value in row:
                if value == "" or (n > 0 and PLAIN_NUMBER.match(value.strip())):
                    cells.append(value.strip())
                else:
                    cells.append('"' + value.replace('"', '""') + '"')
            out.write(",".join(cells) + "\n")
    return 0


def finish(path, rtl):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if name.startswith("Thumbnails/"):
                continue
            body = src.read(name)
            if name == "META-INF/manifest.xml":
                body = re.sub(rb'\s*<manifest:file-entry manifest:full-path="Thumbnails/[^"]*"[^>]*/>', b"", body)
            elif rtl and name == "content.xml" and path.endswith(".ods"):
                body = re.sub(rb'(<style:table-properties [^>]*style:writing-mode=")lr-tb"', rb'\1rl-tb"', body)
            elif rtl and re.match(r"xl/worksheets/sheet\d+\.xml$", name):
                body = re.sub(rb'(<sheetView [^>]*?)rightToLeft="(?:false|0)"', rb'\1rightToLeft="1"', body)
                if b"rightToLeft=" not in body:
                    body = body.replace(b"<sheetView ", b'<sheetView rightToLeft="1" ', 1)
            # the ODF mimetype entry stays first and uncompressed
            dst.writestr(info, body, compress_type=info.compress_type)
    os.replace(tmp, path)
    return 0


def main(argv):
    if len(argv) >= 5 and argv[1] == "plan":
        return plan(argv[2], argv[3], argv[4], "--force" in argv[5:])
    if len(argv) >= 3 and argv[1] == "reference-docx":
        return reference_docx(argv[2], "--rtl" in argv[3:])
    if len(argv) >= 4 and argv[1] == "csv-prepare":
        for src in argv[3:]:
            try:
                csv_prepare(src, os.path.join(argv[2], os.path.basename(src)))
            except (UnicodeDecodeError, csv.Error) as e:
                fail(f"{src}: not a UTF-8 CSV file ({e})")
                return 1
        return 0
    if len(argv) >= 4 and argv[1] == "finish" and len(argv) % 2 == 0:
        for lang, path in zip(argv[2::2], argv[3::2]):
            finish(path, lang in RTL_LANGS)
        return 0
    if len(argv) == 3 and argv[1] == "fix-rtl-docx":
        return fix_rtl_docx(argv[2])
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv))
