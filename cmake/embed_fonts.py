#!/usr/bin/env python3
"""Cuts fonts down to the characters Leeway draws, and writes them with the glyph ranges
src/ui/fonts.cpp hands Dear ImGui, so the two cannot drift apart.

Natively (the tests) the fonts are compiled in as C++ byte arrays, for stb_truetype. On the web the
browser draws the glyphs (src/ui/glyph_atlas.h): each font becomes WOFF2 files, one per letter set
(basic, latin, all), with a stylesheet of @font-face rules whose unicode-range lets the browser
fetch a file only when a letter of it is drawn; the C++ file then says which weight each font is,
which characters it has and its vertical metrics.

usage: embed_fonts.py [--web SITE_DIR] OUTPUT.cpp NAME=FONT_FILE:RANGES:WEIGHT [...]
       RANGES is "user" (anything a person may type) or "app" (labels and headings);
       WEIGHT the font's CSS weight (400, 600)
"""
import io
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont, scaleUpem

PUNCTUATION_AND_SYMBOLS = [
    (0x2010, 0x205E),  # dashes, quotes, bullet, ellipsis
    (0x2190, 0x2193),  # arrows
    (0x2212, 0x2212),  # minus
    (0xFFFD, 0xFFFD),  # replacement character, drawn for anything missing
]

# User text may be in any European script. Latin Extended-B is left out but for Romanian's
# comma-below letters; so are the historic Cyrillic letters and marks (U+0460-U+0489) and the
# archaic Greek letters.
USER_TEXT = [
    (0x0020, 0x017F),  # Basic Latin, Latin-1, Latin Extended-A
    (0x0218, 0x021B),  # Romanian S and T with comma below
    (0x0374, 0x0375),  # Greek numeral signs
    (0x037E, 0x037E),  # Greek question mark (what a Greek keyboard types for "?")
    (0x0384, 0x03CE),  # modern Greek letters and tonos; archaic letters and Coptic are left out
    (0x0400, 0x045F),  # Cyrillic
    (0x048A, 0x04FF),  # Cyrillic letters of Ukrainian, Kazakh, Tatar and others
    (0x20AC, 0x20AC),  # euro sign
] + PUNCTUATION_AND_SYMBOLS

# Labels, headings and titles: Leeway's own words, Latin-1 only.
APP_TEXT = [(0x0020, 0x00FF)] + PUNCTUATION_AND_SYMBOLS

# Leeway's own words: printable ASCII and the marks typed or pasted most. The atlas starts with
# these alone, as rasterizing glyphs is most of the time before the first frame, and grows when a
# frame draws a letter it lacks (src/ui/fonts.cpp). Titles never need more.
BASIC_TEXT = [
    (0x0020, 0x007E),  # printable ASCII
    (0x2013, 0x2014),  # en and em dash
    (0x2018, 0x2019),  # single quotes
    (0x201C, 0x201D),  # double quotes
    (0x2022, 0x2022),  # bullet
    (0x2026, 0x2026),  # ellipsis
    (0xFFFD, 0xFFFD),  # replacement character
]

# The Latin letters of user text: what the atlas grows to first.
LATIN_TEXT = [
    (0x0020, 0x017F),  # Basic Latin, Latin-1, Latin Extended-A
    (0x0218, 0x021B),  # Romanian S and T with comma below
    (0x20AC, 0x20AC),  # euro sign
] + PUNCTUATION_AND_SYMBOLS

RANGES = {
    "user": ("kUserTextRanges", USER_TEXT),
    "app": ("kAppTextRanges", APP_TEXT),
    "basic": ("kBasicTextRanges", BASIC_TEXT),
    "latin": ("kLatinTextRanges", LATIN_TEXT),
}


def subset_font(path, ranges):
    options = subset.Options()
    options.layout_features = []  # Dear ImGui does no shaping: kerning and ligatures are unused
    options.drop_tables += ["GDEF", "GPOS", "GSUB"]
    options.hinting = False
    # Flat outlines are larger raw but compress better, and the site is served compressed.
    options.desubroutinize = True
    options.name_IDs = [0, 1, 2]  # keep the copyright and family names
    options.notdef_outline = True
    font = TTFont(path, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codes(ranges)))
    subsetter.subset(font)
    # Inter's outlines are drawn on a 2816-unit em. On the usual 1000 (a 34 px title at 2x rounds
    # to 0.07 px) more coordinates fit CFF's one-byte numbers: ~4.8 KB gzip less for both fonts.
    scaleUpem.scale_upem(font, 1000)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def codes(ranges):
    return {code for first, last in ranges for code in range(first, last + 1)}


def as_ranges(code_set):
    """Sorted code points as (first, last) runs."""
    runs = []
    for code in sorted(code_set):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return [tuple(run) for run in runs]


def to_truetype(data):
    """The font with quadratic (TrueType) outlines: WOFF2 packs those tighter than CFF ones
    (about 9 % here), and a browser draws both alike. Curves are approximated to 1 unit in 1000."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    font = TTFont(io.BytesIO(data), recalcTimestamp=False)
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    for name in glyf.glyphOrder:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font.sfntVersion = "\0\1\0\0"
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0  # no glyph names
    font["head"].glyphDataFormat = 0
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def woff2(data):
    font = TTFont(io.BytesIO(data), recalcTimestamp=False)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def cmap_codes(data):
    return set(TTFont(io.BytesIO(data), recalcTimestamp=False).getBestCmap())


def range_list(ranges):
    return ", ".join(f"0x{first:04X}, 0x{last:04X}" for first, last in ranges)


# On the web each font is cut into these letter sets, each only the letters the sets before it
# lack; the atlas grows through them in this order (src/ui/fonts.h).
WEB_LETTER_SETS = [("basic", BASIC_TEXT), ("latin", LATIN_TEXT), ("all", USER_TEXT)]


def write_web(site, lines, specs):
    """Writes the WOFF2 slices and fonts.css into SITE, and each font's description to LINES."""
    rules = []
    for name, path, range_name, weight in specs:
        font_codes = codes(RANGES[range_name][1])
        done = set()
        have = set()
        for set_name, set_ranges in WEB_LETTER_SETS:
            wanted = (codes(set_ranges) & font_codes) - done
            done |= wanted
            if not wanted:
                continue
            data = subset_font(path, sorted(as_ranges(wanted)))
            present = cmap_codes(data) & wanted
            have |= present
            file_name = f"inter-{weight}-{set_name}.woff2"
            with open(os.path.join(site, file_name), "wb") as handle:
                handle.write(woff2(to_truetype(data)))
            unicode_range = ",".join(f"U+{first:X}" if first == last else f"U+{first:X}-{last:X}"
                                     for first, last in as_ranges(present))
            rules.append(f'@font-face{{font-family:"Leeway Inter";font-weight:{weight};'
                         f'font-display:swap;src:url({file_name}) format("woff2");'
                         f"unicode-range:{unicode_range}}}")
        metrics = TTFont(io.BytesIO(data), recalcTimestamp=False)
        em = metrics["head"].unitsPerEm
        ascender, descender = metrics["hhea"].ascent / em, metrics["hhea"].descent / em
        lines.append(f"const ImWchar {name}Coverage[] = {{{range_list(as_ranges(have))}, 0}};")
        lines.append(f"const BrowserFontFace {name}Face = {{{weight}, {name}Coverage, "
                     f"{ascender!r}f, {descender!r}f}};")
        lines.append(f"const FontFile {name} = {{&{name}Face, sizeof({name}Face)}};")
    with open(os.path.join(site, "fonts.css"), "w") as handle:
        handle.write("/* Generated by cmake/embed_fonts.py from Debian's fonts-inter. */\n")
        handle.write("\n".join(rules) + "\n")


def main():
    arguments = sys.argv[1:]
    site = None
    if arguments[0] == "--web":
        site, arguments = arguments[1], arguments[2:]
        os.makedirs(site, exist_ok=True)
    output, pairs = arguments[0], arguments[1:]
    # The atlas's smaller letter sets draw from the same font files: they must be subsets.
    assert codes(BASIC_TEXT) <= codes(APP_TEXT) <= codes(USER_TEXT)
    assert codes(LATIN_TEXT) <= codes(USER_TEXT)
    lines = [
        "// Generated by cmake/embed_fonts.py from Debian's font packages. Do not edit.",
        "#include \"ui/embedded_fonts.h\"",
        "",
        "namespace leeway::ui {",
    ]
    for array, ranges in RANGES.values():
        lines.append(f"const ImWchar {array}[] = {{{range_list(sorted(ranges))}, 0}};")
    specs = []
    for pair in pairs:
        name, spec = pair.split("=", 1)
        path, range_name, weight = spec.rsplit(":", 2)
        specs.append((name, path, range_name, int(weight)))
    if site:
        write_web(site, lines, specs)
    else:
        for name, path, range_name, _ in specs:
            data = subset_font(path, RANGES[range_name][1])
            lines.append(f"alignas(4) const unsigned char {name}Bytes[] = {{")
            for start in range(0, len(data), 24):
                lines.append("    " + ",".join(str(b) for b in data[start:start + 24]) + ",")
            lines.append("};")
            lines.append(f"const FontFile {name} = {{{name}Bytes, sizeof({name}Bytes)}};")
    lines.append("} // namespace leeway::ui")
    with open(output, "w") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
