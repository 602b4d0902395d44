// Leaves the C library's scanf machinery out of the wasm (-3 KB gzip). In Dear ImGui, sscanf reads
// the .ini layout file, which Leeway turns off (io.IniFilename = nullptr in main.cpp), and the
// text typed into its number and colour widgets (InputInt, InputFloat, InputScalar, Drag*,
// Slider*, ColorEdit's hex entry), which Leeway does not use: a test
// (no_widget_reads_numbers_with_sscanf in CMakeLists.txt) fails once one appears in src/, since
// this stand-in reads nothing and such a widget would ignore typed numbers on the web only.
// Nothing else in the app calls sscanf. The web link wraps it (see CMakeLists.txt).

// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the linker's --wrap looks for
extern "C" int __wrap_sscanf(const char*, const char*, ...) { return 0; }
